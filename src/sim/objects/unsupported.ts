/**
 * "CPython has this, the simulator does not": a built-in name, a standard-library module or an
 * attribute of a built-in type or module that exists in CPython 3.11 (listed by
 * src/tools/measure/cpython_names.py) but not here raises NotImplementedError naming it, so a
 * learner is never told that `str.removeprefix` or `import math` does not exist in Python.
 */
import names from './cpython-names.json' with { type: 'json' };
import { PyObject, PyType, Tag } from './pyobject.ts';
import { NotImplementedError } from './core.ts';
import { pyErr } from './errors.ts';

const builtinNames = new Set(names.builtins);
const stdlibModules = new Set(names.modules);
const typeAttrs = new Map(Object.entries(names.types).map(([t, attrs]) => [t, new Set(attrs)]));
const moduleAttrs = new Map(Object.entries(names.moduleAttrs).map(([m, attrs]) => [m, new Set(attrs)]));

function notSupported(what: string, why = ''): PyObject {
  return pyErr(NotImplementedError, `${what} is not supported by the simulator${why}`);
}

/** For a NameError: the built-in CPython has under this name, if any. */
export function unsupportedBuiltin(name: string): PyObject | null {
  return builtinNames.has(name) ? notSupported(`the built-in '${name}'`) : null;
}

/** For a ModuleNotFoundError: a standard-library module the simulator does not provide. */
export function unsupportedModule(name: string): PyObject | null {
  const top = name.split('.')[0];
  return stdlibModules.has(top) ? notSupported(`the module '${name}'`, ' (it has gc, sys, ctypes, weakref and copy)') : null;
}

/**
 * For an AttributeError on `o`: a public attribute CPython's built-in type (the first built-in
 * class in the MRO, so a subclass of list reports list's) or module has under this name.
 */
export function unsupportedAttribute(o: PyObject, name: string): PyObject | null {
  if (name.startsWith('_')) return null;
  if (o.ob_type.tag === Tag.Module) {
    const module = (o.v as { name: string }).name;
    return moduleAttrs.get(module)?.has(name) ? notSupported(`${module}.${name}`) : null;
  }
  const mro = o instanceof PyType ? o.mro : o.ob_type.mro;
  for (const t of mro) {
    if (t.heap) continue;
    if (typeAttrs.get(t.name)?.has(name)) return notSupported(`${t.name}.${name}`);
  }
  return null;
}
