/**
 * CPython 3.11's shared keys of a class (PEP 412, `ht_cached_keys`), only as far as they decide
 * when an instance's attributes stop being inline values and become a real dict object (which a
 * collection then counts as one more container). The keys start with 30 usable slots; every new
 * instance takes one (init_inline_values: `if (keys->dk_usable > 1) keys->dk_usable--`), every
 * new attribute name another; a new name with none left makes the instance's dict
 * (_PyObject_StoreInstanceAttribute → make_dict_from_instance_attributes).
 */
import type { PyObject, PyType } from './pyobject.ts';
import { Tag } from './pyobject.ts';
import { materializedDicts } from '../heap.ts';

const SHARED_KEYS_MAX_SIZE = 30;

interface SharedKeys {
  names: Set<string>;
  usable: number;
}

const keysOf = new WeakMap<PyType, SharedKeys>();

function managed(t: PyType): boolean {
  return t.heap && t.tag === Tag.Object;
}

// the last type asked about: a loop creating instances of one class skips the WeakMap
let lastType: PyType | null = null;
let lastKeys: SharedKeys | null = null;

function keys(t: PyType): SharedKeys {
  if (t === lastType) return lastKeys!;
  let k = keysOf.get(t);
  if (k === undefined) {
    k = { names: new Set(), usable: SHARED_KEYS_MAX_SIZE };
    keysOf.set(t, k);
  }
  lastType = t;
  lastKeys = k;
  return k;
}

/**
 * Whether `name` is among `t`'s shared keys: then `sharedKeysNewAttr(o, name)` does nothing for
 * any instance `o` of `t`, now and later (names are never removed), so a call site can skip it.
 */
export function sharedKeysHave(t: PyType, name: string): boolean {
  return managed(t) && keys(t).names.has(name);
}

/** A new instance of `t` gets its inline values. */
export function sharedKeysNewInstance(t: PyType): void {
  if (!managed(t)) return;
  const k = keys(t);
  if (k.usable > 1) k.usable--;
}

/** `o` gets an attribute `name` it did not have. */
export function sharedKeysNewAttr(o: PyObject, name: string): void {
  const t = o.ob_type;
  if (!managed(t) || (materializedDicts.any && materializedDicts.has(o))) return;
  const k = keys(t);
  if (k.names.has(name)) return;
  if (k.usable <= 0) {
    materializedDicts.add(o);
    return;
  }
  k.names.add(name);
  k.usable--;
}
