# weakref API details; expected output: python3 -S this.py > weakref_api.out (CPython 3.11.7)
import gc, weakref
class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'K({self.n})'
    def hello(self):
        return 'hi ' + str(self.n)
def cb1(r):
    print('cb1')
def cb2(r):
    print('cb2')
a = K(1)
r0 = weakref.ref(a)
r1 = weakref.ref(a, cb1)
r2 = weakref.ref(a, cb2)
print(weakref.getweakrefcount(a), r0 is weakref.ref(a), r1 is r2)
del a
print('--')
wk = weakref.WeakKeyDictionary()
k1 = K(1); k2 = K(2)
wk[k1] = 'one'; wk[k2] = 'two'
print(len(wk), wk[k1], k2 in wk)
del k1
print(len(wk), sorted(v for v in wk.values()))
p = K(5)
px = weakref.proxy(p)
print(px.n, px.hello())
del p
try:
    px.n
except ReferenceError as e:
    print('ReferenceError:', e)
o = K(7)
f = weakref.finalize(o, print, 'finalized', 7)
print(f.alive, f.atexit)
f.atexit = False
print(f.atexit)
g = weakref.finalize(K(8), print, 'gone 8')
print(g.alive)
h = weakref.finalize(o, print, 'detached')
print(h.detach()[1:3])
print(h.alive)
print(type(weakref.ref(o)).__name__, weakref.ref(o)() is o)
gc.collect()
print('end')
