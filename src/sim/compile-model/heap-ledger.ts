/**
 * The ledger that applies the compiler model's objects to the simulator's heap: its free lists
 * and gc.get_count(), with CPython's automatic collection when an allocation takes the count
 * past the threshold (as `_PyObject_GC_Link` does while CPython compiles).
 */
import { gcAllocatedUnseen, gcFreedUnseen, gcHooks } from '../heap.ts';
import type { GcBlock, GcKind, GcLedger } from './ledger.ts';

export class HeapLedger implements GcLedger {
  alloc(kind: GcKind, n = 0): GcBlock {
    if (gcAllocatedUnseen(kind, n) && gcHooks.afterAlloc !== null) gcHooks.afterAlloc();
    return { kind, n };
  }
  free(b: GcBlock): void {
    gcFreedUnseen(b.kind, b.n);
  }
}
