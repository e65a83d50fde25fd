/** `import`: only the memory-related modules exist; anything else is ModuleNotFoundError. */
import type { PyObject } from '../objects/pyobject.ts';
import { ModuleNotFoundError, moduleType, newObject } from '../objects/core.ts';
import { incref } from '../heap.ts';
import { pyErr } from '../objects/errors.ts';
import { unsupportedModule } from '../objects/unsupported.ts';
import { makeSys } from './sys.ts';
import { makeCtypes } from './ctypes.ts';
import { makeGc } from './gc.ts';
import { makeWeakref } from './weakref.ts';
import { makeLab } from './lab.ts';
import { makeCopy } from './copy.ts';
import { applyImportRefcounts, restoreStaticRefcounts, staticRefcounts } from '../objects/startup.ts';

const factories: Record<string, (m: PyObject) => void> = {
  sys: makeSys,
  ctypes: makeCtypes,
  gc: makeGc,
  weakref: makeWeakref,
  copy: makeCopy,
  // the exercise checks' helper (src/checks); not a CPython module
  lab: makeLab,
};

/** sys.modules of the current run. */
export const loaded = new Map<string, PyObject>();

export function newModule(name: string): PyObject {
  const m = newObject(moduleType, { name });
  m.dict = new Map();
  return m;
}

export function importModule(name: string): PyObject {
  const top = name.split('.')[0];
  let m = loaded.get(top);
  if (m === undefined) {
    const make = factories[top];
    if (make === undefined || name !== top) {
      throw unsupportedModule(name) ?? pyErr(ModuleNotFoundError, `No module named '${name}'`);
    }
    m = newModule(top);
    const saved = staticRefcounts();
    make(m);
    restoreStaticRefcounts(saved);
    loaded.set(top, m);
    applyImportRefcounts(top);
  }
  return incref(m);
}

export function resetModules(): void {
  loaded.clear();
}
