# fuzz:diff --seed 41 --statements 25 program 1790, minimized: stdout differ
s7 = {4}
v13 = '-'.join(list('é'))
s7 |= {v13.rfind('')}
print(s7.pop())
