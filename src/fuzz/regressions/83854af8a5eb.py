# fuzz:diff --seed 7 program 473, minimized: stdout differ
print({s: len(s) for s in sorted(['👍', 'zz', ''])})
