/**
 * CPython 3.11's start-up reference counts of the shared static objects, measured once by
 * src/tools/measure/startup_refcounts.py (not per program). Every run starts from this state.
 */
import table from './startup_refcounts.json' with { type: 'json' };
import { None, True, False, emptyStr, emptyTuple, smallInt } from './core.ts';
import type { PyObject } from './pyobject.ts';

const singles: Record<string, PyObject> = { None, True, False, empty_str: emptyStr, empty_tuple: emptyTuple };

function target(key: string): PyObject | null {
  if (key in singles) return singles[key];
  const n = Number(key);
  return Number.isInteger(n) && n >= -5 && n <= 256 ? smallInt(n) : null;
}

/** Put the static objects back to their start-up counts (called at the start of every run). */
export function resetStaticRefcounts(): void {
  for (const [k, v] of Object.entries(table.startup as Record<string, number>)) {
    const o = target(k);
    if (o !== null) o.ob_refcnt = v;
  }
}

/** Importing a module written in Python adds references (its code constants) to these objects. */
export function applyImportRefcounts(module: string): void {
  const d = (table.imports as Record<string, Record<string, number>>)[module];
  if (d === undefined) return;
  for (const [k, v] of Object.entries(d)) {
    const o = target(k);
    if (o !== null) o.ob_refcnt += v;
  }
}

const startupKeys = Object.keys(table.startup as Record<string, number>);

/** The start-up objects' counts now (see restoreStaticRefcounts). */
export function staticRefcounts(): number[] {
  return startupKeys.map((k) => target(k)?.ob_refcnt ?? 0);
}

/**
 * Undo the references a module built by the simulator holds to the start-up objects: CPython's
 * own modules are already counted in the measured table (sys exists at start-up; an imported
 * module's references are its measured `imports` delta), so `sys.version_info` must not count twice.
 */
export function restoreStaticRefcounts(saved: number[]): void {
  startupKeys.forEach((k, i) => {
    const o = target(k);
    if (o !== null) o.ob_refcnt = saved[i];
  });
}
