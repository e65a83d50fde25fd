# fuzz:diff --seed 143 --statements 25 program 4497, minimized: stdout differ
print((((0) ^ (3))) / (((10**18) - (-1000))))
