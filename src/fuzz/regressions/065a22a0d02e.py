# fuzz:diff --seed 7 program 350, minimized: stdout differ
print([7, {s: len(s) for s in ['👍', 'a,b,c']}])
