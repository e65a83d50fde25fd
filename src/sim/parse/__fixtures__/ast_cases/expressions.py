# literals
a = 0x1F + 0o17 + 0b1010 + 1_000_000 + 0
b = 1.5 + 2. + .5 + 1e10 + 1.5e-3 + 3j + 1.5J + 1_0.0_1 + 1e16 + 0.0001 + 1e-05
c = 'single' "double" '''triple''' """triple2"""
d = b'bytes' B"x" rb'\d' Rb"\x" br'raw'
e = r'\n' u'unicode' U'upper'
f = '\n\t\\\'\x41\101\u00e9\U0001F600' '\q'
g = None, True, False, ...
h = -1, +2, ~3, not 4
# operators
i = 1 + 2 - 3 * 4 / 5 // 6 % 7 ** 8 @ m
j = a | b ^ c & d << 1 >> 2
k = a < b <= c > d >= e == f != g
l = a is b, a is not b, a in b, a not in b
m = a and b or c and not d
n = -a ** -b
o = (a) + (b)
p = ((a + b)) * c
# comprehensions and displays
q = [x for x in y if x if not x for z in x]
r = {x: y for x, y in z}
s = {x for x in y}
t = (x for x in y)
u = [1, 2, *a, 3]
v = {1: 2, **d, 3: 4}
w = {1, 2, *s}
x = ()
y = (1,)
z = 1,
aa = [], {}, [[]]
# subscripts and slices
a[1]
a[1:2]
a[1:2:3]
a[:]
a[::]
a[::2]
a[1:]
a[:2, 3]
a[1, 2]
a[(1, 2)]
a[b:=1]
a[*b]
# calls
f()
f(a)
f(a, b)
f(a, *b, c=1, **d)
f(x for x in y)
f(*a, *b)
f(a)(b)(c)
f(a=1, *b)
a.b.c.d
a.b(c).d[e]
# lambda, ternary, walrus
lam = lambda: 0
lam2 = lambda a, b=1, *c, d, e=2, **f: a
lam3 = lambda *, a: a
lam4 = lambda a, /, b: a
t2 = a if b else c if d else e
if (n := len(a)) > 10:
    pass
print(f(y := 1))
