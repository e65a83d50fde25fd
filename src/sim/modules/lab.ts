/**
 * The `lab` helper module of exercise checks, natively: the same API and semantics as
 * src/checks/lab_reference.py (its CPython twin, which validates every exercise under CPython).
 *
 *   refcount(obj)  ob_refcnt without the call's own reference (== sys.getrefcount(obj) - 1)
 *   output()       what the learner's code printed to stdout
 *   alive(cls)     instances of exactly cls alive now (among the objects gc.get_objects() lists)
 *   reachable(obj) obj can be reached from the module's global names
 *   collected()    objects the collector found unreachable while the learner's code ran
 *
 * output() and collected() cover the learner's code only: a checked run (runProgram with
 * `afterSource`) calls labBeginRun() before the learner's code and labEndLearner() before the
 * check, so a check that prints or collects does not change them.
 */
import { PyObject, PyType, Tag } from '../objects/pyobject.ts';
import type { DictEntry } from '../objects/core.ts';
import { newBool, newInt, newStr, RuntimeError, TypeError } from '../objects/core.ts';
import { typeName } from '../objects/abstract.ts';
import { generations } from '../heap.ts';
import { tp_traverse } from '../objects/traverse.ts';
import { pyErr } from '../objects/errors.ts';
import { R } from '../interpreter/frame.ts';
import { gcPhaseHook } from '../trace-hooks.ts';
import type { GcPhaseEvent } from '../trace-types.ts';
import { makeBuiltin, nargs } from './builtins.ts';

/** The measurement window of the current run. */
const window = {
  /** Only a checked run measures; elsewhere output() and collected() have nothing to report. */
  active: false,
  stdout: '',
  frozen: false,
  collected: 0,
};

/** Forget the previous run's window; listen to the collector until the returned function is called. */
export function labBeginRun(): () => void {
  window.active = true;
  window.stdout = '';
  window.frozen = false;
  window.collected = 0;
  const prev = gcPhaseHook.fn;
  const mine = (e: GcPhaseEvent) => {
    if (e.phase === 'done' && !window.frozen) window.collected += e.collected ?? 0;
    prev?.(e);
  };
  gcPhaseHook.fn = mine;
  return () => {
    window.active = false;
    window.stdout = '';
    if (gcPhaseHook.fn === mine) gcPhaseHook.fn = prev;
  };
}

/** Learner stdout, as it is written (the checked run's `out`). */
export function labRecordStdout(text: string): void {
  if (!window.frozen) window.stdout += text;
}

/** The learner's code has ended: output() and collected() stop growing. */
export function labEndLearner(): void {
  window.frozen = true;
}

/**
 * Objects whose references reachable() follows: lists, tuples, dicts, sets and instances of the
 * learner's classes. Classes, functions and modules are not followed: through a method's globals
 * every global name would be reachable, which teaches nothing.
 */
function isFollowed(o: PyObject): boolean {
  const t = o.ob_type;
  if (o instanceof PyType) return false;
  switch (t.tag) {
    case Tag.List:
    case Tag.Tuple:
    case Tag.Dict:
    case Tag.Set:
      return true;
  }
  return t.heap && t.module === '__main__' && t.tag === Tag.Object;
}

function reachable(target: PyObject): boolean {
  const frame = R.frame;
  if (frame === null) return false;
  const stack: PyObject[] = [];
  for (const [k, e] of frame.gmap as Map<unknown, DictEntry>) {
    const name = typeof k === 'string' ? k : '';
    if (name.startsWith('__') || name === 'lab') continue;
    stack.push(e.v);
  }
  const seen = new Set<PyObject>();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current === target) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    if (!isFollowed(current)) continue;
    const cls = current.ob_type;
    tp_traverse(current, (child) => {
      // an instance refers to its class (gc.get_referents lists it): not a path worth following
      if (child !== cls) stack.push(child);
    });
  }
  return false;
}

function needsCheckedRun(name: string): void {
  if (!window.active) throw pyErr(RuntimeError, `lab.${name}() only works while an exercise is being checked`);
}

export function makeLab(m: PyObject): void {
  const put = (name: string, fn: (a: PyObject[]) => PyObject) => m.dict!.set(name, makeBuiltin(name, fn));
  put('refcount', (a) => {
    nargs('refcount', a, 1, 1);
    // the call's argument holds one reference, as sys.getrefcount's does
    return newInt(a[0].ob_refcnt - 1);
  });
  put('output', (a) => {
    nargs('output', a, 0, 0);
    needsCheckedRun('output');
    return newStr(window.stdout);
  });
  put('alive', (a) => {
    nargs('alive', a, 1, 1);
    const cls = a[0];
    if (!(cls instanceof PyType)) throw pyErr(TypeError, `lab.alive() needs a class, not ${typeName(cls)}`);
    let count = 0;
    for (const g of generations) for (const o of g) if (o.ob_type === cls) count++;
    return newInt(count);
  });
  put('reachable', (a) => {
    nargs('reachable', a, 1, 1);
    return newBool(reachable(a[0]));
  });
  put('collected', (a) => {
    nargs('collected', a, 0, 0);
    needsCheckedRun('collected');
    return newInt(window.collected);
  });
}
