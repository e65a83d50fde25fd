/**
 * Traces of small programs: frames, references and counts at given steps. Expected counts are
 * never typed in: each program asks the simulator itself (`sys.getrefcount`, `gc.collect()`'s
 * return value) and the test compares the trace with those answers.
 */
import { describe, expect, it } from 'vitest';
import { recordTrace } from './trace.ts';
import { explainRefcount, outputAt, stateAt } from './trace-replay.ts';
import type { HeapState, ObjView, Trace } from './trace-types.ts';

/** First step about to run `line` (in the innermost frame). */
function stepAt(t: Trace, line: number, frameName?: string): number {
  const i = t.steps.findIndex((s) => s.kind === 'line' && s.line === line && (frameName === undefined || s.frames[s.frames.length - 1].name === frameName));
  if (i < 0) throw new Error(`no step at line ${line}`);
  return i;
}

function named(state: HeapState, name: string, frame = 0): ObjView {
  const f = state.frames[frame];
  const v = f.vars.find((x) => x.name === name);
  if (v === undefined) throw new Error(`no name ${name} in ${f.name}`);
  const o = state.objects.get(v.to);
  if (o === undefined) throw new Error(`${name} not drawn`);
  return o;
}

/** The int a name refers to (the program stored a getrefcount answer in it). */
function intOf(state: HeapState, name: string, frame = 0): number {
  return Number(named(state, name, frame).repr);
}

const ALIASES = `import sys
a = []
b = a
r1 = sys.getrefcount(a)
c = [a, a]
r2 = sys.getrefcount(a)
d = {'k': a}
r3 = sys.getrefcount(a)
def f(p):
    q = [p]
    rf = sys.getrefcount(p)
    return rf
r4 = f(a)
x = [a]
x.append(x)
r5 = sys.getrefcount(x)
`;

