/**
 * Where the compiler model (compile-model/) reports the gc objects CPython 3.11's compiler
 * allocates and frees. Only their kind matters to gc.get_count(): a list, a dict or a tuple of
 * 1..19 items comes from its free list when one is saved there and goes back onto it (no count
 * change); anything else, or a free list empty at allocation / full at deallocation, moves the
 * count (heap.ts gcAllocatedUnseen / gcFreedUnseen).
 */
export type GcKind = 'list' | 'dict' | 'tuple' | 'other';

/** One gc object of the compiler's: its kind and, for a tuple, its length. */
export interface GcBlock {
  readonly kind: GcKind;
  readonly n: number;
}

export interface GcLedger {
  alloc(kind: GcKind, n?: number): GcBlock;
  free(block: GcBlock): void;
}

const EMPTY_TUPLE: GcBlock = { kind: 'tuple', n: 0 };

/** Allocation helpers shared by the model's files. */
export function tupleOf(ledger: GcLedger, n: number): GcBlock {
  // the empty tuple is a singleton: no allocation
  return n === 0 ? EMPTY_TUPLE : ledger.alloc('tuple', n);
}

export function freeAll(ledger: GcLedger, blocks: readonly GcBlock[]): void {
  for (let i = blocks.length - 1; i >= 0; i--) if (blocks[i] !== EMPTY_TUPLE) ledger.free(blocks[i]);
}

/**
 * A ledger that only records (tests, calibration): for each free-listed kind the highest number
 * of its objects alive at once, and how many are alive at the end.
 */
export class RecordingLedger implements GcLedger {
  readonly alive = new Map<string, number>();
  readonly peak = new Map<string, number>();
  events: string[] = [];
  alloc(kind: GcKind, n = 0): GcBlock {
    const k = kind === 'tuple' ? `tuple${n}` : kind;
    const a = (this.alive.get(k) ?? 0) + 1;
    this.alive.set(k, a);
    if (a > (this.peak.get(k) ?? 0)) this.peak.set(k, a);
    this.events.push(`+${k}`);
    return { kind, n };
  }
  free(b: GcBlock): void {
    const k = b.kind === 'tuple' ? `tuple${b.n}` : b.kind;
    this.alive.set(k, (this.alive.get(k) ?? 0) - 1);
    this.events.push(`-${k}`);
  }
}
