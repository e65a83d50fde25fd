/**
 * The containers MAKE_FUNCTION receives that the simulator keeps as plain arrays and maps on the
 * function (FuncInfo): the __defaults__ tuple (BUILD_TUPLE, unless every default is a constant and
 * the compiler made the tuple one constant), the __kwdefaults__ dict (BUILD_CONST_KEY_MAP) and the
 * __closure__ tuple of cells (BUILD_TUPLE); and the __dict__ a function gets when an attribute
 * is first set on it. CPython allocates the first three before the function, each can start a
 * collection, and each is freed with the function (onto its free list when there is room): they
 * move gc.get_count() as real objects would (measured with src/tools/measure/cpython_gc_state.sh
 * allocs), and gc.collect() counts them among the unreachable (gc.ts functionPartsTracked).
 */
import { gcFreedUnseen, gcLinkedUnseen } from '../heap.ts';
import type { FuncInfo } from './abstract.ts';
import type { PyObject } from './pyobject.ts';

export function allocDefaults(n: number): void {
  gcLinkedUnseen('tuple', n);
}

export function allocKwDefaults(): void {
  gcLinkedUnseen('dict');
}

export function allocClosure(n: number): void {
  gcLinkedUnseen('tuple', n);
}

/** A function's __annotations__ dict, made empty the first time it is read (func_get_annotations). */
export function touchAnnotations(o: PyObject): void {
  const f = o.v as FuncInfo;
  if (f.annotationsCounted === true) return;
  gcLinkedUnseen('dict');
  f.annotationsCounted = true;
}

/** The __dict__ functools_wraps gives a staticmethod or classmethod, freed with it (instance.ts). */
export function allocWrapperDict(): void {
  gcLinkedUnseen('dict');
}

/** The function's __dict__, made on the first attribute set. */
export function allocFunctionDict(o: PyObject): void {
  gcLinkedUnseen('dict');
  (o.v as FuncInfo).dictCounted = true;
}

/** func_clear's frees, as the function's references to these containers go. */
export function freeFunctionParts(o: PyObject): void {
  const f = o.v as FuncInfo;
  if (f.dictCounted === true) gcFreedUnseen('dict');
  f.dictCounted = false;
  if (f.annotationsCounted === true) gcFreedUnseen('dict');
  f.annotationsCounted = false;
  if (f.defaults !== null && f.builtDefaults === true) gcFreedUnseen('tuple', f.defaults.length);
  if (f.kwdefaults !== null) gcFreedUnseen('dict');
  if (f.closure !== null) gcFreedUnseen('tuple', f.closure.length);
  else if (f.classCellClosure === true) gcFreedUnseen('tuple', 1);
  f.classCellClosure = false;
}
