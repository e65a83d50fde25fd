/**
 * The evaluation stack of a traced run (trace-stack.ts): inside each sys.getrefcount() call of
 * this program, the explanation of the argument's count names every reference (the caller's
 * stack included) and adds up to the number the program printed. The printed numbers are
 * CPython 3.11.7's (`python3` on this program prints EXPECTED), so the counts explained are the
 * real ones.
 */
import { describe, expect, it } from 'vitest';
import { recordTrace } from './trace.ts';
import { explainRefcount, stateAt, unexplainedCounts } from './trace-replay.ts';
import { runProgram } from './index.ts';
import { evalStack } from './trace-stack.ts';
import type { Trace } from './trace-types.ts';

const SRC = `import sys
x = []
print(x, sys.getrefcount(x))
def g(b):
    return sys.getrefcount(b)
def f(p, q):
    return sys.getrefcount(p), q
a = []
print(f(a, g(a)))
lst = []
lst.append(sys.getrefcount(lst))
print(lst)
class C:
    def __init__(self):
        self.n = sys.getrefcount(self)
print(C().n)
items = [[], []]
for it in items:
    print(sys.getrefcount(items))
big = [x] * 1000
print(sys.getrefcount(x))
print(sys.getrefcount(None) > 1000, sys.getrefcount(7) > 10**9)
`;

/** `python3` (3.11.7) on SRC. */
const EXPECTED = '[] 3\n(3, 4)\n[3]\n3\n3\n3\n1002\nTrue True\n';

/** The explanation inside the k-th sys.getrefcount() call on `line`. */
function atCall(t: Trace, line: number, k = 0) {
  const i = t.steps.map((s, j) => [s, j] as const).filter(([s]) => s.kind === 'call' && s.line === line)[k][1];
  const s = stateAt(t, i);
  return { state: s, ex: explainRefcount(s, t.steps[i].arg!)! };
}

function holders(ex: { parts: { holder: string }[] }): string[] {
  return ex.parts.map((p) => p.holder);
}

describe('the evaluation stack of a traced run', () => {
  const t = recordTrace(SRC);

  it('runs the program as CPython does', () => {
    expect(t.output.map((c) => c.text).join('')).toBe(EXPECTED);
    expect(t.recorderError).toBeNull();
  });

  it('explains every sys.getrefcount() count completely', () => {
    const calls = t.steps.filter((s) => s.kind === 'call');
    expect(calls.length).toBe(10);
    t.steps.forEach((s, i) => {
      if (s.kind !== 'call') return;
      const ex = explainRefcount(stateAt(t, i), s.arg!)!;
      expect(ex.complete, `line ${s.line}: ${JSON.stringify(ex.parts)}`).toBe(true);
    });
  });

  it("names the caller's operands: print(x, sys.getrefcount(x)) holds x while getrefcount runs", () => {
    const { ex } = atCall(t, 3);
    expect(ex.refcnt).toBe(3 - 1 + 1); // printed 3: the name, print's argument, getrefcount's
    expect(holders(ex)).toEqual([
      "name 'x' in the module (global)",
      'the first argument of print(), held by the caller while the call runs (evaluation stack of the module, line 3)',
      'the first argument of sys.getrefcount(), held by the caller while the call runs (evaluation stack of the module, line 3)',
    ]);
  });

  it('a Python callee takes its arguments over; the caller keeps the ones of calls still waiting', () => {
    // inside g(a), called while f's arguments are evaluated: `a` waits as f's first argument
    const inG = atCall(t, 5);
    expect(holders(inG.ex)).toContain('the first argument of f(), held by the caller while the call runs (evaluation stack of the module, line 9)');
    expect(holders(inG.ex)).toContain("name 'b' in g() (local)");
    // inside f: the argument became the parameter p (not counted twice)
    const inF = atCall(t, 7);
    expect(inF.ex.refcnt).toBe(3);
    expect(holders(inF.ex).filter((h) => h.includes('argument of f()'))).toEqual([]);
    expect(holders(inF.ex)).toContain("name 'p' in f() (local)");
  });

  it('names the receiver of a method call and the instance a class call holds during __init__', () => {
    expect(holders(atCall(t, 11).ex)).toContain('`lst`, whose .append() is being called (evaluation stack of the module, line 11)');
    expect(holders(atCall(t, 15).ex)).toContain('the new C instance, held by the class call while __init__ runs');
  });

  it("names a for loop's iterator, and the iterator's reference to the list", () => {
    const { ex, state } = atCall(t, 19);
    expect(ex.refcnt).toBe(3);
    expect(holders(ex).some((h) => /^iterating of list_iterator at 0x/.test(h))).toBe(true);
    const it = [...state.objects.values()].find((v) => v.type === 'list_iterator')!;
    expect(holders(explainRefcount(state, it.addr)!)).toEqual(['the iterator of the for loop on line 18 (held on the evaluation stack until the loop ends)']);
  });

  it('groups the slots of [x] * 1000, the ones past the drawn 64 included', () => {
    const { ex } = atCall(t, 21);
    expect(ex.refcnt).toBe(1002);
    expect(ex.parts.find((p) => p.holder.startsWith('64 slots from [0] to [63] of list'))?.n).toBe(64);
    expect(ex.parts.find((p) => p.holder.startsWith('936 more slots of list'))?.n).toBe(936);
  });

  it("names the static objects' start: allocation, CPython's measured start-up references", () => {
    const none = atCall(t, 22, 0).ex;
    expect(holders(none)).toContain("CPython 3.11's own references at start-up (measured: src/tools/measure/startup_refcounts.py)");
    const seven = atCall(t, 22, 1).ex;
    expect(seven.parts[0]).toMatchObject({ n: 999_999_999 });
    expect(seven.complete).toBe(true);
  });

  it('explains every drawn object at every step of this program', () => {
    for (let i = 0; i < t.steps.length; i++) {
      if (t.steps[i].kind === 'gc') continue;
      const state = stateAt(t, i);
      for (const [addr, other] of unexplainedCounts(state)) {
        const v = state.objects.get(addr)!;
        // the classes's own machinery is named too; only built-in types' internals are not
        if (v.type === 'type' && v.cached) continue;
        expect(other, `step ${i} line ${t.steps[i].line}: ${JSON.stringify(explainRefcount(state, addr))}`).toBe(0);
      }
    }
  });

  it("names the bound __exit__ a with statement holds for its block (CPython 3.11 prints 3 here)", () => {
    const src = 'import sys\nclass CM:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        return False\nwith CM() as c:\n    print(sys.getrefcount(c))\n';
    const t2 = recordTrace(src);
    expect(t2.output.map((c) => c.text).join('')).toBe('3\n');
    const { ex, state } = atCall(t2, 8);
    expect(ex.complete, JSON.stringify(ex.parts)).toBe(true);
    expect(holders(ex).some((h) => /^__self__ of method at 0x/.test(h))).toBe(true);
    const exit = [...state.objects.values()].find((v) => v.type === 'method')!;
    expect(holders(explainRefcount(state, exit.addr)!)).toEqual(['the bound __exit__ of the with statement on line 7 (held on the evaluation stack until the block ends)']);
  });

  it('leaves untraced runs alone: nothing is pushed', () => {
    const r = runProgram(SRC);
    expect(r.stdout).toBe(EXPECTED);
    expect(evalStack.on).toBe(false);
    expect(evalStack.items.length).toBe(0);
    expect(evalStack.codes.length).toBe(0);
  });
});
