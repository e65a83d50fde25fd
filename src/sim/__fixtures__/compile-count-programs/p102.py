# programFor(900, 102, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 2
    def __del__(self):
        print('del C1', self.x)
def f0(p0, p1):
    a0 = p1
    print(a0 is p1, a0 == p1)
    print([{k: v for k, v in zip(['line\nbreak', 'a,b,c'], p1)}, sorted({2})])
    p1.append(0)
    return format(4, 'x')
    return ''
L1 = ['\x00']
try:
    try:
        print(list((-7, 0b1011)), divmod(100, 4))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(repr(e))
    pass
    print(len(()))
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
else:
    print('no error')
finally:
    print('finally')
w2 = 0
while w2 < 3:
    if format((-6), ',') >= 'hello':
        print(())
        pass
    elif ',' in 'é':
        try:
            L1.remove(', '.join([]))
        except BaseException as e:
            print(type(e).__name__, e.args)
        pass
    else:
        L1 = 'a'.rjust(6, '-').split(',')
        v3 = None
        pass
    print(chr(92), False, end='!\n')
    pass
    w2 += 1
try:
    try:
        print(repr(divmod(4, 1)))
    except Exception as e:
        print(type(e).__name__, e)
    pass
    print(10**18 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
else:
    print('no error')
v4 = None
v5 = 0.5
L1[1:3] = ['  pad  '.lstrip()]
try:
    raise ZeroDivisionError('x' * 3)
except ZeroDivisionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print(() + (0b1011, 256, 3))
try:
    assert isinstance(None, list), 'x'
except BaseException as e:
    print(type(e).__name__, e)
a6 = L1
L7 = [x % 4 for x in []] + [1000][:-3]
print(list({k: v for k, v in zip(['line\nbreak'], L7)}.keys()))
try:
    print(f0({}, [x - 2 for x in L7 if x > 1]))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
try:
    raise AssertionError('boom')
except AssertionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print('z' in '  pad  '.replace('a', ' '))
w8 = 0
while w8 < 2:
    print(L7)
    pass
    w8 += 1
try:
    raise Exception('boom')
except Exception as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
w9 = 0
while w9 < 3:
    if 'back\\slash'.count('') == {}.get('c', (-2**63)):
        try:
            u10, *u11 = [(-1), 1000]
        except BaseException as e:
            print(repr(e))
            u10, u11 = 0, []
        pass
    L12 = sorted(['hello', 'Hello World'])
    pass
    w9 += 1
    if w9 == 2:
        break
try:
    u13, *u14 = list(range(2, 2, 3))
except Exception as e:
    print(repr(e))
    u13, u14 = 0, []
try:
    print(L1.pop())
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
print({y % 3 for y in [len(s) for s in []]})
def rc15(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc15(u14)
a16 = L7
print(a16 is L7, a16 == L7)
for i17 in 'x y z':
    v18 = '{} and {}'.format(sum(a16), None)
    u14 += [len(s) for s in a6]
    v19 = None
    pass
