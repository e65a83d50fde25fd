/**
 * The runtime half of the `with` statement, as CPython 3.11's BEFORE_WITH and WITH_EXCEPT_START
 * opcodes do it: __enter__ and __exit__ are looked up on the type and bound (the bound __exit__
 * holds the manager for the whole block, as on CPython's evaluation stack), __exit__ gets
 * (type, value, traceback) or three Nones, and a true result swallows the exception.
 * Traceback objects are not modelled: __exit__ receives None for the traceback.
 */
import type { PyObject } from '../objects/pyobject.ts';
import { None } from '../objects/core.ts';
import { bindDescr, callObject, truthy } from '../objects/abstract.ts';
import { decref, incref } from '../heap.ts';
import { typeErr } from '../objects/errors.ts';

/** BEFORE_WITH: consumes `mgr`; returns the bound __exit__ and what __enter__ returned (both owned). */
export function enterContext(mgr: PyObject): { exit: PyObject; value: PyObject } {
  const t = mgr.ob_type;
  let enter: PyObject;
  let exit: PyObject;
  try {
    const enterDescr = t.lookup('__enter__');
    if (enterDescr === null) throw typeErr(`'${t.name}' object does not support the context manager protocol`);
    const exitDescr = t.lookup('__exit__');
    if (exitDescr === null) throw typeErr(`'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
    enter = bindDescr(enterDescr, mgr, t);
    exit = bindDescr(exitDescr, mgr, t);
  } finally {
    decref(mgr);
  }
  let value: PyObject;
  try {
    value = callObject(enter, [], null);
  } catch (e) {
    decref(exit);
    throw e;
  } finally {
    decref(enter);
  }
  return { exit, value };
}

/**
 * Calls `exit` (consumed) with the exception being handled, or with three Nones when the block
 * ended otherwise; true when __exit__ asked to swallow the exception.
 */
export function exitContext(exit: PyObject, exc: PyObject | null): boolean {
  try {
    const args = exc === null
      ? [incref(None), incref(None), incref(None)]
      : [incref(exc.ob_type), incref(exc), incref(None)];
    const r = callObject(exit, args, null);
    try {
      return exc !== null && truthy(r);
    } finally {
      decref(r);
    }
  } finally {
    decref(exit);
  }
}
