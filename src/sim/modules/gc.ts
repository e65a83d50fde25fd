/** The `gc` module (minimal; the collector wave extends it). */
import { PyObject } from '../objects/pyobject.ts';
import { None, newBool, newInt, newList, newTuple } from '../objects/core.ts';
import { incref, generations } from '../heap.ts';
import { truthy } from '../objects/abstract.ts';
import { collect, gcState } from '../gc.ts';
import { gcCount } from '../heap.ts';
import { makeBuiltin, nargs } from './builtins.ts';

export function makeGc(m: PyObject): void {
  const put = (name: string, fn: (a: PyObject[]) => PyObject) => m.dict!.set(name, makeBuiltin(name, fn));
  put('collect', (a) => newInt(collect(a.length ? Number(a[0].v) : 2)));
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
    return newBool(a[0].gc !== null && a[0].gc.tracked);
  });
  put('get_count', () => newTuple(gcCount.map((c) => newInt(c))));
  put('get_threshold', () => newTuple(gcState.thresholds.map((c) => newInt(c))));
  put('set_threshold', (a) => {
    a.forEach((x, i) => {
      gcState.thresholds[i] = Number(x.v);
    });
    return incref(None);
  });
  put('get_objects', () => {
    const out: PyObject[] = [];
    for (const g of generations) for (const o of g) out.push(incref(o));
    return newList(out);
  });
  put('set_debug', (a) => {
    gcState.debug = Number(a[0].v);
    return incref(None);
  });
  put('get_debug', () => newInt(gcState.debug));
  m.dict!.set('garbage', newList([]));
  m.dict!.set('callbacks', newList([]));
  for (const [k, v] of [['DEBUG_STATS', 1], ['DEBUG_COLLECTABLE', 2], ['DEBUG_UNCOLLECTABLE', 4], ['DEBUG_SAVEALL', 32], ['DEBUG_LEAK', 38]] as const) {
    m.dict!.set(k, newInt(v));
  }
  void truthy;
}
