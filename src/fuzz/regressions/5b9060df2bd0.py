# fuzz:diff --seed 7 program 534, minimized: stdout differ
def f1(p0):
    return 'naïve'.replace('', 'ab')
print(f1([0]))
