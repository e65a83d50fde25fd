# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 233, minimized: stdout differ
print(repr(None).replace('', 'ab'))
