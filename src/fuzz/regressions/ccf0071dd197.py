# CPython's compiler warns before anything runs: "is" with a literal (after constant folding,
# dead branches included), calling or indexing a literal, an assert on a tuple
x = 1
if 0:
    x is 1
while 0:
    x is 2
if x is not 3 or 4 is x or x is None or x is True or x is ...:
    pass
assert (x, 1)
y = (lambda: 1 is x)
[1, 2][0, 1] if 0 else 0
(1, 2)(3) if 0 else 0
{1}[0] if 0 else 0
"abc"["x"] if 0 else 0
[1, 2][x] if 0 else [1][0:1]
class K:
    z = x is ()
def f(a=x is 1.5):
    return a is -1 or a is 2 ** 8
print(f(), K.z, y())
