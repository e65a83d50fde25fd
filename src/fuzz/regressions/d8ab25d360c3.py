# fuzz:diff --seed 7 program 747, minimized: stdout differ
L0 = [5]
for i3, i3v in enumerate('é€'):
    L0.extend([{'a': i3}.get('key', i3), {'a': i3}.get('key', i3)])
u4, u5 = (1000 if False else 4), '{} and {}'.format({10**18, 4, 4, 0b1011}, (1000, 5, 42))
print({y % 3 for y in [u4, u4, u4] + L0})
