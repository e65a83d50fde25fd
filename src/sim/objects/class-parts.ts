/**
 * The objects CPython 3.11 makes with a class that the simulator keeps only as counts and
 * references (PyType.classParts): the __bases__ tuple and tp_base, the __mro__ tuple, tp_dict, the
 * __dict__/__weakref__ getset descriptors, the weak reference a base's __subclasses__() holds.
 * A class is always in a reference cycle (its __mro__ holds it), so only the collector frees
 * it; these functions let it do so as CPython's does: traverse the references those objects hold
 * (subtype_traverse/type_traverse), clear them (type_clear) and free the rest with the class
 * (type_dealloc), moving gc.get_count() as each object goes.
 */
import { PyObject, PyType } from './pyobject.ts';
import { gcFreedUnseen, gcSerial } from '../heap.ts';
import { heapTypes } from './abstract.ts';

type Visit = (o: PyObject) => void;

/** Each class of the program among the bases is held by __bases__, the first also by tp_base. */
function forBaseRefs(bases: PyType[], each: (b: PyType) => void): void {
  bases.forEach((b, i) => {
    if (!b.heap) return;
    each(b);
    if (i === 0) each(b);
  });
}

/** The __mro__ tuple holds the classes of the program after the class itself. */
function forMroRefs(t: PyType, each: (m: PyType) => void): void {
  for (let i = 1; i < t.mro.length; i++) if (t.mro[i].heap) each(t.mro[i]);
}

/**
 * A new class's references from its unseen objects (type_new): `selfRefs` to itself (its __mro__
 * tuple, the descriptors: selfRefs - 1 of them), and to its bases and the rest of its __mro__.
 */
export function initClassParts(t: PyType, bases: PyType[], selfRefs: number): void {
  t.ob_refcnt = 1 + selfRefs;
  forMroRefs(t, (m) => m.ob_refcnt++);
  forBaseRefs(bases, (b) => b.ob_refcnt++);
  t.classParts = { bases, selfRefs, descriptors: selfRefs - 1, bornAt: gcSerial.n, subclassesDict: false };
}

/** The references the class's unseen objects hold: the class itself, its bases, its __mro__. */
export function classPartsTraverse(t: PyType, visit: Visit): void {
  const p = t.classParts;
  if (p === null) return;
  for (let i = 0; i < p.selfRefs; i++) visit(t);
  forBaseRefs(p.bases, visit);
  if (p.selfRefs > 0) forMroRefs(t, visit);
}

/** type_clear: tp_dict's descriptors and the __mro__ tuple go, with their references. */
export function classPartsClear(t: PyType, drop: PyObject[]): void {
  const p = t.classParts;
  if (p === null || p.selfRefs === 0) return;
  for (let i = 0; i < p.selfRefs; i++) drop.push(t);
  forMroRefs(t, (m) => drop.push(m));
  for (let i = 0; i < p.descriptors; i++) gcFreedUnseen('other');
  gcFreedUnseen('tuple', t.mro.length);
  p.selfRefs = 0;
  p.descriptors = 0;
}

/** type_dealloc: tp_base and __bases__ released, the tuple, tp_dict and the subclass weak reference freed. */
export function classPartsDealloc(t: PyType, out: PyObject[]): void {
  const p = t.classParts;
  if (p === null) return;
  forBaseRefs(p.bases, (b) => out.push(b));
  gcFreedUnseen('other'); // the weak reference in the bases' __subclasses__()
  gcFreedUnseen('tuple', p.bases.length);
  gcFreedUnseen('dict');
  if (p.subclassesDict) gcFreedUnseen('dict'); // tp_subclasses
  t.classParts = null;
  heapTypes.delete(t);
}
