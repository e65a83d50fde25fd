/**
 * The phases of a collection computed from the recorded views, for runs whose collector reports
 * no phase events (src/sim/trace-hooks.ts `gcPhaseHook`). Same arithmetic as gcmodule.c on the
 * objects the learner sees: gc_refs = ob_refcnt (update_refs), minus one per reference from
 * another object of the collected generations (subtract_refs); the unreachable set is the one
 * the snapshot already found exactly (move_unreachable). Tracked objects not drawn (interpreter
 * internals) are left out, so a drawn object they refer to may show a gc_refs one higher than the
 * collector's; it is reachable either way.
 */
import type { GcStepInfo, ObjView } from './trace-types.ts';
import { eachListedRef } from './trace-replay.ts';

const COLLECT = /\bgc\s*\.\s*collect\s*\(\s*([012]?)\s*\)/;

/** The generation a source line collects with `gc.collect(...)`, or null. */
export function collectCall(line: string): number | null {
  const m = COLLECT.exec(line);
  if (m === null) return null;
  return m[1] === '' ? 2 : Number(m[1]);
}

export function synthesizeCollection(views: Map<number, ObjView>, unreachable: number[], generation: number): GcStepInfo[] {
  const members = [...views.values()].filter((v) => v.tracked && v.generation !== null && v.generation >= 0 && v.generation <= generation);
  const inSet = new Set(members.map((v) => v.addr));
  for (const a of unreachable) inSet.add(a);
  const all = [...inSet].map((a) => views.get(a)).filter((v): v is ObjView => v !== undefined);
  const base = { generation, synthesized: true };
  const refs = new Map(all.map((v) => [v.addr, v.refcnt]));
  const copied: [number, number][] = [...refs];
  for (const v of all) {
    eachListedRef(v, (_l, _k, to) => {
      const r = refs.get(to);
      if (r !== undefined) refs.set(to, r - 1);
    });
  }
  const subtracted: [number, number][] = [...refs];
  const un = unreachable.filter((a) => inSet.has(a));
  // after move_unreachable, CPython marks reachable objects' gc_refs as "reachable" (1 here)
  const moved: [number, number][] = subtracted.map(([a, r]) => [a, un.includes(a) ? 0 : Math.max(r, 1)]);
  return [
    { ...base, phase: 'start', gcRefs: [], unreachable: [] },
    { ...base, phase: 'update_refs', gcRefs: copied, unreachable: [] },
    { ...base, phase: 'subtract_refs', gcRefs: subtracted, unreachable: [] },
    { ...base, phase: 'move_unreachable', gcRefs: moved, unreachable: un },
    { ...base, phase: 'delete_garbage', gcRefs: moved, unreachable: un },
    { ...base, phase: 'done', gcRefs: [], unreachable: un, collected: un.length, uncollectable: 0 },
  ];
}
