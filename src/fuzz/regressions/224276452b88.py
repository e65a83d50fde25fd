# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 769, minimized: stdout differ
print(list(''.replace('', ' ')))
