/**
 * What `import weakref` / `copy` / `ctypes` / `sys` / `gc` add to gc.get_count() in CPython 3.11.
 *
 * CPython compiles and runs the stdlib files behind these modules (weakref.py, _weakrefset.py,
 * copy.py, ctypes/__init__.py, struct.py...): about 1,300 to 1,700 net gc allocations, enough
 * for two or three automatic collections, while the simulator builds each module from a few
 * objects. `sys` is the opposite: CPython made it at start-up (in the state gc.ts
 * PRECOMPILE_COUNT stands for), the simulator builds its objects at the first import. `gc` is a
 * built-in module CPython creates at its first import (BUILTIN_IMPORTS). The stdlib objects stay alive and are
 * invisible to the programs the course runs, so only the count is modelled: the difference is
 * allocated one by one after the simulator's module is built, each step able to trigger an
 * automatic collection as CPython's allocations do (CPython's import of weakref from a count of
 * 461 runs 2 gen0 collections and ends at 341; allocating its net 1,287 gives 2 and 346).
 *
 * Modules share stdlib files, so the net count is kept per block of files (measured with
 * src/tools/measure/gc_count_deltas.py and by importing the modules two by two in both orders,
 * collector disabled): weakref = shared + weakrefOnly = 1,287, ctypes = shared + ctypesOnly =
 * 1,674, copy = shared + weakrefOnly + copyOnly = 1,395; a block already imported adds nothing
 * (copy after weakref: 101 measured, 108 modelled; ctypes after weakref: 993 / 969).
 */
import { freeLists, gcAllocatedUnseen, gcCount, gcFreedUnseen, gcHooks } from './heap.ts';

const BLOCKS = { shared: 705, weakrefOnly: 582, ctypesOnly: 969, copyOnly: 108 };
type Block = keyof typeof BLOCKS;

/** The stdlib blocks each importable module loads, in order. */
const MODULE_BLOCKS: Record<string, Block[]> = {
  weakref: ['shared', 'weakrefOnly'],
  copy: ['shared', 'weakrefOnly', 'copyOnly'],
  ctypes: ['shared', 'ctypesOnly'],
};

/** Modules CPython had before the program started. */
const PREIMPORTED = new Set(['sys']);

/**
 * Built-in modules CPython creates at their first import: net gc allocations (the module, its
 * dict, its functions, the import system's spec...). Measured with gdb: gen0 count at the
 * `import gc` call (PyImport_ImportModuleLevelObject) and at the next statement, 428 → 448.
 */
const BUILTIN_IMPORTS: Record<string, number> = { gc: 20 };
const importedBuiltins = new Set<string>();

const loadedBlocks = new Set<Block>();

/** Per-run reset. */
export function resetImportCount(): void {
  loadedBlocks.clear();
  importedBuiltins.clear();
}

/** CPython's net gc allocations for the first import of `module` in this run. */
export function importAllocations(module: string): number {
  if (module in BUILTIN_IMPORTS) return importedBuiltins.has(module) ? 0 : BUILTIN_IMPORTS[module];
  const blocks = MODULE_BLOCKS[module];
  if (blocks === undefined) return 0;
  let n = 0;
  for (const b of blocks) if (!loadedBlocks.has(b)) n += BLOCKS[b];
  return n;
}

/**
 * Called once the simulator has built `module` for its first import in the run, with the gc
 * allocations that took (`simulated`): brings gc.get_count() to where CPython's import leaves it.
 */
export function settleImportCount(module: string, simulated: number): void {
  if (!(module in MODULE_BLOCKS) && !(module in BUILTIN_IMPORTS) && !PREIMPORTED.has(module)) return; // not a CPython module (lab)
  const extra = importAllocations(module) - simulated;
  if (module in BUILTIN_IMPORTS) importedBuiltins.add(module);
  for (const b of MODULE_BLOCKS[module] ?? []) loadedBlocks.add(b);
  if (extra < 0) {
    gcCount[0] = Math.max(0, gcCount[0] + extra);
    return;
  }
  for (let i = 0; i < extra; i++) {
    gcCount[0]++;
    if (gcHooks.afterAlloc !== null) gcHooks.afterAlloc();
  }
}

/**
 * The list and dict free lists after CPython's first import of a stdlib-file module. Running
 * the module's files frees and reuses lists and dicts; measured by taking lists and dicts one by
 * one after the import, from two starting points (3 lists and 7 dicts free, and 19 and 20):
 * the dicts end at a fixed number whatever the start, the lists lose `take` and keep at most
 * `cap` (weakref: 3 → 1, 19 → 9; copy: 3 → 0, 19 → 3; ctypes: 3 → 2, 19 → 2; copy after
 * weakref: 1 → 0, 9 → 3).
 */
const IMPORT_FREE_LISTS: Record<string, { take: number; cap: number; dicts: number }> = {
  weakref: { take: 2, cap: 9, dicts: 4 },
  copy: { take: 3, cap: 3, dicts: 5 },
  'copy after weakref': { take: 1, cap: 3, dicts: 5 },
  ctypes: { take: 1, cap: 2, dicts: 7 },
};

/**
 * Called after settleImportCount's module was built, with the free lists restored to what they
 * were before the simulator built it (its construction is not CPython's): leaves them as
 * CPython's import does. `hadWeakref`: weakref's files were already imported in this run.
 */
export function settleImportFreeLists(module: string, hadWeakref: boolean): void {
  if (module === 'gc') {
    // CPython's first `import gc` keeps a list and a dict and has at most 2 tuples of 1, 2 and 3
    // items and 3 dicts alive at once (gdb: count and numfree at the import call and at the next
    // statement, with each free list emptied beforehand by objects the program keeps)
    const taken = ['tuple1', 'tuple1', 'tuple2', 'tuple2', 'tuple3', 'tuple3', 'dict', 'dict', 'dict', 'list'] as const;
    for (const t of taken) gcAllocatedUnseen(t === 'dict' || t === 'list' ? t : 'tuple', t.startsWith('tuple') ? Number(t[5]) : 0);
    for (const t of taken.slice(0, 8)) gcFreedUnseen(t === 'dict' ? t : 'tuple', t.startsWith('tuple') ? Number(t[5]) : 0);
    return;
  }
  const rule = IMPORT_FREE_LISTS[module === 'copy' && hadWeakref ? 'copy after weakref' : module];
  if (rule === undefined) return;
  freeLists.list = Math.min(Math.max(0, freeLists.list - rule.take), rule.cap);
  freeLists.dict = rule.dicts;
}

/** Has this run imported weakref's stdlib files (weakref.py, _weakrefset.py) yet? */
export function weakrefFilesLoaded(): boolean {
  return loadedBlocks.has('weakrefOnly');
}
