/**
 * The collector's invariants, checked between its phases like `validate_list` in CPython's debug
 * builds (Modules/gcmodule.c), plus the phase order and gc_refs arithmetic on known structures.
 * Expected outputs of whole programs are the fidelity corpus's job (fidelity.test.ts); the
 * program-level expectations here were produced by CPython 3.11.7 (`python3 -S`), as noted.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runProgram } from './index.ts';
import { gcPhaseHook } from './trace-hooks.ts';
import type { GcPhaseEvent } from './trace-types.ts';
import { GcList, collectingLists, generations, permanent } from './heap.ts';
import type { PyObject } from './objects/pyobject.ts';
import { exitCollectionUnseen, referents } from './gc.ts';

afterEach(() => {
  gcPhaseHook.fn = null;
});

const allLists = (): GcList[] => [...generations, permanent, ...collectingLists];

/** validate_list: links consistent, size right, every member tracked and tagged with the list's generation. */
function validateList(l: GcList): PyObject[] {
  const seen: PyObject[] = [];
  let prev: PyObject | null = null;
  for (let o = l.first; o !== null; o = o.gc!.next) {
    const g = o.gc;
    expect(g, 'a listed object has a gc header').not.toBeNull();
    expect(g!.tracked).toBe(true);
    expect(g!.generation).toBe(l.generation);
    expect(g!.prev).toBe(prev);
    prev = o;
    seen.push(o);
    if (seen.length > l.size) break;
  }
  expect(l.last).toBe(prev);
  expect(seen.length).toBe(l.size);
  return seen;
}

/** Every tracked object is in exactly one list. */
function validateAll(): number {
  const where = new Map<PyObject, number>();
  for (const l of allLists()) {
    for (const o of validateList(l)) {
      expect(where.has(o), `object at 0x${o.addr.toString(16)} in two lists`).toBe(false);
      where.set(o, l.generation);
    }
  }
  return where.size;
}

const CYCLES = `
import gc
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        pass
gc.collect()
a = Node('a'); b = Node('b'); a.peer = b; b.peer = a
l = [1, 2]; l.append(l)
d = {}; d['self'] = d
t = (1, 'x')
keep = [Node('k')]
keep.append(keep)
del a, b, l, d
print(gc.collect())
print(gc.collect(0), gc.collect(1))
`;

