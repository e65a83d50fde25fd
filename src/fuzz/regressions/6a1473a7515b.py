# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 315, minimized: stdout differ
print((((2) & (10))) / ((((10**18)) ** 4)))
