/**
 * Instance attribute storage shaped like CPython's split ("shared-key") dicts (PEP 412) — and like
 * V8's own hidden classes: the ordered attribute names live in a `Shape` shared by every instance
 * that added the same names in the same order; each instance keeps only an array of values.
 *
 * Why: a JS Map per instance is a large, pointer-rich allocation that the JS collector has to copy
 * and mark; a shape plus one small array is far cheaper, and a compiled `obj.attr` can cache
 * (shape → slot) and skip the name lookup entirely (see compile.ts, the Attribute inline caches).
 *
 * AttrDict implements the part of Map's interface the simulator uses, with Map's order semantics
 * (a new name goes last; deleting and re-adding a name moves it last), so code written against
 * `Map<string, PyObject>` (module namespaces still are Maps) works on both.
 */
import type { PyObject } from './pyobject.ts';

/** What code may call on `o.dict` (a Map for modules, an AttrDict for instances). */
export interface AttrMap {
  readonly size: number;
  get(k: string): PyObject | undefined;
  has(k: string): boolean;
  set(k: string, v: PyObject): this;
  delete(k: string): boolean;
  clear(): void;
  keys(): IterableIterator<string>;
  values(): IterableIterator<PyObject>;
  entries(): IterableIterator<[string, PyObject]>;
  [Symbol.iterator](): IterableIterator<[string, PyObject]>;
}

/** Shapes longer than this are not shared (CPython also gives up sharing keys past a limit). */
const MAX_SHARED = 30;

export class Shape {
  readonly keys: string[];
  readonly index: Map<string, number>;
  /** Shared shapes are immutable and reached through transitions; an unshared one is owned. */
  readonly shared: boolean;
  private transitions: Map<string, Shape> | null = null;
  constructor(keys: string[], shared: boolean) {
    this.keys = keys;
    this.shared = shared;
    this.index = new Map();
    for (let i = 0; i < keys.length; i++) this.index.set(keys[i], i);
  }

  /** The shape after appending `name` (shared transition, or in place when owned). */
  with(name: string): Shape {
    if (!this.shared) {
      this.index.set(name, this.keys.length);
      this.keys.push(name);
      return this;
    }
    let t = this.transitions?.get(name);
    if (t === undefined) {
      const keys = [...this.keys, name];
      t = new Shape(keys, keys.length <= MAX_SHARED);
      if (t.shared) (this.transitions ??= new Map()).set(name, t);
    }
    return t;
  }
}

export const EMPTY_SHAPE = new Shape([], true);

export class AttrDict implements AttrMap {
  shape: Shape = EMPTY_SHAPE;
  /**
   * The values, in the shape's order; slots from `size` on are spare capacity. An array grown by
   * push() reserves 16 more slots, so instances start with the capacity their type has needed so
   * far (`capacity`), like CPython sizing a split dict from its shared keys.
   */
  vals: PyObject[];

  constructor(capacity = 0) {
    this.vals = capacity > 0 ? new Array<PyObject>(capacity) : [];
  }

  get size(): number {
    return this.shape.keys.length;
  }
  get(k: string): PyObject | undefined {
    const i = this.shape.index.get(k);
    return i === undefined ? undefined : this.vals[i];
  }
  has(k: string): boolean {
    return this.shape.index.has(k);
  }
  set(k: string, v: PyObject): this {
    const i = this.shape.index.get(k);
    if (i !== undefined) this.vals[i] = v;
    else {
      const n = this.shape.keys.length;
      this.shape = this.shape.with(k);
      if (n < this.vals.length) this.vals[n] = v;
      else this.vals.push(v);
    }
    return this;
  }
  delete(k: string): boolean {
    const i = this.shape.index.get(k);
    if (i === undefined) return false;
    // the instance leaves the shared shapes (CPython: the dict becomes a combined table)
    const keys = this.shape.keys.slice();
    keys.splice(i, 1);
    this.vals.splice(i, 1);
    this.shape = new Shape(keys, false);
    return true;
  }
  clear(): void {
    this.shape = EMPTY_SHAPE;
    this.vals = [];
  }
  // Iterators work on a snapshot, so a finalizer that mutates the instance cannot derail them.
  keys(): IterableIterator<string> {
    return this.shape.keys.slice()[Symbol.iterator]();
  }
  values(): IterableIterator<PyObject> {
    return this.vals.slice(0, this.size)[Symbol.iterator]();
  }
  entries(): IterableIterator<[string, PyObject]> {
    const keys = this.shape.keys;
    return keys.map((k, i): [string, PyObject] => [k, this.vals[i]])[Symbol.iterator]();
  }
  [Symbol.iterator](): IterableIterator<[string, PyObject]> {
    return this.entries();
  }
}