describe('a traced run', () => {
  const t = recordTrace(ALIASES);

  it('records one step per statement, then the end', () => {
    expect(t.exitCode).toBe(0);
    expect(t.steps[0]).toMatchObject({ kind: 'line', line: 1 });
    expect(t.steps[t.steps.length - 1].kind).toBe('end');
    // 13 module statements + 3 in f, one step inside each of the 5 sys.getrefcount calls, the end
    expect(t.steps.filter((s) => s.kind === 'line')).toHaveLength(13 + 3);
    expect(t.steps.filter((s) => s.kind === 'call')).toHaveLength(5);
    expect(t.steps.length).toBe(13 + 3 + 5 + 1);
    expect(t.truncated).toBeNull();
  });

  it("has the counts the simulator's own sys.getrefcount reports (minus its argument)", () => {
    for (const [name, nextLine] of [['r1', 5], ['r2', 7], ['r3', 9], ['r4', 14], ['r5', 17]] as const) {
      const s = nextLine === 17 ? stateAt(t, t.steps.length - 1) : stateAt(t, stepAt(t, nextLine));
      const measured = intOf(s, name);
      const subject = name === 'r5' ? 'x' : 'a';
      // r4 was measured inside f, while p and q[0] also referred to a: both are gone now
      const expected = name === 'r4' ? measured - 1 - 2 : measured - 1;
      expect(named(s, subject).refcnt, name).toBe(expected);
    }
  });

  it('steps inside sys.getrefcount: the argument is one more reference, and the count is fully explained', () => {
    const calls = t.steps.map((s, i) => [s, i] as const).filter(([s]) => s.kind === 'call');
    const answers = ['r1', 'r2', 'r3', 'rf', 'r5'];
    calls.forEach(([step, i], k) => {
      const s = stateAt(t, i);
      const subject = s.objects.get(step.arg!)!;
      // the value getrefcount returned, stored by the program in r1..r5 (rf inside f)
      const after = stateAt(t, i + 1);
      const frame = answers[k] === 'rf' ? 1 : 0;
      expect(subject.refcnt, answers[k]).toBe(intOf(after, answers[k], frame));
      const ex = explainRefcount(s, subject.addr)!;
      expect(ex.complete, `${answers[k]}: ${JSON.stringify(ex.parts)}`).toBe(true);
      expect(ex.parts.some((p) => p.holder.startsWith('the first argument of sys.getrefcount()'))).toBe(true);
    });
  });

  it('shows the frames of a call with their locals', () => {
    const i = stepAt(t, 12, 'f');
    const s = stateAt(t, i);
    expect(s.frames.map((f) => f.name)).toEqual(['<module>', 'f']);
    expect(s.frames[1].vars.map((v) => v.name)).toEqual(['p', 'q', 'rf']);
    const a = named(s, 'a');
    expect(named(s, 'p', 1).addr).toBe(a.addr);
    // the count measured by getrefcount inside f, minus its argument
    expect(a.refcnt).toBe(intOf(s, 'rf', 1) - 1);
  });

  it('labels the references: list slots, dict keys, its own slot', () => {
    const s = stateAt(t, t.steps.length - 1);
    const a = named(s, 'a');
    const c = named(s, 'c');
    expect(c.items).toEqual([a.addr, a.addr]);
    const d = named(s, 'd');
    expect(d.refs.find((r) => r.kind === 'value')).toMatchObject({ label: "['k']", to: a.addr });
    const x = named(s, 'x');
    expect(x.items).toEqual([a.addr, x.addr]);
  });

  it('explains every count at module level completely', () => {
    const s = stateAt(t, t.steps.length - 1);
    for (const name of ['a', 'c', 'd', 'x']) {
      const v = named(s, name);
      const ex = explainRefcount(s, v.addr)!;
      expect(ex.complete, `${name}: ${JSON.stringify(ex.parts)}`).toBe(true);
      expect(ex.parts.reduce((n, p) => n + p.n, 0)).toBe(v.refcnt);
    }
    const holders = explainRefcount(s, named(s, 'a').addr)!.parts.map((p) => p.holder);
    expect(holders).toEqual(expect.arrayContaining([
      "name 'a' in the module (global)", "name 'b' in the module (global)", "['k'] of dict at " + '0x' + named(s, 'd').addr.toString(16),
    ]));
  });

  it("explains a count inside a call completely (the parameter and the frame's function)", () => {
    const s = stateAt(t, stepAt(t, 12, 'f'));
    for (const [name, frame] of [['a', 0], ['f', 0], ['q', 1]] as const) {
      const v = named(s, name, frame);
      const ex = explainRefcount(s, v.addr)!;
      expect(ex.complete, `${name}: ${JSON.stringify(ex)}`).toBe(true);
    }
    const f = named(s, 'f');
    // the caller holds the function it called until the call returns (CALL's stack slot)
    expect(explainRefcount(s, f.addr)!.parts.map((p) => p.holder)).toContain('the function `f`, held by the caller until the call returns (evaluation stack of the module, line 13)');
  });

  it('names constants and the parsed program as holders of a literal', () => {
    const t2 = recordTrace('big = 1000\nimport sys\nr = sys.getrefcount(big)\n');
    const s = stateAt(t2, t2.steps.length - 1);
    const big = named(s, 'big');
    expect(big.refcnt).toBe(intOf(s, 'r') - 1);
    const ex = explainRefcount(s, big.addr)!;
    expect(ex.complete, JSON.stringify(ex)).toBe(true);
  });

  it("names a temporary of the caller's evaluation stack", () => {
    const src = `import sys
def g():
    return 0
a = []
pair = [a, g()]
`;
    const t3 = recordTrace(src);
    const s = stateAt(t3, stepAt(t3, 3, 'g'));
    const a = named(s, 'a');
    const ex = explainRefcount(s, a.addr)!;
    // `a` was evaluated into the list display's stack slot before g() was called
    expect(a.refcnt).toBe(2);
    expect(ex.complete, JSON.stringify(ex.parts)).toBe(true);
    expect(ex.parts.map((p) => p.holder)).toContain('an item of `[a, g()]`, held while the others are computed (evaluation stack of the module, line 5)');
  });
});

