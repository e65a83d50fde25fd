# fuzz:diff --seed 104 --statements 25 program 277, minimized: stdout differ
s3 = ({3, -1000, -6} ^ {-6, 1000}) | {10**18, 1, -6, 10}
print(s3 | s3)
