# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 841, minimized: stdout differ
print(chr(74), "it's".replace('', 'a'), sep=' | ')
