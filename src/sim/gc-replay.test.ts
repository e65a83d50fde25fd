/** The collector replay computed from recorded views (used when the collector reports no phases). */
import { describe, expect, it } from 'vitest';
import { recordTrace } from './trace.ts';
import { stateAt } from './trace-replay.ts';
import { collectCall, synthesizeCollection } from './gc-replay.ts';

const SRC = `import gc
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
keep = [1000]
keep.append(keep)
a = b = None
gc.collect()
`;

describe('collector replay from views', () => {
  it('finds gc.collect calls and their generation', () => {
    expect(collectCall('gc.collect()')).toBe(2);
    expect(collectCall('n = gc.collect(0)')).toBe(0);
    expect(collectCall("print(gc.collect( 1 ))")).toBe(1);
    expect(collectCall('collect()')).toBeNull();
  });

  it('subtracts internal references: only the unreachable cycle ends at gc_refs 0', () => {
    const t = recordTrace(SRC);
    const i = t.steps.findIndex((s) => s.line === 11);
    const state = stateAt(t, i);
    expect(state.unreachable).toHaveLength(2);
    const phases = synthesizeCollection(state.objects, state.unreachable, 2);
    expect(phases.map((p) => p.phase)).toEqual(['start', 'update_refs', 'subtract_refs', 'move_unreachable', 'delete_garbage', 'done']);
    const copied = new Map(phases[1].gcRefs);
    for (const [addr, r] of copied) expect(r).toBe(state.objects.get(addr)!.refcnt);
    const subtracted = new Map(phases[2].gcRefs);
    for (const a of state.unreachable) expect(subtracted.get(a)).toBe(0);
    // the self-referencing list named `keep`: its own slot is subtracted, the name is not
    const keep = state.frames[0].vars.find((v) => v.name === 'keep')!.to;
    expect(subtracted.get(keep)).toBe(1);
    expect(phases[3].unreachable.sort()).toEqual([...state.unreachable].sort());
    expect(phases[5].collected).toBe(2);
  });
});
