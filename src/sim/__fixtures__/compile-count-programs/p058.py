# programFor(900, 58, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
print({k: v for k, v in zip([str(x) for x in [4, 255, 99]], list(reversed([-6, 0o17, 2**31, -1000])))})
print(-3.75, {s: len(s) for s in ['tab\there']}, end='!\n')
if hash(4) == (5 + (-7)):
    cy0 = []
    cy0.append(cy0)
    print(cy0, sys.getrefcount(cy0))
    del cy0
    print(gc.collect())
    print(set([]), None, sep=', ', end='.\n')
    pass
elif False:
    try:
        print(set())
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__ + ':', str(e))
    pass
try:
    u2, *u3 = list({'key': 0x1F}.values())
except BaseException as e:
    print(type(e).__name__, e.args)
    u2, u3 = 0, []
print(["it's"], u3, sep=' | ')
def rc4(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc4(u3)
print(sorted({'key': (-5), 'key': u2, 'd': u2}), (), end='!\n')
try:
    u5, u6 = divmod(5, 3)
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    u5 = u6 = 0
a7 = u3
print(a7 is u3, a7 == u3)
del u6
a8 = a7
try:
    for i9 in range(0, 6):
        try:
            raise Exception('boom')
        except Exception as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        pass
    try:
        v10 = ((1 + u5)) / (hash(u2))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__ + ':', str(e))
        v10 = 0.0
    pass
    print((u2) & (u5))
except Exception as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
print([])
a8.append((99 if False else u2))
print(sum(x * x for x in range(3)))
a11 = u3
print(a11 is u3, a11 == u3)
a12 = u3
print(None, () + (), sep=', ', end='.\n')
print({'a': u2}, (255) << 5, end='!\n')
cy13 = [[] for _ in range(4)]
for i in range(4):
    cy13[i].append(cy13[(i + 1) % 4])
cy14 = cy13[0]
del cy13
print(sys.getrefcount(cy14))
del cy14
print(gc.collect())
try:
    v15 = (int((-3.75))) * ((10**18))
except Exception as e:
    print(repr(e))
    v15 = 0
try:
    del a8[-1]
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
for i16 in range(3):
    print(round(round((-3.75), 2), 1))
    pass
print({k: v for k, v in zip([], list(range(3, 7)))})
print([x + 4 for x in a8] + (a11 * 0))
