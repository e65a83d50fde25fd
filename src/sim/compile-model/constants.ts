/**
 * The compiler's constants and its constant cache (CPython 3.11 Python/compile.c
 * `merge_consts_recursive`, `merge_const_one`; Objects/codeobject.c `_PyCode_ConstantKey`).
 *
 * Every constant a code object keeps goes through `c_const_cache`, a dict from a constant's key to
 * itself, so equal constants of different code objects become one object. A key is the constant
 * itself for None, Ellipsis, int, str and code objects, and a new tuple otherwise: (type, value)
 * for bool, bytes, float and complex, (tuple of the items' keys, value) for a tuple,
 * (frozenset of the items' keys, value) for a frozenset. Those tuples live until the compiler
 * ends, so they are what the cache adds to gc.get_count(); a key found already cached is freed
 * at once.
 */
import { freeAll, tupleOf } from './ledger.ts';
import type { GcBlock, GcLedger } from './ledger.ts';

export type ConstValue =
  | { readonly t: 'None' }
  | { readonly t: 'Ellipsis' }
  | { readonly t: 'int'; readonly v: bigint }
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'float'; readonly v: number }
  | { readonly t: 'bool'; readonly v: boolean }
  | { readonly t: 'bytes'; readonly v: string }
  | { readonly t: 'complex'; readonly re: number; readonly im: number }
  | { readonly t: 'tuple'; readonly items: readonly ConstValue[] }
  | { readonly t: 'frozenset'; readonly items: readonly ConstValue[] }
  | { readonly t: 'code'; readonly id: string; readonly qualname: string };

export const NONE: ConstValue = { t: 'None' };

function floatText(v: number): string {
  return Object.is(v, -0) ? '-0.0' : Number.isInteger(v) && Math.abs(v) < 1e16 ? `${v}.0` : String(v);
}

/** A canonical text of a constant's key: equal texts, equal keys (so, one cached constant). */
export function keyText(c: ConstValue): string {
  switch (c.t) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'int': return `int:${c.v}`;
    case 'str': return `str:${JSON.stringify(c.v)}`;
    case 'float': return `float:${floatText(c.v)}`;
    case 'bool': return `bool:${c.v ? 'True' : 'False'}`;
    case 'bytes': return `bytes:${c.v}`;
    case 'complex': return `complex:${floatText(c.re)},${floatText(c.im)}`;
    case 'tuple': return `(${c.items.map(keyText).join(',')}${c.items.length === 1 ? ',)' : ')'}`;
    case 'frozenset': return `frozenset(${c.items.map(keyText).sort().join(',')})`;
    case 'code': return `code:${c.id}`;
  }
}

/** keyText, with a code object shown by its qualified name (as CPython's co_qualname). */
export function displayText(c: ConstValue): string {
  switch (c.t) {
    case 'code': return `code:${c.qualname}`;
    case 'tuple': return `(${c.items.map(displayText).join(',')}${c.items.length === 1 ? ',)' : ')'}`;
    case 'frozenset': return `frozenset(${c.items.map(displayText).sort().join(',')})`;
    default: return keyText(c);
  }
}

/** Whether a constant's key is a tuple the cache allocates (not the constant itself). */
function keyIsTuple(c: ConstValue): boolean {
  return !(c.t === 'None' || c.t === 'Ellipsis' || c.t === 'int' || c.t === 'str' || c.t === 'code');
}

/** _PyCode_ConstantKey: the gc objects a key allocates, in order (the key owns them all). */
function constantKey(ledger: GcLedger, c: ConstValue, out: GcBlock[]): void {
  if (!keyIsTuple(c)) return;
  switch (c.t) {
    case 'float':
      out.push(ledger.alloc('tuple', Object.is(c.v, -0) ? 3 : 2));
      return;
    case 'complex': {
      const negZero = (x: number) => Object.is(x, -0);
      out.push(ledger.alloc('tuple', negZero(c.re) || negZero(c.im) ? 3 : 2));
      return;
    }
    case 'tuple': {
      out.push(tupleOf(ledger, c.items.length));
      for (const item of c.items) constantKey(ledger, item, out);
      out.push(ledger.alloc('tuple', 2));
      return;
    }
    case 'frozenset': {
      // the items' keys go into a tuple, the tuple into a frozenset, and the tuple is freed
      const items = tupleOf(ledger, c.items.length);
      for (const item of c.items) constantKey(ledger, item, out);
      out.push(ledger.alloc('other'));
      freeAll(ledger, [items]);
      out.push(ledger.alloc('tuple', 2));
      return;
    }
    default:
      out.push(ledger.alloc('tuple', 2));
  }
}

/** The compiler's constant cache, `c_const_cache`. */
export class ConstCache {
  private readonly keys = new Map<string, GcBlock[]>();
  constructor(private readonly ledger: GcLedger) {}

  /** How many keys are cached (a merge that finds its key cached leaves it unchanged). */
  get size(): number {
    return this.keys.size;
  }

  /**
   * merge_consts_recursive: caches `c` (and a tuple's or frozenset's items); a key already
   * cached is freed. Returns the key text the unit's u_consts dict is indexed by.
   */
  mergeRecursive(c: ConstValue): string {
    const text = keyText(c);
    if (c.t === 'None' || c.t === 'Ellipsis') return text;
    const blocks: GcBlock[] = [];
    constantKey(this.ledger, c, blocks);
    if (this.keys.has(text)) {
      freeAll(this.ledger, blocks);
      return text;
    }
    this.keys.set(text, blocks);
    if (c.t === 'tuple') {
      for (const item of c.items) this.mergeRecursive(item);
    } else if (c.t === 'frozenset' && c.items.length > 0) {
      // a new frozenset of the merged items replaces the value in the key: the one co_consts
      // keeps (it outlives the compiler)
      const items = tupleOf(this.ledger, c.items.length);
      for (const item of c.items) this.mergeRecursive(item);
      this.ledger.alloc('other');
      freeAll(this.ledger, [items]);
    }
    return text;
  }

  /**
   * merge_const_one: `object` (a new tuple or bytes of the compiler's) is replaced by an equal
   * cached one, and freed, when there is one. Returns whether it was new.
   */
  mergeOne(c: ConstValue, object: GcBlock | null): boolean {
    const text = keyText(c);
    const blocks: GcBlock[] = [];
    constantKey(this.ledger, c, blocks);
    if (this.keys.has(text)) {
      freeAll(this.ledger, blocks);
      if (object !== null) freeAll(this.ledger, [object]);
      return false;
    }
    this.keys.set(text, blocks);
    return true;
  }

  /**
   * A tuple the compiler built for a constant (keyword names, a dict display's keys...) lives in
   * its key; it outlives the compiler only if a code object's co_consts keeps it.
   */
  private readonly owned = new Map<string, GcBlock>();
  private readonly kept = new Set<string>();

  own(text: string, object: GcBlock): void {
    if (!this.owned.has(text)) this.owned.set(text, object);
  }

  /** A code object's final co_consts (after trimming) keep these constants. */
  keep(texts: Iterable<string>): void {
    for (const t of texts) this.kept.add(t);
  }

  /** compiler_free: the cache dict goes, and every key with it. */
  free(): void {
    for (const [text, blocks] of this.keys) {
      freeAll(this.ledger, blocks);
      const object = this.owned.get(text);
      if (object !== undefined && !this.kept.has(text)) freeAll(this.ledger, [object]);
    }
    this.keys.clear();
  }
}
