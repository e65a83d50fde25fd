# fuzz:diff --seed 7 program 513, minimized: stdout differ
print({s: len(s) for s in sorted(['\x00', 'line\nbreak', '👍'])})
