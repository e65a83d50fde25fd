# fuzz:diff --seed 41 --statements 25 program 692, minimized: stdout differ
print(list('👍'))