describe('cycles and the collector', () => {
  const SRC = `import gc
class Students:
    def __init__(self):
        self.boys = Boys(self)
class Boys:
    def __init__(self, students):
        self.students = students
gc.disable()
students = Students()
students = None
n = gc.collect()
print('collected', n)
`;
  const t = recordTrace(SRC);

  it('shows the cycle as unreachable after students = None, each with one reference', () => {
    const before = stateAt(t, stepAt(t, 10));
    expect(before.unreachable).toEqual([]);
    const after = stateAt(t, stepAt(t, 11));
    expect(after.unreachable).toHaveLength(2);
    const types = after.unreachable.map((a) => after.objects.get(a)!.type).sort();
    expect(types).toEqual(['Boys', 'Students']);
    for (const a of after.unreachable) {
      const v = after.objects.get(a)!;
      expect(v.refcnt).toBe(1);
      expect(explainRefcount(after, a)!.complete).toBe(true);
    }
  });

  it('frees the cycle in gc.collect() exactly when the collector says it collected them', () => {
    const cycle = stateAt(t, stepAt(t, 11)).unreachable;
    const end = stateAt(t, t.steps.length - 1);
    const collected = Number(/collected (\d+)/.exec(outputAt(t, t.steps.length - 1).map((c) => c.text).join(''))![1]);
    const alive = cycle.filter((a) => end.objects.has(a));
    expect(alive.length).toBe(collected >= 2 ? 0 : 2);
    if (collected >= 2) expect(end.unreachable).toEqual([]);
  });
});

describe('recording limits and replay', () => {
  const LOOP = 'total = 0\nfor i in range(100):\n    total += i\nprint(total)\n';

  it('keeps the first N steps and says so; the output is still complete', () => {
    const t = recordTrace(LOOP, { maxSteps: 50 });
    expect(t.steps).toHaveLength(50);
    expect(t.truncated).toEqual({ maxSteps: 50 });
    expect(t.executed).toBeGreaterThan(50);
    expect(t.output.map((c) => c.text).join('')).toBe('4950\n');
  });

  it('rebuilds any step from a keyframe the same as by replaying every step', () => {
    const dense = recordTrace(ALIASES, { keyframeEvery: 3 });
    // the same recording without its later keyframes: every step is replayed from step 0
    const sparse: Trace = { ...dense, keyframes: dense.keyframes.slice(0, 1), keyframeEvery: 1_000_000 };
    for (let i = 0; i < dense.steps.length; i++) {
      const a = stateAt(dense, i);
      const b = stateAt(sparse, i);
      const strip = (s: HeapState) => [...s.objects.values()]
        .map((v) => [v.addr, v.type, v.repr, v.refcnt, v.items, v.refs.map((r) => `${r.label}=${r.to}`)].join('|'))
        .sort();
      expect(strip(b), `step ${i}`).toEqual(strip(a));
    }
  });

  it('gives the output written before each step', () => {
    const t = recordTrace("print('a')\nprint('b')\n");
    expect(outputAt(t, 0)).toEqual([]);
    expect(outputAt(t, 1).map((c) => c.text).join('')).toBe('a\n');
    expect(outputAt(t, 2).map((c) => c.text).join('')).toBe('a\nb\n');
  });

  it('reports an uncaught exception with the state at the failing line', () => {
    const t = recordTrace('a = [1]\nb = a[5]\n');
    expect(t.exitCode).toBe(1);
    expect(t.error).toMatchObject({ type: 'IndexError', lineno: 2 });
    const last = t.steps[t.steps.length - 1];
    expect(last).toMatchObject({ kind: 'end', line: 2 });
    expect(outputAt(t, t.steps.length - 1).some((c) => c.stream === 'err' && c.text.includes('IndexError'))).toBe(true);
  });

  it('traces a SyntaxError without steps, reported as without tracing', () => {
    const t = recordTrace('x = (\n');
    expect(t.steps).toHaveLength(0);
    expect(t.error?.type).toBe('SyntaxError');
  });
});
