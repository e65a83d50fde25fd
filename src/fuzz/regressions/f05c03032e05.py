# fuzz:diff --seed 7 program 132, minimized: stdout differ
print({x % 3 for x in [(-7), 42]})
