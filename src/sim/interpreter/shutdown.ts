/**
 * The order in which interpreter shutdown calls `__del__` on what __main__'s globals hold.
 *
 * CPython 3.11 (Py_FinalizeEx): PyGC_Collect() runs while __main__ is alive, then
 * finalize_modules drops __main__ from sys.modules and _PyGC_CollectNoFail() finds the module's
 * dict and everything only it held unreachable: their finalizers run in the collector's list
 * order. That order is the one the first collection's move_unreachable left: the young list is
 * gen2 + gen0 + gen1 (gc_list_merge order) and the root of everything, sys.modules, sits in gen1
 * ahead of what the program promoted there. Objects scanned before the root reaches them were
 * tentatively unreachable and are appended to the list's end as they are visited (dicts in order,
 * lists last item first, instances attribute by attribute); objects not scanned yet stay put.
 * The simulator's collector keeps CPython's list order, so replaying that scan on a snapshot of
 * the lists gives the finalization order.
 */
import type { PyObject } from '../objects/pyobject.ts';
import { mainModule, trackedObjects, traverse } from '../gc.ts';

export interface ExitSnapshot {
  /** gen2, gen0, gen1: the young list of the exit collection. */
  young: PyObject[];
  /** Where gen1 starts: sys.modules (and so the module dict) is reached there. */
  rootAt: number;
  /** Where gen0 starts. */
  gen0At: number;
}

/** The lists as the exit collection (PyGC_Collect, before finalize_modules) merges them. */
export function snapshotExitLists(): ExitSnapshot {
  const g2 = trackedObjects(2);
  const g0 = trackedObjects(0);
  const g1 = trackedObjects(1);
  return { young: [...g2, ...g0, ...g1], rootAt: g2.length + g0.length, gen0At: g2.length };
}

/**
 * Replays move_unreachable (with the module dict `globals` reachable only from the root) over
 * the objects of `snap` still alive, and returns the reachable ones in the resulting list order.
 */
export function exitFinalizationOrder(snap: ExitSnapshot, globals: PyObject): PyObject[] {
  const alive = (o: PyObject) => o.ob_refcnt > 0 && o.gc !== null;
  const order: (PyObject | null)[] = [];
  const index = new Map<PyObject, number>();
  let rootAt = -1;
  let gen0At = -1;
  for (let i = 0; i < snap.young.length; i++) {
    if (i === snap.rootAt) rootAt = order.length;
    if (i === snap.gen0At) gen0At = order.length;
    const o = snap.young[i];
    if (!alive(o) || index.has(o)) continue;
    index.set(o, order.length);
    order.push(o);
  }
  if (rootAt < 0) rootAt = order.length;
  if (gen0At < 0) gen0At = order.length;
  // update_refs + subtract_refs: references from outside the young list
  const refs = new Map<PyObject, number>();
  for (const o of order as PyObject[]) refs.set(o, o.ob_refcnt);
  for (const o of order as PyObject[]) {
    traverse(o, (c) => {
      const r = refs.get(c);
      if (r !== undefined) refs.set(c, r - 1);
    });
  }
  // The dict is reached through the module object (its reference to the dict is internal), and the
  // module through sys.modules. While both are in gen0 they precede sys.modules (gen1): the module
  // is reached when the scan gets to gen1. After a full collection moved the module (see
  // gc.ts mainModule), it is reached right after the object it follows. Otherwise sys.modules
  // comes first and the dict is reachable where it stands.
  const gi = snap.young.indexOf(globals);
  const inGen0 = gi < 0 || (gi >= snap.gen0At && gi < snap.rootAt);
  const after = mainModule.moved && mainModule.after !== null ? mainModule.after : null;
  if (after !== null) {
    const ai = index.get(after);
    if (ai !== undefined) rootAt = ai + 1;
    else rootAt = gen0At; // what it followed is gone: the end of gen2 is the best guess
  }
  const viaRoot = inGen0 || after !== null;
  if (viaRoot && refs.has(globals)) refs.set(globals, 0);
  const scanned = new Set<PyObject>();
  const tentative = new Set<PyObject>();
  const visit = (c: PyObject) => {
    const r = refs.get(c);
    if (r === undefined) return;
    if (tentative.has(c)) {
      tentative.delete(c);
      scanned.delete(c);
      order[index.get(c)!] = null;
      index.set(c, order.length);
      order.push(c);
      refs.set(c, 1);
    } else if (!scanned.has(c) && r <= 0) refs.set(c, 1);
  };
  for (let i = 0; i <= order.length; i++) {
    if (i === rootAt && viaRoot) {
      // an untracked module dict is not in the list: what it holds is reached right there
      if (refs.has(globals)) visit(globals);
      else traverse(globals, visit);
    }
    if (i === order.length) break;
    const o = order[i];
    if (o === null || scanned.has(o)) continue;
    scanned.add(o);
    if (refs.get(o)! > 0) traverse(o, visit);
    else tentative.add(o);
  }
  const out: PyObject[] = [];
  for (const o of order) if (o !== null && !tentative.has(o)) out.push(o);
  return out;
}
