# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 54, minimized: stdout differ
print(' '.join(['42', 'ABC', '  pad  ']).replace('', 'l'))
