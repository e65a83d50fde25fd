# programFor(900, 91, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
    def __del__(self):
        print('del C0', self.x)
try:
    L0 = []
    print([c for c in 'hello'[-4:] if c not in ''])
    pass
    print(0b1011 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
finally:
    print('finally')
try:
    assert False, f"value {1 + 2}"
except Exception as e:
    print(repr(e))
v1 = 2.25
v2 = (10 > (-1000) == 1_000_000) + 257
print(v2 is v2, id(v2) == id(v2))
print({y % 3 for y in list({}.values())})
try:
    raise IndexError('x' * 3)
except IndexError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print(sorted({'key': v2}))
v3 = ()
try:
    raise AssertionError('a', 'b')
except AssertionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
for i4 in range(0, 0, -1):
    for i5 in range(0, 6):
        print(-('a'.find('')))
        cy6 = []
        cy6.append(cy6)
        print(cy6, sys.getrefcount(cy6))
        del cy6
        print('collected', gc.collect())
        L8 = ['é']
        pass
    pass
cy9 = {'c': 1}
cy9['self'] = cy9
cy10 = [cy9, [cy9]]
del cy9
print(len(cy10))
del cy10
print(gc.collect())
try:
    raise ZeroDivisionError('')
except ZeroDivisionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
print(None)
print(v2 is v2, id(v2) == id(v2))
v1 = round((1e-5), 3)
for i11 in range(2):
    print(abs(v1) * sum(x * x for x in range(1)))
    if (-6) in {x % 3 for x in [i11]}:
        print({i11})
        print(hash(abs(v2)))
        pass
    elif False:
        L12 = list('42'.zfill(7))
        pass
    try:
        v13 = ('%05d' % (v2,)).endswith('é')
    except BaseException as e:
        print(type(e).__name__, e.args)
        v13 = False
    pass
print(C0(v2))
u14, u15 = 5 + v2, str(v1)
u14, u15 = u14, u15
if C0(u14) == C0(v2):
    print(f"{u15!s}{v1!r}".swapcase())
    pass
else:
    try:
        v16 = u15[u14].endswith(',')
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
        v16 = False
    print(list({v2}) * 2)
    pass
v17 = bool({-1, 1})
print(['日本', '👍', 'ABC'])
try:
    assert [] == [v2, v2, v2, v2], 'failed'
except Exception as e:
    print(type(e).__name__, e.args)
for i18 in range(2, 9, 3):
    v19 = 'hello'.title()
    pass
for i20 in range(2, 6):
    v3 = ()
    cy21 = C0(8)
    cy22 = C0(2)
    cy21.other = cy22
    cy22.other = cy21
    print(sys.getrefcount(cy21), sys.getrefcount(cy22))
    del cy21, cy22
    print(gc.collect(), gc.collect())
    pass
