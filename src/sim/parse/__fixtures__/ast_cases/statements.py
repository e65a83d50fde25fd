import os
import os.path as p, sys
from . import a
from .. import b
from ...x.y import (c as d, e,)
from x import *
from .mod import f
x = y = z = 1
x, y = y, x
[a, b] = c
(a, b), c = d
a, *b = c
*a, b = c
a.b = 1
a[0] = 1
a[1:2] = b
x += 1
x -= 1; y *= 2; z //= 3
x **= 2
x @= m
x: int
x: int = 1
(x): int = 1
a.b: int
a[0]: list[int] = []
del a
del a, b
del a.b, a[0], (c, d), [e]
assert x
assert x, "msg"
raise
raise E
raise E from None
global g1, g2
def f1():
    nonlocal_target = 1
    def f2():
        nonlocal nonlocal_target
        return
    return f2
def f3(a, b=1, *args, c, d=2, **kwargs) -> int:
    "docstring"
    return a
def f4(a, /, b, *, c):
    yield
    yield a
    yield from b
    x = yield
    x = yield a
    await_ = 1
@dec
@dec.attr(1)
def f5(): pass
@dec
class C1: pass
class C2(Base, metaclass=M):
    x = 1
    def m(self):
        return self.x
class C3(): pass
for i in range(10):
    if i % 2:
        continue
    elif i > 5:
        break
    else:
        pass
else:
    pass
for a, b in c: pass
for (a, b) in c: pass
for [a, *b] in c: pass
for x, in c: pass
while x:
    x -= 1
else:
    y = 2
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (E1, E2) as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with a: pass
with a as b, c as (d, e): pass
with (a as b, c as d): pass
with (a, b): pass
with (a): pass
if a: pass
elif b: pass
elif c: pass
else: pass
x = 1;
pass; pass
