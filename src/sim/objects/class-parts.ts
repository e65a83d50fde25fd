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
import { gcFreedUnseen } from '../heap.ts';
import { heapTypes } from './abstract.ts';

type Visit = (o: PyObject) => void;

/** The references the class's unseen objects hold: the class itself, its bases, its __mro__. */
export function classPartsTraverse(t: PyType, visit: Visit): void {
  const p = t.classParts;
  if (p === null) return;
  for (let i = 0; i < p.selfRefs; i++) visit(t);
  p.bases.forEach((b, i) => {
    if (!b.heap) return;
    visit(b); // __bases__
    if (i === 0) visit(b); // tp_base
  });
  if (p.selfRefs > 0) for (const m of t.mro.slice(1)) if (m.heap) visit(m); // __mro__
}

/** type_clear: tp_dict's descriptors and the __mro__ tuple go, with their references. */
export function classPartsClear(t: PyType, drop: PyObject[]): void {
  const p = t.classParts;
  if (p === null || p.selfRefs === 0) return;
  for (let i = 0; i < p.selfRefs; i++) drop.push(t);
  for (const m of t.mro.slice(1)) if (m.heap) drop.push(m);
  for (let i = 0; i < p.descriptors; i++) gcFreedUnseen('other');
  gcFreedUnseen('tuple', t.mro.length);
  p.selfRefs = 0;
  p.descriptors = 0;
}

/** type_dealloc: tp_base and __bases__ released, the tuple, tp_dict and the subclass weak reference freed. */
export function classPartsDealloc(t: PyType, out: PyObject[]): void {
  const p = t.classParts;
  if (p === null) return;
  p.bases.forEach((b, i) => {
    if (!b.heap) return;
    out.push(b);
    if (i === 0) out.push(b);
  });
  gcFreedUnseen('other'); // the weak reference in the bases' __subclasses__()
  gcFreedUnseen('tuple', p.bases.length);
  gcFreedUnseen('dict');
  if (p.subclassesDict) gcFreedUnseen('dict'); // tp_subclasses
  t.classParts = null;
  heapTypes.delete(t);
}
