/** The simulated heap: addresses, LIFO reuse, gc lists, iterative deallocation. */
import { describe, expect, it } from 'vitest';
import { GcList, readRefcnt, decref, generations, gcCount, freeLists } from './heap.ts';
import { newFloat, newList, newTuple, newInt, smallInt, None, STATIC_REFCNT } from './objects/core.ts';
import type { PyObject } from './objects/pyobject.ts';
import './objects/instance.ts';

describe('allocator', () => {
  it('gives 16-byte aligned, 64-bit-looking addresses', () => {
    const f = newFloat(1.5);
    expect(f.addr % 16).toBe(0);
    expect(f.addr).toBeGreaterThan(0x7f0000000000);
    decref(f);
  });

  it('reuses the most recently freed address of a size class first (like pymalloc)', () => {
    const a = newFloat(1);
    const b = newFloat(2);
    const addrA = a.addr;
    const addrB = b.addr;
    decref(a);
    decref(b);
    const c = newFloat(3);
    expect(c.addr).toBe(addrB);
    const d = newFloat(4);
    expect(d.addr).toBe(addrA);
    decref(c);
    decref(d);
  });

  it('reads ob_refcnt through an address; a freed slot reads 0 until reused', () => {
    const l = newList([]);
    l.ob_refcnt++;
    expect(readRefcnt(l.addr)).toBe(2);
    const addr = l.addr;
    decref(l);
    decref(l);
    expect(readRefcnt(addr)).toBe(0);
  });

  it('shares small ints as static objects', () => {
    expect(newInt(7)).toBe(smallInt(7));
    expect(smallInt(7).ob_refcnt).toBeGreaterThanOrEqual(STATIC_REFCNT);
    expect(newInt(257)).not.toBe(newInt(257));
  });
});

describe('gc bookkeeping', () => {
  it('tracks containers in generation 0 and counts allocations minus deallocations', () => {
    freeLists.list = 0; // a list taken from the free list would not count (see heap.ts freeLists)
    const before = gcCount[0];
    const l = newList([]);
    expect(l.gc?.tracked).toBe(true);
    expect(generations[0].has(l)).toBe(true);
    expect(gcCount[0]).toBe(before + 1);
    decref(l);
    expect(generations[0].has(l)).toBe(false);
    // the dead list went on the (now non-empty) free list: not a gc deallocation
    expect(freeLists.list).toBe(1);
    expect(gcCount[0]).toBe(before + 1);
  });

  it('GcList keeps insertion order and merges in order', () => {
    const a = new GcList(0);
    const b = new GcList(1);
    const xs = [newList([]), newList([]), newList([])];
    for (const x of xs) {
      generations[0].remove(x);
      a.append(x);
    }
    a.remove(xs[1]);
    b.append(xs[1]);
    a.mergeInto(b);
    expect([...b]).toEqual([xs[1], xs[0], xs[2]]);
    expect(a.size).toBe(0);
    for (const x of xs) expect(x.gc!.generation).toBe(1);
  });
});

describe('deallocation', () => {
  it('frees the items a freed list held (order: see the free_order fixture)', () => {
    const order: string[] = [];
    const leaf = (name: string): PyObject => {
      const t = newTuple([newFloat(0)]);
      (t as PyObject & { label?: string }).label = name;
      return t;
    };
    const items = [leaf('i0'), leaf('i1'), leaf('i2')];
    const l = newList(items);
    const spy = items.map((t) => t.addr);
    decref(l);
    for (const a of spy) order.push(readRefcnt(a) === 0 ? 'freed' : 'alive');
    expect(order).toEqual(['freed', 'freed', 'freed']);
  });

  it('frees a 200,000-deep nesting without recursion', () => {
    let x: PyObject = None;
    None.ob_refcnt++;
    for (let i = 0; i < 200_000; i++) x = newList([x]);
    expect(() => decref(x)).not.toThrow();
  });
});

import { tp_traverse, tp_clear } from './objects/traverse.ts';

describe('tp_traverse / tp_clear', () => {
  it('visits a list from the last item to the first and clears it', () => {
    const items = [newFloat(1), newFloat(2)];
    const l = newList(items.slice());
    const seen: PyObject[] = [];
    tp_traverse(l, (o) => seen.push(o));
    expect(seen).toEqual([items[1], items[0]]);
    expect(tp_clear(l)).toBe(true);
    expect((l.v as PyObject[]).length).toBe(0);
    expect(readRefcnt(items[0].addr)).toBe(0);
    decref(l);
  });
});
