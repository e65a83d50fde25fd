# fuzz:diff --seed 100 --statements 25 program 250, minimized: stdout differ
print(repr(['\x00', 'ß', 'é']).casefold())
