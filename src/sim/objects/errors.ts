/** Creating and raising Python exceptions from TypeScript. */
import { PyObject, PyType } from './pyobject.ts';
import { ExcState, newObject, newStr, newTuple, TypeError } from './core.ts';

/** A new exception instance of `type` with the given args (owned). */
export function newException(type: PyType, args: PyObject[]): PyObject {
  const o = newObject(type, new ExcState(newTuple(args)));
  if (type.heap) type.ob_refcnt++;
  return o;
}

/** `raise type(msg)` from TypeScript: `throw pyErr(TypeError, '...')`. */
export function pyErr(type: PyType, msg: string): PyObject {
  return newException(type, [newStr(msg)]);
}

export function typeErr(msg: string): PyObject {
  return pyErr(TypeError, msg);
}

export function isException(e: unknown): e is PyObject {
  return e instanceof PyObject;
}

/** Thrown (not a PyObject, not an Error) when a simulator limit stops the run. */
export class LimitExceeded {
  kind: 'steps' | 'time' | 'output' | 'heap';
  constructor(kind: 'steps' | 'time' | 'output' | 'heap') {
    this.kind = kind;
  }
}

/** Thrown when the program calls sys.exit() (kept minimal). */
export class ExitRequest {
  code: number;
  constructor(code: number) {
    this.code = code;
  }
}
