# programFor(900, 65, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 3
def f0(p0):
    print((p0, p0, p0), 'a'.replace('z', 'l'), sep='')
    print(tuple([len(s) for s in ['Hello World', 'é']]))
    try:
        assert not False, f"value {1 + 2}"
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
    return 'mixed Case'.ljust(6, '*')
    return ''
def f1(p0=0):
    v0 = None
    return 'Hello World'.replace('l', '')
    return ''
print(None)
L1 = list({'b': 99, 'key': 0, 'd': 100}.keys())
print(set())
try:
    a2 = L1
    print(a2 is L1, a2 == L1)
    pass
    print(-5 // 0)
except (KeyError, IndexError) as e:
    print('caught', type(e).__name__, e)
else:
    print('no error')
L3 = ['{} and {}'.format({0, -7, 1}, "it's"), L1]
d4 = {k: v for k, v in zip(sorted({'a': 257}), list({'a': (-7), 'x': 257, 'd': 7}.values()))}
v5 = hash(5)
L6 = list({k: v for k, v in zip([], [v5, 10, 1, 1])}.values())
v7 = (v5,)
print({x % 6 for x in [v5, v5]})
try:
    d4.clear()
except Exception as e:
    print(type(e).__name__, e)
try:
    u8, *u9 = list(v7)
except BaseException as e:
    print(type(e).__name__, e.args)
    u8, u9 = 0, []
print({s: len(s) for s in sorted(L1)})
print({})
L10 = [str(x) for x in [len(s) for s in ['x y z', 'ß']]]
v11 = float(sum(u9))
print([], sorted(v7, reverse=True), end='!\n')
try:
    u9.remove(255)
except Exception as e:
    print(repr(e))
try:
    assert all(x >= u8 for x in L6), 'x'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
for i12, i12v in enumerate(['x', 'y']):
    w13 = 0
    while w13 < 5:
        try:
            v14 = (((2.25) / (0.5))) / (round(1e300, 3))
        except Exception as e:
            print(repr(e))
            v14 = 0.0
        pass
        w13 += 1
    pass
else:
    print('loop done')
try:
    L15 = [{'x': 257, 'a': (-6)}['d'], round(v11)]
except Exception as e:
    print(repr(e))
    L15 = []
try:
    print(('%05d' % (u8,)).endswith('l'))
except Exception as e:
    print(repr(e))
print(f"{'3.5'!s}{u8:,}".replace('l', 'l'))
a16 = u9
print(a16 is u9, a16 == u9)
try:
    L10.clear()
except Exception as e:
    print(repr(e))
