# programFor(900, 6, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
    def __del__(self):
        print('del C0', self.x)
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 1
def f0(p0, p1):
    v0 = (True and (0.2 <= 100))
    a1 = p1
    print(a1 is p1, a1 == p1)
    return 257
    return 0
def f1(p0, p1):
    print(sys.getrefcount(p0))
    return '日本'.ljust(11, '*')
    return ''
v2 = None
if f1({'b': 5, 'key': 7, 'a': (-1)}, 'hello').startswith('o'):
    v3 = f0({'b': 1, 'b': 1_000_000}, {'c': 42})
    pass
else:
    print([])
    d4 = {'d': (10**18), 'd': 1, 'a': 0x1F}
    pass
w5 = 0
while w5 < 2:
    try:
        print(dict(a=((257) * (0o17)), key=(((10**18)) % (42))))
    except BaseException as e:
        print(type(e).__name__, e.args)
    o6 = C1(256)
    pass
    w5 += 1
    if w5 == 2:
        break
print(None)
if False:
    try:
        s7 = {2**31, 4, -1, -6}
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
        s7 = set()
    pass
else:
    try:
        print(f1({}, '%5.2f' % (0b1011,)))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
    print(list({k: v for k, v in zip([], [10, 2**63])}.items()))
    pass
L8 = [[], [C0(257)], C1(3)]
for i9 in range(2):
    try:
        print(f0({k: v for k, v in zip(['日本', 'tab\there', 'mixed Case'], [0, i9, i9, i9])}, {}))
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
    try:
        del L8[-2]
    except Exception as e:
        print(type(e).__name__, e.args)
    pass
else:
    print('loop done')
try:
    L10 = ('%05d' % (1,)).split(' ')
except Exception as e:
    print(type(e).__name__, e)
    L10 = []
try:
    u11, *u12 = [x % 4 for x in [1_000_000]]
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
    u11, u12 = 0, []
try:
    L8.append([True, ['42', 'ABC', 'mixed Case']])
except Exception as e:
    print(type(e).__name__, e)
try:
    v13 = 'é' in '👍'
except Exception as e:
    print(type(e).__name__, e.args)
    v13 = False
w14 = 0
while w14 < 1:
    d15 = {s: len(s) for s in ['ABC', 'ß', 'ab']}
    pass
    w14 += 1
    if w14 == 2:
        break
try:
    print(f1({'c': u11, 'd': u11, 'key': u11}.copy(), 'x y z'.replace('l', ' ')))
except BaseException as e:
    print(type(e).__name__, e)
L16 = L10
print(list(dict(a=u11, key=(-7)).items()))
v17 = 'naïve'.endswith(' ')
w18 = 0
while w18 < 1:
    if (bool(L16) or (['\x00', '42', 'ß'] is not L10)):
        print(L10 is w18, id(L10) == id(w18))
        try:
            assert bool(True), f"value {1 + 2}"
        except BaseException as e:
            print(type(e).__name__, e)
        pass
    else:
        L19 = []
        print(None)
        pass
    pass
    w18 += 1
print(set([-5, u11, 10, u11]))
print({'x': 1})
try:
    raise KeyError('')
except KeyError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
L8.insert(-2, str(v17))
a20 = u12
print(a20 is u12, a20 == u12)
try:
    u21, *u22 = list({5, u11})
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
    u21, u22 = 0, []
L23 = list({'c': 10, 'b': u11}.items())
print({s: len(s) for s in L10}.copy())
