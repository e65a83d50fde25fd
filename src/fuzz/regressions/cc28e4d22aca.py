# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 307, minimized: stdout differ
print(repr(42).replace('', ','))
