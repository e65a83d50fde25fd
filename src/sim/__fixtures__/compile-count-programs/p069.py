# programFor(900, 69, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
print(any(x != (-6) for x in ([] + [4])))
print(sum(y for y in [2, -7, 2] if y > 0))
print({**{'d': 2, 'key': (-1), 'b': 0o17}, 'x': max((-2**63), (2**31))})
L0 = list({'x': 7, 'd': 3, 'a': 0o17}.values())
print(C0(256), str(0.1), sep=' | ')
try:
    u1, u2 = {}['b'], '日本' + ''
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
    u1, u2 = 0, ''
u1, u2 = u1, u2
print(list(dict(a=u1, key=u1).items()))
print(C0(u1))
print(L0 is u1, id(L0) == id(u1))
print(([u1, 42] + [u1, u1, 10**18])[-2::-2])
try:
    raise NameError('x' * 3)
except NameError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
if bool(((-7) in (u1, u1, 257))):
    v3 = min({'b': 255}.get('c', u1), abs(u1))
    pass
elif any(x != (2**63) for x in [u1, u1, u1, u1]):
    print({'key': u1, 'key': (-1000)})
    pass
L0.sort()
try:
    if C0(1_000_000) == C0(99):
        u1 = sum((L0 + [u1, 3, u1, u1]))
        u2 = 'line\nbreak'
        pass
    pass
    print(u1 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
else:
    print('no error')
finally:
    print('finally')
print([u1, u1, 5, u1])
def rc4(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc4(L0)
w5 = 0
while w5 < 1:
    print(1e-5)
    if False:
        cy6 = {'c': 6}
        cy6['self'] = cy6
        cy7 = [cy6, [cy6]]
        del cy6
        print(len(cy7))
        cy7.clear()
        print(gc.collect(), gc.collect())
        pass
    elif 'a' in {'c': u1}:
        a8 = L0
        pass
    pass
    w5 += 1
    if w5 == 2:
        break
v9 = round(1.5, 1) * sum(x * x for x in range(5))
try:
    try:
        try:
            print(float('nan'))
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(repr(e))
        o10 = C0((-1))
        pass
        print(hash(u1))
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    else:
        print('no error')
    pass
    print(u1 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
def rc11(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc11(L0)
print(sorted([]), u2.split(), end='!\n')
for i12 in range(0, 6):
    try:
        v13 = divmod(int(v9), int(1e300))
    except BaseException as e:
        print(type(e).__name__, e)
        v13 = ()
    pass
try:
    if bool((1e-5)):
        print({'key': 10, 'b': 257, 'c': u1}, {u1, u1, u1, u1}, sep=' | ')
        cy14 = C0(3)
        cy14.me = cy14
        cy14.tail = [C0(7), {'k': [1, 2]}]
        cy14 = None
        print(gc.collect())
        pass
    try:
        u16, u17 = (u1, 256, u1)
    except Exception as e:
        print(type(e).__name__, e.args)
        u16 = u17 = 0
    pass
    print(0o17 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
else:
    print('no error')
try:
    u2 += str(100)
except Exception as e:
    print(type(e).__name__, e)
print((v9 * 7.0) == (u1 if True else u1))