describe('collector invariants between phases (validate_list)', () => {
  it('keeps every tracked object in exactly one list at every phase', () => {
    const phases: string[] = [];
    gcPhaseHook.fn = (e: GcPhaseEvent) => {
      phases.push(`${e.generation}:${e.phase}`);
      validateAll();
    };
    const r = runProgram(CYCLES, {});
    expect(r.stderr).toBe('');
    // CPython 3.11.7: the two Nodes, the list and the dict are unreachable
    expect(r.stdout).toBe('4\n0 0\n');
    expect(phases.filter((p) => p.endsWith(':start')).length).toBe(4);
    expect(phases.slice(0, 10).map((p) => p.split(':')[1])).toEqual([
      'start', 'update_refs', 'subtract_refs', 'move_unreachable', 'move_legacy_finalizers', 'handle_weakrefs',
      'finalize_garbage', 'handle_resurrected_objects', 'delete_garbage', 'done',
    ]);
    expect(validateAll()).toBeGreaterThan(0);
  });

  it('keeps the lists valid when a large young generation is merged into a smaller old one', () => {
    // gc_list_merge retags the smaller side and swaps the list ids (heap.ts gcListSwapIds): the
    // generation every object reports, and the list gcUntrack takes it out of, must follow
    let checks = 0;
    gcPhaseHook.fn = () => {
      validateAll();
      checks++;
    };
    const r = runProgram(
      'import gc\ngc.disable()\nkeep = [[i] for i in range(3000)]\nring = [[] for i in range(500)]\n' +
        'for a, b in zip(ring, ring[1:] + ring[:1]):\n    a.append(b)\ndel ring, a, b\n' +
        'print(gc.collect())\nprint(sum(gc.is_tracked(x) for x in keep))\n' +
        'del keep[::2]\nkeep.append([keep])\nprint(gc.collect(0), gc.collect(1), gc.collect(), len(keep))\n',
      {},
    );
    expect(r.stderr).toBe('');
    // CPython 3.11.7's output
    expect(r.stdout).toBe('500\n3000\n0 0 0 1501\n');
    expect(checks).toBeGreaterThan(0);
    expect(validateAll()).toBeGreaterThan(1500);
  });

  it('after subtract_refs, gc_refs is the number of references from outside the collected set', () => {
    let checked = 0;
    gcPhaseHook.fn = (e: GcPhaseEvent) => {
      if (e.phase !== 'subtract_refs') return;
      const young = generations[e.generation];
      const members = new Set<PyObject>();
      for (let o = young.first; o !== null; o = o.gc!.next) members.add(o);
      // independent count: references held by members, found object by object
      const inner = new Map<PyObject, number>();
      for (const o of members) for (const r of referents(o)) if (members.has(r)) inner.set(r, (inner.get(r) ?? 0) + 1);
      for (const o of members) {
        if (o.gc!.gc_refs < 0) continue; // a dict CPython would not track: outside the set
        expect(o.gc!.gc_refs, `${o.ob_type.name} at 0x${o.addr.toString(16)}`).toBe(o.ob_refcnt - (inner.get(o) ?? 0));
        checked++;
      }
    };
    runProgram(CYCLES, {});
    expect(checked).toBeGreaterThan(10);
  });

  it('computes gc_refs of a known structure (a list pair held by one name)', () => {
    const snap: Record<string, number> = {};
    gcPhaseHook.fn = (e: GcPhaseEvent) => {
      if (e.phase !== 'subtract_refs') return;
      for (const { addr, gc_refs } of e.objects) snap[addr] = gc_refs;
    };
    const r = runProgram(
      'import gc\ngc.collect()\na = []\nb = [a]\na.append(b)\nc = [b]\ndel b\nprint(id(a), id(c[0]), id(c))\ngc.collect()\n',
      {},
    );
    const [a, b, c] = r.stdout.trim().split(' ').map(Number);
    // the module's globals dict is collected too, so its references are subtracted as well:
    // a: globals + b's slot − both → 0; b: a's slot + c's slot − both → 0; c: globals − 1 → 0.
    // They stay reachable through the globals dict, whose own gc_refs is positive (the module).
    expect([snap[a], snap[b], snap[c]]).toEqual([0, 0, 0]);
  });

  it('moves a resurrected object to the old generation and frees it later without a second __del__', () => {
    gcPhaseHook.fn = () => {
      validateAll();
    };
    const r = runProgram(
      'import gc\nsaved = []\nclass P:\n    def __del__(self):\n        print("del")\n        saved.append(self)\n' +
        'gc.collect()\np = P()\np.me = p\ndel p\nprint(gc.collect())\nprint(gc.is_finalized(saved[0]))\nsaved.clear()\nprint(gc.collect())\n',
      {},
    );
    // CPython 3.11.7 prints the same
    expect(r.stdout).toBe('del\n0\nTrue\n1\n');
  });
});

describe('gc module details (CPython 3.11.7 outputs)', () => {
  it('get_stats counts collections and collected objects per generation', () => {
    const r = runProgram(
      'import gc\ngc.collect()\nl = []\nl.append(l)\ndel l\ngc.collect(1)\ns = gc.get_stats()\nprint(s[1]["collections"], s[1]["collected"], s[2]["collections"])\n',
      {},
    );
    expect(r.stdout).toBe('1 1 1\n');
  });

  it('weakref callbacks of a garbage cycle run before __del__, and on refcount death after it', () => {
    const r = runProgram(
      'import gc, weakref\nclass N:\n    def __del__(self):\n        print("del")\n' +
        'def cb(r):\n    print("callback", r() is None)\n' +
        'gc.collect()\nn = N()\nn.me = n\nr = weakref.ref(n, cb)\ndel n\nprint(gc.collect())\n' +
        'm = N()\nr2 = weakref.ref(m, cb)\ndel m\n',
      {},
    );
    expect(r.stdout).toBe('callback True\ndel\n1\ndel\ncallback True\n');
  });

  it('reports errors in weakref callbacks and gc callbacks as unraisable', () => {
    const r = runProgram(
      'import weakref\nclass A:\n    pass\ndef cb(r):\n    1/0\na = A()\nw = weakref.ref(a, cb)\ndel a\nprint("after")\n',
      {},
    );
    expect(r.stdout).toBe('after\n');
    expect(r.stderr).toMatch(/^Exception ignored in: <function cb at 0x[0-9a-f]+>\nTraceback \(most recent call last\):\n/);
    expect(r.stderr).toMatch(/ZeroDivisionError: division by zero\n$/);
  });

  it('keeps a frozen cycle until unfreeze and reports the freeze count', () => {
    const r = runProgram(
      'import gc\ngc.collect()\nx = []\nx.append(x)\ngc.freeze()\nn = gc.get_freeze_count()\ndel x\nprint(n > 0, gc.collect())\ngc.unfreeze()\nprint(gc.get_freeze_count(), gc.collect() >= 1)\n',
      {},
    );
    expect(r.stdout).toBe('True 0\n0 True\n');
  });
});

