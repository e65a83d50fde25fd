/** `import`: only the memory-related modules exist; anything else is ModuleNotFoundError. */
import type { PyObject } from '../objects/pyobject.ts';
import { ModuleNotFoundError, moduleType, newObject } from '../objects/core.ts';
import { freeLists, gcCount, gcHooks, incref } from '../heap.ts';
import { settleImportCount, settleImportFreeLists, weakrefFilesLoaded } from '../import-count.ts';
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
    // CPython made sys and gc at start-up and builds the others from stdlib files: what the
    // simulator's construction allocates is replaced by CPython's measured effect on the gc
    // count (import-count.ts) and leaves the free lists as CPython's import does
    const count0 = gcCount[0];
    const free = { list: freeLists.list, dict: freeLists.dict, tuple: freeLists.tuple.slice() };
    const hadWeakref = weakrefFilesLoaded();
    m = newModule(top);
    const saved = staticRefcounts();
    // no automatic collection while the simulator builds what CPython had already (sys) or
    // builds otherwise: the count settles below, and may collect then
    const afterAlloc = gcHooks.afterAlloc;
    gcHooks.afterAlloc = null;
    try {
      make(m);
    } finally {
      gcHooks.afterAlloc = afterAlloc;
    }
    restoreStaticRefcounts(saved);
    loaded.set(top, m);
    applyImportRefcounts(top);
    freeLists.list = free.list;
    freeLists.dict = free.dict;
    for (let i = 0; i < free.tuple.length; i++) freeLists.tuple[i] = free.tuple[i];
    const simulated = gcCount[0] - count0;
    settleImportFreeLists(top, hadWeakref);
    settleImportCount(top, simulated);
    if (gcHooks.afterAlloc !== null) gcHooks.afterAlloc();
  }
  return incref(m);
}

export function resetModules(): void {
  loaded.clear();
}
