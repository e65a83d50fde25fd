/**
 * A sliver of `ctypes`: `c_long.from_address(addr).value` / `c_ssize_t` read the simulated
 * ob_refcnt at an address (see heap.ts readRefcnt for freed and unknown addresses).
 */
import { PyObject, PyType, Tag } from '../objects/pyobject.ts';
import { objectType, typeType, newInt, newObject } from '../objects/core.ts';
import { typeName } from '../objects/abstract.ts';
import { gcFreedUnseen, gcLinkedUnseen, readRefcnt } from '../heap.ts';
import { typeErr } from '../objects/errors.ts';
import { makeBuiltin, method } from './builtins.ts';
import { pyErr } from '../objects/errors.ts';
import { NotImplementedError } from '../objects/core.ts';

function cType(name: string): PyType {
  // CData instances are gc objects in CPython (ctypes types have Py_TPFLAGS_HAVE_GC)
  const t = new PyType(typeType, name, objectType, Tag.Object, 32, true, false);
  t.module = 'ctypes';
  t.ob_refcnt = 1_000_000;
  t.tp_dict.set('from_address', makeBuiltin('from_address', (a) => {
    const addrO = a[0];
    if (addrO === undefined || (addrO.ob_type.tag !== Tag.Int)) throw typeErr(`integer expected${addrO ? `, got ${typeName(addrO)}` : ''}`);
    const addr = Number(addrO.v);
    const value = readRefcnt(addr);
    if (value === null) throw pyErr(NotImplementedError, 'the simulator can only read ob_refcnt at the address of an object (id(x))');
    // `c_long.from_address` is a method of the ctypes metatype: loading it binds it (a bound
    // method alive for the call; only counted)
    gcLinkedUnseen('other');
    try {
      return newObject(t, { value });
    } finally {
      gcFreedUnseen('other');
    }
  }));
  // from_address is reached through the class; bindDescr would bind builtins to the class, so
  // store it as a staticmethod-like plain builtin (looked up on the type object directly)
  return t;
}

export function makeCtypes(m: PyObject): void {
  const cLong = cType('c_long');
  const cSsize = cType('c_ssize_t');
  m.dict!.set('c_long', cLong);
  m.dict!.set('c_ssize_t', cSsize);
  m.dict!.set('c_int64', cLong);
}

/** `.value` of a c_long instance. */
export function ctypesValue(o: PyObject): PyObject | null {
  const v = o.v as { value?: number } | null;
  if (v && typeof v.value === 'number') return newInt(v.value);
  return null;
}
void method;