// tuples and dicts the collector untracks (untrack_tuples, untrack_dicts), CPython 3.11.7's output
const UNTRACK = `
import gc
gc.disable()
class C:
    pass
a = (1, 2)
b = (a, "x")
c = ([], 1)
d = (C(), (3, 4))
x = 7
e = ((5, (6, (x, 8))), 9)
t = [(i, (i, str(i))) for i in range(3)]
f = {"k": (1, 2)}
g = {"k": []}
h = {1: (C(),)}
before = [gc.is_tracked(o) for o in (a, b, c, d, e, f, g, h)]
gc.collect(0)
young = [gc.is_tracked(o) for o in (a, b, c, d, e, f, g, h)]
gc.collect()
full = [gc.is_tracked(o) for o in (a, b, c, d, e, f, g, h)]
inner = [gc.is_tracked(t), gc.is_tracked(t[0]), gc.is_tracked(t[0][1]), gc.is_tracked(e[0]), gc.is_tracked(e[0][1]), gc.is_tracked(d[1]), gc.is_tracked(f["k"])]
print(before)
print(young)
print(full)
print(inner)
`;
const UNTRACK_CPYTHON =
  '[True, True, True, True, True, True, True, True]\n' +
  '[False, False, True, True, True, True, True, True]\n' +
  '[False, False, True, True, True, False, True, True]\n' +
  '[True, False, False, True, False, False, False]\n';

describe('work the collector fuses or skips when nobody can see it', () => {
  it('untracks the same tuples and dicts inside move_unreachable as in separate passes (phase listener)', () => {
    const quiet = runProgram(UNTRACK, {});
    expect(quiet.stdout).toBe(UNTRACK_CPYTHON);
    const phases: string[] = [];
    gcPhaseHook.fn = (e) => phases.push(e.phase);
    const traced = runProgram(UNTRACK, {});
    expect(phases).toContain('move_unreachable');
    expect(traced.stdout).toBe(UNTRACK_CPYTHON);
  });

  it('skips the exit collection only when no finalizer, weakref, generator or debug flag could show it', () => {
    // how many instances of the program's class A the generation lists still hold after the run
    const leftover = (): number => {
      let n = 0;
      for (const l of generations) for (let o = l.first; o !== null; o = o.gc!.next) if (o.ob_type.name === 'A') n++;
      return n;
    };
    const cycle = 'import gc\ngc.disable()\nclass A:\n    pass\na = A()\na.me = a\n';
    // garbage left at the end, nothing to run: the collection would be invisible, and is skipped
    runProgram(cycle + 'del a\n', {});
    expect(leftover()).toBe(1);
    expect(exitCollectionUnseen()).toBe(true);
    // a suspended generator expression in the garbage: closing it could run code, so it runs
    runProgram(cycle + 'a.g = (i for i in range(3))\nnext(a.g)\ndel a\n', {});
    expect(leftover()).toBe(0);
    // a weakref exists: its callback could run
    runProgram(cycle + 'import weakref\nr = weakref.ref(a)\ndel a\n', {});
    expect(leftover()).toBe(0);
    // a class with __del__ is alive (its instance is garbage): the exit collection finalizes it
    const r = runProgram('import gc\ngc.disable()\nclass A:\n    def __del__(self):\n        print("del")\na = A()\na.me = a\ndel a\nprint("end")\n', {});
    expect(r.stdout).toBe('end\ndel\n');
    // a class with __del__ from an earlier run in the same process does not count
    runProgram(cycle + 'del a\n', {});
    expect(leftover()).toBe(1);
    // the debug flags print what the exit collection finds (gc: collectable <A ...>, as CPython does)
    const d = runProgram(cycle + 'del a\ngc.set_debug(gc.DEBUG_COLLECTABLE)\n', {});
    expect(d.stderr).toMatch(/^gc: collectable <A 0x[0-9a-f]+>\n$/);
  });
});
