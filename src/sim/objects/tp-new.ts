/**
 * `__new__` of the built-in types, as static methods (CPython's tp_new_wrapper): object.__new__(cls)
 * makes a bare instance without running __init__, int.__new__(cls, 5) an int subclass instance,
 * so a class's own `__new__` can call `super().__new__(cls, ...)` (singletons, immutable
 * subclasses). The allocation itself is instance.ts's tpNew, shared with type calls.
 */
import { PyObject, PyType, Tag } from './pyobject.ts';
import { floatType, frozensetType, intType, objectType, staticmethodType, strType, tupleType, listType, dictType, setType, newObject } from './core.ts';
import { typeName } from './abstract.ts';
import { typeErr } from './errors.ts';
import { builtinConstructors, tpNew } from './instance.ts';
import { makeBuiltin } from '../modules/builtins.ts';

function staticNew(owner: PyType, fn: (cls: PyType, args: PyObject[], kw: Map<string, PyObject> | null) => PyObject): void {
  const f = makeBuiltin('__new__', (a, kw) => {
    if (a.length === 0) throw typeErr(`${owner.name}.__new__(): not enough arguments`);
    const cls = a[0];
    if (!(cls instanceof PyType)) throw typeErr(`${owner.name}.__new__(X): X is not a type object (${typeName(cls)})`);
    if (cls !== owner && !cls.isSubtype(owner)) throw typeErr(`${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
    return fn(cls, a.slice(1), kw);
  }, owner.name);
  const d = newObject(staticmethodType, f);
  d.ob_refcnt = 1_000_000;
  owner.tp_dict.set('__new__', d);
}

/** The built-in base a heap type's instances are made of (object for a plain class). */
function solidBase(t: PyType): PyType {
  let base = t;
  while (base.heap) base = base.base!;
  return base;
}

// object_new: extra arguments are an error unless the class overrides __init__ and not __new__
staticNew(objectType, (cls, args, kw) => {
  if (args.length > 0 || (kw !== null && kw.size > 0)) {
    const pyNew = cls.lookup('__new__');
    if (pyNew !== null && pyNew.ob_type.tag === Tag.Func) throw typeErr('object.__new__() takes exactly one argument (the type to instantiate)');
    const init = cls.lookup('__init__');
    if (init === null || init.ob_type.tag !== Tag.Func) throw typeErr(`${cls.name}() takes no arguments`);
  }
  const base = solidBase(cls);
  if (base !== objectType) throw typeErr(`object.__new__(${cls.name}) is not safe, use ${base.name}.__new__()`);
  if (!cls.heap) return newObject(objectType, null);
  return tpNew(cls, []);
});

// int, float, str, tuple, frozenset: the value comes from the arguments; list, dict, set: empty,
// their __init__ fills them
for (const t of [intType, floatType, strType, tupleType, frozensetType, listType, dictType, setType]) {
  staticNew(t, (cls, args, kw) => {
    if (!cls.heap) return builtinConstructors.get(cls)!(cls, t.tag === Tag.List || t.tag === Tag.Dict || t.tag === Tag.Set ? [] : args, kw);
    return tpNew(cls, args);
  });
}
