# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 297, minimized: stdout differ
print((float(7)) // (round(0.1, 2)))
