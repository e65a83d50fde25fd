/**
 * Statements for "never an internal error" fuzzing only: their output is not comparable with
 * CPython (addresses, limits, features outside the subset) but the simulator must still end
 * with output, a Python exception or a limit message.
 */
import { oneOf } from '../choices.ts';
import type { ProgramGen } from './program.ts';

const TEMPLATES: readonly string[] = [
  'while True:\n    pass',
  'def r(n):\n    return r(n + 1)\nr(0)',
  'print(id(object()), hex(id([])))',
  'print(object(), [object()], lambda: 0)',
  'print(hash("abc"), {"x", "y", "z"})',
  'x = [0] * 10**6\nprint(len(x))',
  'print(10**5000 > 0)',
  'print(str(10**5000)[:5])',
  'import weakref\nclass W: pass\nw = W()\nr = weakref.ref(w)\ndel w\nprint(r())',
  'import ctypes\nz = [1]\nprint(ctypes.c_long.from_address(id(z)).value)',
  'def g():\n    yield 1\nprint(list(g()))',
  'def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n        return n\n    return inner\nq = outer()\nprint(q(), q())',
  'G = 1\ndef setg():\n    global G\n    G += 1\nsetg()\nprint(G)',
  'print(*[1, 2, 3], sep="-")\ndef star(*a, **k):\n    return a, k\nprint(star(1, x=2))',
  'import os',
  'from gc import collect\nprint(collect())',
  'print(sys.getrecursionlimit())\nsys.setrecursionlimit(50)\ndef d(n):\n    return d(n + 1) if n < 100 else n\nprint(d(0))',
  'try:\n    raise ValueError("a") from KeyError("b")\nexcept ValueError as e:\n    print(e.__cause__)',
  'try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise RuntimeError("again")',
  'class M(type): pass\nclass K(metaclass=M): pass\nprint(K)',
  'print(gc.get_count(), gc.get_threshold(), gc.isenabled())',
  'gc.disable()\nL = []\nL.append(L)\ndel L\nprint(gc.collect())\ngc.enable()',
  'print(gc.is_tracked([]), gc.is_tracked(1), gc.get_referents([1, "a"]))',
  'x = []\nfor _ in range(30):\n    x = [x]\nprint(str(x)[:10])',
  'x = []\nfor _ in range(100000):\n    x = [x]\ndel x',
  'print("a" * 10**7)',
  'print(f"{3.14159:.{2}f}", f"{"nested"!r:>{10}}")',
  'async def co():\n    pass',
  'with open("x") as f:\n    pass',
  'match 1:\n    case 1:\n        print("one")',
  'print(eval("1 + 1"))',
  'exec("print(2)")',
  'print(__import__("sys").getrefcount(None) > 0)',
  'print(globals()["__name__"], len(dir()))',
  'print(1.0 % 0)',
  'print(sorted([3, "a"]))',
  'print(int("9" * 5000))',
  'print(round(2.5), round(-0.5), round(1e300), 2 ** -1, (-8) ** (1/3))',
  'x = 5\ndel x\ndel x',
  'class A:\n    def __getattr__(self, n):\n        return n\nprint(A().anything)',
  'class B:\n    def __len__(self):\n        return -1\nprint(len(B()))',
  'class It:\n    def __iter__(self):\n        return self\n    def __next__(self):\n        raise StopIteration\nprint(list(It()))',
  'print(super())',
  'lst = [1, 2, 3]\nfor v in lst:\n    lst.append(v)',
  'print(bytes(3), b"ab" + b"c", bytearray(2))',
  'print(complex(1, 2), 1j * 1j)',
  'print(type(type), type.__mro__ if hasattr(type, "__mro__") else 0)',
  'print(1 if [] else 2, not None, None == 0, [] == ())',
];

export function chaosStatement(g: ProgramGen): void {
  const t = oneOf(g.c, TEMPLATES);
  for (const line of t.split('\n')) g.emit(line);
}
