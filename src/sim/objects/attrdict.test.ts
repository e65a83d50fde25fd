import { describe, expect, it } from 'vitest';
import { AttrDict } from './attrdict.ts';
import { newInt } from './core.ts';
import type { PyObject } from './pyobject.ts';

/** AttrDict must behave like the Map it replaces (insertion order, delete + re-add goes last). */
function both(ops: (m: { set(k: string, v: PyObject): unknown; delete(k: string): boolean }) => void) {
  const d = new AttrDict(2);
  const m = new Map<string, PyObject>();
  ops(d);
  ops(m);
  return { d, m };
}

describe('AttrDict (shared-key instance attributes)', () => {
  const a = newInt(1);
  const b = newInt(2);
  const c = newInt(3);

  it('keeps insertion order, values and size like a Map', () => {
    const { d, m } = both((x) => {
      x.set('x', a);
      x.set('y', b);
      x.set('z', c);
      x.set('x', c);
    });
    expect([...d]).toEqual([...m]);
    expect([...d.keys()]).toEqual(['x', 'y', 'z']);
    expect([...d.values()]).toEqual([c, b, c]);
    expect(d.size).toBe(3);
    expect(d.get('y')).toBe(b);
    expect(d.get('nope')).toBeUndefined();
    expect(d.has('z')).toBe(true);
  });

  it('moves a deleted and re-added name last, like a Map', () => {
    const { d, m } = both((x) => {
      x.set('x', a);
      x.set('y', b);
      x.set('z', c);
      x.delete('x');
      x.set('w', a);
      x.set('x', b);
    });
    expect([...d.entries()]).toEqual([...m.entries()]);
    expect(d.delete('missing')).toBe(false);
    expect(d.size).toBe(m.size);
  });

  it('shares one shape between instances that add the same names in the same order', () => {
    const p = new AttrDict();
    const q = new AttrDict();
    for (const o of [p, q]) {
      o.set('name', a);
      o.set('friend', b);
    }
    expect(p.shape).toBe(q.shape);
    const r = new AttrDict();
    r.set('friend', b);
    r.set('name', a);
    expect(r.shape).not.toBe(p.shape);
  });

  it('stops sharing shapes past 30 names and still works', () => {
    const d = new AttrDict();
    for (let i = 0; i < 100; i++) d.set(`a${i}`, a);
    expect(d.size).toBe(100);
    expect(d.shape.shared).toBe(false);
    expect([...d.keys()][99]).toBe('a99');
    d.clear();
    expect(d.size).toBe(0);
    expect([...d.values()]).toEqual([]);
  });
});
