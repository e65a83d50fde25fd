# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 136, minimized: stdout differ
print('€uro'.replace('', 'a').rjust(11, ' '))
