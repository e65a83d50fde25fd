# programFor(900, 34, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
def f0(p0, p1):
    try:
        v0 = ((3) % (0x1F)) >= (-((-5))) > int(0.1)
    except Exception as e:
        print(type(e).__name__, e.args)
        v0 = False
    return ', '.join(['zz'])
    return ''
def f1(p0):
    print({'c': 0x1F, 'c': 0o17, 'c': (-7)}.get('key', (-6)))
    print([1e300])
    return 'zz' + 'naïve'
    return ''
print(None)
if False:
    for i1 in range(1, 6):
        print(dict(c=((i1) >> 0), key=((i1) << 4)))
        o2 = C0(i1)
        try:
            print((int(2.25)) * (round(1.5)))
        except Exception as e:
            print(type(e).__name__, e)
        pass
        if i1 == 2:
            continue
    pass
L3 = [str(x) for x in ([-7] + [-7, 10])]
try:
    raise TypeError()
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
L3 = ['é']
try:
    print((sum(x * x for x in range(1))) / (((0) // ((10**18)))))
except Exception as e:
    print(type(e).__name__, e.args)
print(None)
print(((2**63) if True else 0b1011), [-2**63, 10**18, -1, 1000], sep=', ', end='.\n')
print(sys.getrefcount(L3))
L4 = [1]
if not (C0(1000) is C0((-1))):
    print(L4 is L4, id(L4) == id(L4))
    pass
else:
    v5 = ((12345678901234567890) ** 4) + ((-1000) - (-5))
    pass
L4 *= 0
del L4
if 'é' in ('tab\there' + '👍'):
    for i6 in list(L3):
        v7 = (((-7)) * ((-1))) in set([])
        pass
    pass
try:
    print(f1({**{}, 'key': (-6)}))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
print(max(1000, 12345678901234567890) - 'Hello World'.count('l'))
print('back\\slash')
L8 = [{'x': 12345678901234567890}]
print(sys.getrefcount(L3))
v9 = 'zz'.replace('o', 'z').replace(' ', 'a')
L3.append(str(None))
L3.clear()
if ',' in str((-6)):
    try:
        del L3[-2]
    except BaseException as e:
        print(type(e).__name__, e)
    print([y * 2 for y in list({2**31, -1000, -1}) if y != 3])
    pass
elif all(x >= (-1000) for x in [257, 5, 42, 12345678901234567890]):
    print([C0((-5)), 1e300])
    pass
else:
    d10 = {'key': 257, 'x': 2, 'a': 0x1F}
    v11 = (1_000_000, 255)
    pass
try:
    v12 = (float(0o17)) / (float(0o17))
except BaseException as e:
    print(type(e).__name__, e.args)
    v12 = 0.0
v13 = not ('a' in {'b': 0, 'x': 1, 'b': 0b1011})
print(undefined_name)
