/**
 * type_new_set_names (CPython 3.11, Objects/typeobject.c): once a class exists, every value of its
 * namespace whose type has __set_name__ (a descriptor) is told its owner and name. CPython walks a
 * copy of the class dict; the method is bound (_PyObject_LookupSpecial) and called; an error in
 * it becomes a RuntimeError whose cause is the error (3.12 adds a note instead).
 */
import { PyObject, PyType, Tag } from '../objects/pyobject.ts';
import { ExcState, RuntimeError, functionType, newStr } from '../objects/core.ts';
import { callBorrowed, repr, typeName } from '../objects/abstract.ts';
import { decref, gcFreedUnseen, gcLinkedUnseen, incref } from '../heap.ts';
import { pyErr } from '../objects/errors.ts';

export function setNames(t: PyType): void {
  gcLinkedUnseen('dict'); // the copy of tp_dict
  try {
    for (const [name, value] of [...t.tp_dict.entries()]) {
      if (value.ob_type.tag === Tag.Property) {
        // property.__set_name__, a METH_VARARGS method: bound, called with an argument tuple
        gcLinkedUnseen('other');
        gcLinkedUnseen('tuple', 2);
        gcFreedUnseen('tuple', 2);
        gcFreedUnseen('other');
        continue;
      }
      if (!value.ob_type.heap) continue;
      const f = value.ob_type.lookup('__set_name__');
      if (f === null || f.ob_type !== functionType) continue;
      callSetName(t, name, value, f);
    }
  } finally {
    gcFreedUnseen('dict');
  }
}

function callSetName(t: PyType, name: string, value: PyObject, f: PyObject): void {
  const key = newStr(name);
  gcLinkedUnseen('other'); // the bound method
  try {
    decref(callBorrowed(f, value, t, key));
  } catch (e) {
    if (!(e instanceof PyObject)) throw e;
    // _PyErr_FormatFromCause: the new error's __cause__ and __context__ are the old one
    const err = pyErr(RuntimeError, `Error calling __set_name__ on '${typeName(value)}' instance ${repr(key)} in '${t.name}'`);
    const st = err.v as ExcState;
    st.cause = e;
    st.context = incref(e);
    st.suppress = true;
    throw err;
  } finally {
    gcFreedUnseen('other');
    decref(key);
  }
}
