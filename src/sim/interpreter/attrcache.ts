/**
 * Per-site inline caches for instance attributes, like CPython 3.11's LOAD_ATTR_INSTANCE_VALUE and
 * STORE_ATTR_INSTANCE_VALUE specializations: a site remembers the shape (our shared-keys object,
 * attrdict.ts) it last saw and the slot of its name in it, so the next instance with the same shape
 * is served without a name lookup.
 *
 * Why this is safe: a shared Shape is immutable, and an unshared one only ever grows at its end
 * (deleting a name gives the instance a new Shape), so (shape, slot) stays true for as long as the
 * shape lives. A store that adds a name caches the transition (shape before → shape after) only
 * between shared shapes, which are interned by their transitions.
 *
 * These paths apply only where the generic protocol would end in the instance's own dict: a heap
 * type whose attribute access is plain (no __getattr__/__setattr__/properties: hasPlainAttrs), and
 * not a class object (a metaclass instance keeps its attributes in tp_dict).
 */
import type { PyObject, PyType } from '../objects/pyobject.ts';
import { Tag, typeVersion } from '../objects/pyobject.ts';
import { AttrDict } from '../objects/attrdict.ts';
import type { Shape } from '../objects/attrdict.ts';
import { hasPlainAttrs } from '../objects/abstract.ts';
import { decref } from '../heap.ts';
import { sharedKeysHave, sharedKeysNewAttr } from '../objects/sharedkeys.ts';

export class AttrSite {
  /** The shape a load or replacing store last hit, and the name's slot in it. */
  shape: Shape | null = null;
  slot = 0;
  /** A store that added the name: the shape before and after it (slot = the new name's index). */
  addFrom: Shape | null = null;
  addTo: Shape | null = null;
  /** A type whose shared keys already hold the name (sharedkeys.ts: nothing to record). */
  sharedIn: PyType | null = null;
  constructor(readonly name: string) {}
}

/** Whether `t`'s instances keep attributes in their AttrDict with nothing in the way. */
export function plainInstanceType(t: PyType): boolean {
  return t.heap && t.tag !== Tag.Type && (t.plainAttrs === true || hasPlainAttrs(t));
}

/** The attribute as a borrowed reference, or undefined (then the caller takes the generic path). */
export function loadInstanceAttr(site: AttrSite, o: PyObject): PyObject | undefined {
  const d = o.dict;
  if (d === null || !plainInstanceType(o.ob_type)) return undefined;
  if ((d as AttrDict).shape === site.shape) return (d as AttrDict).vals[site.slot];
  if (!(d instanceof AttrDict)) return d.get(site.name);
  const i = d.shape.index.get(site.name);
  if (i === undefined) return undefined;
  site.shape = d.shape;
  site.slot = i;
  return d.vals[i];
}

/**
 * `o.name = v` when `o` is a plain instance: the attribute takes over the reference `v` (stolen)
 * and true is returned. False (nothing done, `v` still the caller's) for the generic path.
 */
export function storeInstanceAttr(site: AttrSite, o: PyObject, v: PyObject): boolean {
  const t = o.ob_type;
  if (!plainInstanceType(t)) return false;
  let d = o.dict;
  if (d === null) d = o.dict = new AttrDict(t.attrHint);
  else if (!(d instanceof AttrDict)) return false;
  const ad = d as AttrDict;
  const shape = ad.shape;
  if (shape === site.shape) {
    const old = ad.vals[site.slot];
    ad.vals[site.slot] = v;
    decref(old);
    return true;
  }
  if (shape === site.addFrom) {
    const n = shape.keys.length;
    if (site.sharedIn !== t) {
      sharedKeysNewAttr(o, site.name);
      if (sharedKeysHave(t, site.name)) site.sharedIn = t;
    }
    ad.shape = site.addTo!;
    if (n < ad.vals.length) ad.vals[n] = v;
    else ad.vals.push(v);
    if (n + 1 > t.attrHint) t.attrHint = n + 1;
    return true;
  }
  const i = shape.index.get(site.name);
  if (i !== undefined) {
    site.shape = shape;
    site.slot = i;
    const old = ad.vals[i];
    ad.vals[i] = v;
    decref(old);
    return true;
  }
  sharedKeysNewAttr(o, site.name);
  ad.set(site.name, v);
  const after = ad.shape;
  if (shape.shared && after.shared) {
    site.addFrom = shape;
    site.addTo = after;
  }
  if (ad.size > t.attrHint) t.attrHint = ad.size;
  return true;
}

/**
 * LOAD_METHOD's inline cache (CPython 3.11: LOAD_METHOD_WITH_VALUES / _NO_DICT, keyed by the type's
 * version tag): the type of the receiver last seen and the function or method descriptor found on
 * it. Built-in types cannot change; a heap type's entry is trusted while `typeVersion.epoch` (bumped
 * whenever any class's namespace changes) is what it was. The instance's own dict may shadow the
 * name: a shape known not to hold it is remembered too.
 */
export class MethodSite {
  type: PyType | null = null;
  epoch = -1;
  meth: PyObject | null = null;
  /** A shape of the instance dict that does not hold the name. */
  noShape: Shape | null = null;
  constructor(readonly name: string) {}
}

/** The cached method for `o`, or null when the site does not know `o`'s type (look it up). */
export function cachedMethod(site: MethodSite, o: PyObject): PyObject | null {
  const t = o.ob_type;
  if (t !== site.type || (t.heap && site.epoch !== typeVersion.epoch)) return null;
  const d = o.dict;
  if (d === null || (d as AttrDict).shape === site.noShape) return site.meth;
  if (d instanceof AttrDict && !d.shape.index.has(site.name)) {
    // only a shared shape is immutable (an unshared one grows in place)
    if (d.shape.shared) site.noShape = d.shape;
    return site.meth;
  }
  return null;
}

/** Remember that `meth` is what LOAD_METHOD finds on `o`'s type (`o` not a class, not a super). */
export function fillMethod(site: MethodSite, o: PyObject, meth: PyObject): void {
  const t = o.ob_type;
  if (t.tag === Tag.Type) return;
  site.type = t;
  site.epoch = typeVersion.epoch;
  site.meth = meth;
  site.noShape = null;
}
