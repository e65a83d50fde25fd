/** `weakref` is the collector wave's module; importing it works so programs get that far. */
import type { PyObject } from '../objects/pyobject.ts';
import { NotImplementedError } from '../objects/core.ts';
import { pyErr } from '../objects/errors.ts';
import { makeBuiltin } from './builtins.ts';

export function makeWeakref(m: PyObject): void {
  for (const name of ['ref', 'finalize', 'WeakValueDictionary', 'WeakKeyDictionary', 'proxy', 'WeakSet']) {
    m.dict!.set(name, makeBuiltin(name, () => {
      throw pyErr(NotImplementedError, `weakref.${name} is not supported by the simulator yet`);
    }));
  }
}
