# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 1, minimized: stdout differ
print(str(1e300).replace('', 'ab'))
