/**
 * The counts of the static objects (small ints, None, True, False, '', (), the one-character
 * strings, the built-in types), explained. Their ob_refcnt is mostly made of references the
 * learner never sees: CPython 3.11's start-up references (measured once by
 * src/tools/measure/startup_refcounts.py, the table the simulator starts every run from), the
 * modules a program imports (measured the same way), and what the run set up before its first
 * line (the compiled program: the syntax tree's literals, co_consts; the module's `__doc__`...).
 *
 * The last part is counted, not assumed: at the first statement, each static object's count minus
 * the measured start-up count minus the references the explanation lists then (code constants,
 * module dunders). From then on every change must come from a holder the explanation lists, or the
 * explanation does not add up (and the tests say so).
 */
import table from './objects/startup_refcounts.json' with { type: 'json' };
import {
  None, True, False, NotImplemented, EllipsisObj, emptyStr, emptyTuple, smallInt, latin1Char, allTypes, STATIC_REFCNT,
} from './objects/core.ts';
import { Tag } from './objects/pyobject.ts';
import type { PyObject } from './objects/pyobject.ts';
import type { OutsideRef } from './trace-types.ts';
import { builtinsMap } from './modules/builtins.ts';

/** The simulator's built-in functions are allocated once per process with this count (never freed). */
export const BUILTIN_BASE = 1_000_000;
export const BUILTIN_PART: OutsideRef = {
  why: 'its allocation: the simulator makes each built-in function once, with a count of 1,000,000 that never reaches 0',
  n: BUILTIN_BASE,
};

/** Where a static object's count started, for one run. */
export interface StartCount {
  /** The measured start-up count (table), or null for statics the table does not list. */
  measured: number | null;
  /** Static objects whose count starts at 999,999,999 (small ints, '', (), one-char strings). */
  staticBase: boolean;
  /** A built-in function of the builtins module (its count starts at BUILTIN_BASE). */
  builtin: boolean;
  /** References added before the first line that the explanation does not list otherwise. */
  setup: number;
}

const startup = table.startup as Record<string, number>;
const imports = table.imports as Record<string, Record<string, number>>;

/** The static objects and their keys in the table. */
function staticObjects(): [PyObject, string | null][] {
  const out: [PyObject, string | null][] = [
    [None, 'None'], [True, 'True'], [False, 'False'], [emptyStr, 'empty_str'], [emptyTuple, 'empty_tuple'],
    [NotImplemented, null], [EllipsisObj, null],
  ];
  for (let i = -5; i <= 256; i++) out.push([smallInt(i), String(i)]);
  for (let c = 0; c < 256; c++) if (latin1Char(c) !== emptyStr) out.push([latin1Char(c), null]);
  for (const t of allTypes) out.push([t, null]);
  return out;
}

const KEYS = new Map<PyObject, string>();

/**
 * Measure the start of a run, at its first statement. `listed(o)`: what the explanation lists for
 * `o` at that moment (besides the start counts themselves).
 */
export function measureStart(listed: (o: PyObject) => number): Map<PyObject, StartCount> {
  const m = new Map<PyObject, StartCount>();
  for (const [o, key] of staticObjects()) {
    if (key !== null) KEYS.set(o, key);
    const measured = key !== null && key in startup ? startup[key] : null;
    // None, True and False are listed with their whole count; the others start at 999,999,999
    const staticBase = o !== None && o !== True && o !== False;
    const base = measured ?? (staticBase ? STATIC_REFCNT : 0);
    m.set(o, { measured, staticBase, builtin: false, setup: o.ob_refcnt - base - listed(o) });
  }
  for (const o of builtinsMap.values()) {
    if (m.has(o) || o.ob_refcnt < BUILTIN_BASE || o.ob_type.tag !== Tag.Builtin) continue;
    m.set(o, { measured: null, staticBase: false, builtin: true, setup: o.ob_refcnt - BUILTIN_BASE - listed(o) });
  }
  return m;
}

/** The parts of a static object's count that no drawn holder explains. */
export function startParts(o: PyObject, s: StartCount, imported: Iterable<string>): OutsideRef[] {
  const out: OutsideRef[] = [];
  if (s.builtin) out.push(BUILTIN_PART);
  if (s.staticBase) out.push({ why: 'its static allocation (CPython 3.11 starts the count of a static object at 999,999,999)', n: STATIC_REFCNT });
  if (s.measured !== null) {
    const n = s.measured - (s.staticBase ? STATIC_REFCNT : 0);
    if (n !== 0) out.push({ why: "CPython 3.11's own references at start-up (measured: src/tools/measure/startup_refcounts.py)", n });
  }
  const key = KEYS.get(o);
  if (key !== undefined) {
    for (const m of imported) {
      const d = imports[m]?.[key];
      if (d !== undefined && d !== 0) out.push({ why: `the import of ${m} (its modules' code constants; measured)`, n: d });
    }
  }
  if (s.setup !== 0) {
    out.push({
 why: s.measured !== null || s.staticBase || s.builtin
        ? "this run's set-up before the first line (the compiled program's syntax tree and the interpreter's tables)"
        : 'the interpreter, when the program started (its modules, types and tables)',
      n: s.setup,
    });
  }
  return out;
}
