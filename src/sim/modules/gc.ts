/** The `gc` module (Modules/gcmodule.c's Python API) over the collector in ../gc.ts. */
import { checkDeadline } from '../interpreter/step-budget.ts';
import { PyObject } from '../objects/pyobject.ts';
import type { DictEntry } from '../objects/core.ts';
import { None, ValueError, newBool, newDict, newInt, newList, newStr, newTuple } from '../objects/core.ts';
import { decref, gcCount, incref, permanent } from '../heap.ts';
import { callHook } from '../trace-hooks.ts';
import { callObject, repr, runtime } from '../objects/abstract.ts';
import { pyErr, typeErr } from '../objects/errors.ts';
import {
  DEBUG_COLLECTABLE, DEBUG_LEAK, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE, collect, freeze, gcState, isTracked,
  referents, referrers, trackedObjects, unfreeze,
} from '../gc.ts';
import { makeBuiltin, nargs, output } from './builtins.ts';

function intArg(o: PyObject, fn: string): number {
  if (typeof o.v !== 'number' && typeof o.v !== 'bigint') throw typeErr(`'${o.ob_type.name}' object cannot be interpreted as an integer`);
  void fn;
  return Number(o.v);
}

/** METH_VARARGS functions receive their arguments as a tuple, which is a (counted) allocation. */
function varargsTuple(a: PyObject[]): void {
  if (a.length > 0) decref(newTuple(a.map((x) => incref(x))));
}

function strDict(entries: [string, number][]): PyObject {
  const m = new Map<unknown, DictEntry>();
  for (const [k, v] of entries) m.set(k, { k: newStr(k), v: newInt(v) });
  return newDict(m);
}

/** invoke_gc_callback: each callback gets (phase, info); errors are unraisable. */
function invokeCallbacks(phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number): void {
  const cbs = gcState.callbacks;
  if (cbs === null || (cbs.v as PyObject[]).length === 0) return;
  const info = strDict([['generation', generation], ['collected', collected], ['uncollectable', uncollectable]]);
  for (let i = 0; i < (cbs.v as PyObject[]).length; i++) {
    const cb = incref((cbs.v as PyObject[])[i]);
    try {
      decref(callObject(cb, [newStr(phase), incref(info)], null));
    } catch (e) {
      if (e instanceof PyObject) runtime.unraisable(e, `Exception ignored in: ${repr(cb)}`);
      else throw e;
    } finally {
      decref(cb);
    }
  }
  decref(info);
}

export function makeGc(m: PyObject): void {
  const put = (name: string, fn: (a: PyObject[], kw: Map<string, PyObject> | null) => PyObject) =>
    m.dict!.set(name, makeBuiltin(name, fn));
  gcState.invokeCallbacks = invokeCallbacks;
  gcState.debugWrite = (s) => output.write('err', s);

  put('collect', (a, kw) => {
    nargs('collect', a, 0, 1);
    checkDeadline();
    const g = a.length ? a[0] : kw?.get('generation');
    const gen = g === undefined ? 2 : intArg(g, 'collect');
    if (gen < 0 || gen > 2) throw pyErr(ValueError, 'invalid generation');
    return newInt(collect(gen));
  });
  put('disable', () => {
    gcState.enabled = false;
    return incref(None);
  });
  put('enable', () => {
    gcState.enabled = true;
    return incref(None);
  });
  put('isenabled', () => newBool(gcState.enabled));
  put('is_tracked', (a) => {
    nargs('is_tracked', a, 1, 1);
    return newBool(isTracked(a[0]));
  });
  put('is_finalized', (a) => {
    nargs('is_finalized', a, 1, 1);
    return newBool(a[0].gc !== null && a[0].gc.finalized);
  });
  put('get_count', (a) => {
    nargs('get_count', a, 0, 0);
    if (callHook.fn !== null) callHook.fn('gc.get_count', a);
    const c = gcCount.map((x) => newInt(x));
    return newTuple(c);
  });
  put('get_threshold', (a) => {
    nargs('get_threshold', a, 0, 0);
    return newTuple(gcState.thresholds.map((c) => newInt(c)));
  });
  put('set_threshold', (a) => {
    varargsTuple(a);
    if (a.length < 1 || a.length > 3) {
      throw typeErr(a.length < 1 ? 'set_threshold expected at least 1 argument, got 0' : `set_threshold expected at most 3 arguments, got ${a.length}`);
    }
    a.forEach((x, i) => {
      gcState.thresholds[i] = intArg(x, 'set_threshold');
    });
    return incref(None);
  });
  put('get_objects', (a, kw) => {
    nargs('get_objects', a, 0, 1);
    const g = a.length ? a[0] : kw?.get('generation');
    let gen: number | null = null;
    if (g !== undefined && g !== None) {
      gen = intArg(g, 'get_objects');
      if (gen >= 3) throw pyErr(ValueError, 'generation parameter must be less than the number of available generations (3)');
      if (gen < 0) throw pyErr(ValueError, 'generation parameter cannot be negative');
    }
    const objs = trackedObjects(gen).map((o) => incref(o));
    return newList(objs);
  });
  put('get_stats', (a) => {
    nargs('get_stats', a, 0, 0);
    const snap = gcState.stats.map((s) => ({ ...s }));
    return newList(snap.map((s) => strDict([['collections', s.collections], ['collected', s.collected], ['uncollectable', s.uncollectable]])));
  });
  put('get_referents', (a) => (varargsTuple(a), newList(a.flatMap((o) => referents(o)).map((o) => incref(o)))));
  put('get_referrers', (a) => {
    varargsTuple(a);
    const result = newList([]);
    const found = referrers(a, result);
    (result.v as PyObject[]).push(...found.map((o) => incref(o)));
    return result;
  });
  put('freeze', () => {
    freeze();
    return incref(None);
  });
  put('unfreeze', () => {
    unfreeze();
    return incref(None);
  });
  put('get_freeze_count', () => newInt(permanent.size));
  put('set_debug', (a) => {
    nargs('set_debug', a, 1, 1);
    gcState.debug = intArg(a[0], 'set_debug');
    return incref(None);
  });
  put('get_debug', () => newInt(gcState.debug));

  // the interpreter-wide lists live in the collector's state (gcstate->garbage, ->callbacks)
  if (gcState.garbage === null) gcState.garbage = newList([]);
  if (gcState.callbacks === null) gcState.callbacks = newList([]);
  m.dict!.set('garbage', incref(gcState.garbage));
  m.dict!.set('callbacks', incref(gcState.callbacks));
  const consts: [string, number][] = [
    ['DEBUG_STATS', DEBUG_STATS], ['DEBUG_COLLECTABLE', DEBUG_COLLECTABLE], ['DEBUG_UNCOLLECTABLE', DEBUG_UNCOLLECTABLE],
    ['DEBUG_SAVEALL', DEBUG_SAVEALL], ['DEBUG_LEAK', DEBUG_LEAK],
  ];
  for (const [k, v] of consts) m.dict!.set(k, newInt(v));
}
