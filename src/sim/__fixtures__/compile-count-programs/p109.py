# programFor(900, 109, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
v0 = ()
o1 = C0(99)
v2 = False
try:
    print({x % 1 for x in [0x1F, -1]}, None, end='!\n')
except Exception as e:
    print(repr(e))
if (False or any(x > 7 for x in [0o17])):
    for i3 in range(3):
        try:
            print((float('inf')) ** 3)
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(repr(e))
        pass
    try:
        print(o1.y)
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
    pass
else:
    for i4 in 'é':
        print('ab'[:2:-2], list(reversed([257, 1_000_000])))
        try:
            print(o1.ref)
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__, e.args)
        print([x - 2 for x in list(range(0, 0, 2)) if x > 1])
        pass
    pass
w5 = 0
while w5 < 4:
    o1.ref = o1
    pass
    w5 += 1
print(v2 is v0, id(v2) == id(v0))
for i6 in range(1, 0, -1):
    i6 *= (i6) | (i6)
    cy7 = C0(2)
    cy7.me = cy7
    cy7.tail = [C0(0), {'k': [1, 2]}]
    cy7 = None
    print(gc.collect(), gc.collect())
    try:
        raise Exception('a', 'b')
    except Exception as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
try:
    print(divmod({'a': 5}.get('b', 1_000_000), ((1_000_000) | ((-7)))))
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
for i9 in 'naïve':
    try:
        v10 = (100, 0b1011, 257)
    except Exception as e:
        print(type(e).__name__, e)
        v10 = ()
    pass
v11 = 1e16
w12 = 0
while w12 < 1:
    cy13 = C0(2)
    cy14 = C0(3)
    cy13.other = cy14
    cy14.other = cy13
    print(sys.getrefcount(cy13), sys.getrefcount(cy14))
    del cy13, cy14
    print('collected', gc.collect())
    pass
    w12 += 1
print(o1.x, o1.get(), o1.kind, type(o1).__name__)
print([None])
print([99, (-1000)], '{} and {}'.format([{'d': 7, 'c': 0b1011}, ['€uro', 'ß']], None))
print(sys.getrefcount(o1))
print(None)
print(sorted({k: v for k, v in zip(['日本'], [])}))
print([[str(x) for x in []], (v11 + 3.14159)])
d15 = dict(c=(-(255)), key=42)
print('naïve')
try:
    u16, u17 = v0 + v0
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
    u16 = u17 = 0
u17 |= (99) ^ (u16)
try:
    u18, u19 = v0 + v0
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    u18 = u19 = 0
del u19
