/** The `sys` module: reference counts, recursion limit, interning. */
import { PyObject, Tag } from '../objects/pyobject.ts';
import { None, SystemExit, ValueError, internExisting, newInt, newStr, newObject, objectType, newTuple } from '../objects/core.ts';
import { runtime, typeName } from '../objects/abstract.ts';
import { incref } from '../heap.ts';
import { pyErr, typeErr, newException } from '../objects/errors.ts';
import { makeBuiltin, nargs } from './builtins.ts';
import { getsizeof } from '../sizeof.ts';
import { callHook } from '../trace-hooks.ts';

function put(m: PyObject, name: string, v: PyObject): void {
  m.dict!.set(name, v);
}

export function makeSys(m: PyObject): void {
  put(m, 'getrefcount', makeBuiltin('getrefcount', (a) => {
    nargs('getrefcount', a, 1, 1);
    // the argument itself is one of the references counted, as in CPython (a trace shows this moment)
    if (callHook.fn !== null) callHook.fn('sys.getrefcount', a);
    return newInt(a[0].ob_refcnt);
  }));
  put(m, 'getrecursionlimit', makeBuiltin('getrecursionlimit', (a) => {
    nargs('getrecursionlimit', a, 0, 0);
    return newInt(runtime.recursionLimit);
  }));
  put(m, 'setrecursionlimit', makeBuiltin('setrecursionlimit', (a) => {
    nargs('setrecursionlimit', a, 1, 1);
    if (a[0].ob_type.tag !== Tag.Int) throw typeErr(`'${typeName(a[0])}' object cannot be interpreted as an integer`);
    const n = Number(a[0].v);
    if (n < 1) throw pyErr(ValueError, 'recursion limit must be greater or equal than 1');
    runtime.recursionLimit = n;
    return incref(None);
  }));
  put(m, 'intern', makeBuiltin('intern', (a) => {
    nargs('intern', a, 1, 1);
    if (a[0].ob_type.tag !== Tag.Str) throw typeErr(`intern() argument must be str, not ${typeName(a[0])}`);
    return internExisting(a[0]);
  }));
  put(m, 'exit', makeBuiltin('exit', (a) => {
    nargs('exit', a, 0, 1);
    throw newException(SystemExit, a.map((x) => incref(x)));
  }));
  put(m, 'getsizeof', makeBuiltin('getsizeof', (a) => {
    nargs('getsizeof', a, 1, 1);
    return newInt(getsizeof(a[0]));
  }));
  const stream = (name: 'out' | 'err') => {
    const o = newObject(objectType, { stream: name });
    return o;
  };
  put(m, 'stdout', stream('out'));
  put(m, 'stderr', stream('err'));
  put(m, 'maxsize', newInt(9223372036854775807n));
  put(m, 'version', newStr('3.11.7 (simulated)'));
  put(m, 'version_info', newTuple([newInt(3), newInt(11), newInt(7), newStr('final'), newInt(0)]));
  put(m, 'platform', newStr('linux'));
  put(m, 'byteorder', newStr('little'));
}
