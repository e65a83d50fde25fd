# Annotations at module and class level are evaluated (and, for a name, kept in __annotations__);
# in a function they are not; a comprehension in one has its own scope
import gc
x: int = 5
y: [i * 2 for i in range(3)]
class C:
    a: str
    b: int = 3
    if True:
        c: 'later' = 1
def f():
    z: undefined_name = 4
    return z
print(__annotations__, C.__annotations__, C.b, f(), x)
try:
    w: undefined_too = 1
except NameError as e:
    print('NameError', e, w)
r: (({'': 2, '': ()}[''])((v for v in ())))
