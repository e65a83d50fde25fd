# programFor(900, 36, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 2
def f0(p0, p1):
    for i0 in range(1):
        try:
            u1, u2 = (1_000_000) % (42), ''.join(['a', 'naïve', '42'])
        except Exception as e:
            print(type(e).__name__, e)
            u1, u2 = 0, ''
        u1, u2 = u1, u2
        v3 = ()
        pass
    p1 = [x + 1 for x in [len(s) for s in ['\x00', '👍', '日本']] if x > 1]
    v4 = None
    return 'ab'
    return ''
def f1(p0):
    a5 = p0
    try:
        print(p0.setdefault('x', int(2.0)))
    except BaseException as e:
        print(repr(e))
    return 1_000_000 - 7
    return 0
try:
    print(f0({'key': 0x1F}, list(reversed([1, 257]))))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
print(set(list(range(2, 2))))
try:
    assert '42'.startswith('a'), f"value {1 + 2}"
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
L6 = [8]
print(sys.getrefcount(L6))
u7, u8 = f1({}), '{} and {}'.format(None, ['\x00', '42', 'hello'])
u7, u8 = u7, u8
try:
    del L6[-2]
except Exception as e:
    print(type(e).__name__, e.args)
try:
    raise TypeError('x' * 3)
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
try:
    raise IndexError(42)
except IndexError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    raise Exception()
except Exception as e:
    print(type(e).__name__, str(e), repr(e), e.args)
for i9 in u8:
    print({4} & {-6, u7, u7, 10**18})
    pass
    if i9 == 'l':
        break
try:
    assert bool({257, u7, u7}), 'failed'
except Exception as e:
    print(type(e).__name__ + ':', str(e))
v10 = all(x <= u7 for x in sorted(set(), key=lambda v: -v))
cy11 = C0(0)
cy11.me = cy11
cy11.tail = [C0(3), {'k': [1, 2]}]
cy11 = None
print(gc.collect())
print(sys.getrefcount(L6))
L13 = u8.replace('ab', 'ab').split()
print({}.get('c', u7), {'c': u7}.copy(), sep=', ', end='.\n')
try:
    print(f0({'d': 0x1F, 'key': u7, 'c': 256}, sorted(())))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
try:
    print(float('nan'))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
try:
    v14 = divmod(L6[10], len(['']))
except Exception as e:
    print(repr(e))
    v14 = ()
v15 = ((not v10) or (u8 != u8))
try:
    try:
        raise AssertionError(42)
    except AssertionError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    v16 = v14
    pass
    print(u7 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
cy17 = [[] for _ in range(3)]
for i in range(3):
    cy17[i].append(cy17[(i + 1) % 3])
cy18 = cy17[0]
del cy17
print(sys.getrefcount(cy18))
pass
print('collected', gc.collect())
L19 = [{}, v14]
if 'é' in chr(74):
    print(v14 + (v14 + v14))
    pass
print(L13 is v10, id(L13) == id(v10))
