# programFor(900, 76, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
    def __del__(self):
        print('del C0', self.x)
def f0(p0, p1):
    if False:
        try:
            raise RuntimeError('x' * 3)
        except RuntimeError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        pass
    elif isinstance(False, list):
        try:
            print((1_000_000) % (p0), [p1, set()], sep=' | ')
        except BaseException as e:
            print(type(e).__name__ + ':', str(e))
        pass
    print((p0) ** 2)
    return '42'.split(' ')[0]
    return ''
print(None)
d0 = {'x': 256}
try:
    assert '👍' == 'a', 'failed'
except Exception as e:
    print(type(e).__name__, e)
try:
    raise IndexError('boom')
except IndexError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
v1 = 1e-5
print([])
try:
    w2 = 0
    while w2 < 5:
        print([((5) >> 6), d0.get('key', 255)])
        try:
            print(d0.pop('x'))
        except Exception as e:
            print(repr(e))
        pass
        w2 += 1
    d0.clear()
    pass
    print(((-5)) | (0x1F))
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
else:
    print('no error')
def rc3(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc3(d0)
for i4 in range(3):
    try:
        assert False, f"value {1 + 2}"
    except BaseException as e:
        print(type(e).__name__, e.args)
    print((i4, 100, -1000))
    pass
else:
    print('loop done')
w5 = 0
while w5 < 4:
    w6 = 0
    while w6 < 1:
        v7 = not False
        pass
        w6 += 1
    if (('d' in {'b': 99}) and (False or False)):
        try:
            raise TypeError('boom')
        except TypeError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        v8 = -5
        pass
    elif bool(v1):
        try:
            assert bool(None), f"value {1 + 2}"
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__, e.args)
        pass
    pass
    w5 += 1
    if w5 == 2:
        break
cy9 = {'d': 3}
cy9['self'] = cy9
cy10 = [cy9, [cy9]]
del cy9
print(len(cy10))
cy10.pop()
print(gc.collect())
print(sys.getrefcount(d0))
try:
    try:
        assert 'z' in '', f"value {1 + 2}"
    except Exception as e:
        print(type(e).__name__, e.args)
    L11 = ['line\nbreak']
    pass
    print(1_000_000)
except Exception as e:
    print('caught', type(e).__name__, e)
for i12, i12v in enumerate('é€'):
    print(None)
    try:
        L13 = [i12, 0x1F, i12, i12][:]
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
        L13 = []
    v14 = ()
    pass
    if i12 == 2:
        continue
d0 = {'key': (2**63), 'd': 4}
try:
    u15, u16 = round(v1), f"{0x1F:08b}"
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    u15, u16 = 0, ''
u15, u16 = u15, u16
try:
    raise IndexError('')
except IndexError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
try:
    print(f0((u15) // (12345678901234567890), [x % 2 for x in [u15] if x > 1]))
except Exception as e:
    print(repr(e))
print(None)
del d0
L17 = ['a']
L18 = list('')
print(C0(u15), None, sep='')
print(isinstance(C0(u15), (int, float)))
if not (not False):
    try:
        assert not True, 'x'
    except Exception as e:
        print(type(e).__name__, e)
    pass
