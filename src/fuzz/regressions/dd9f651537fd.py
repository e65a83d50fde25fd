# fuzz:diff --seed 7 program 284, minimized: stdout differ
print(list({'b': 3}.keys()), '👍'.zfill(4))
