# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 277, minimized: stdout differ
print('{} and {}'.format(((-1),), False).replace('', 'é'))
