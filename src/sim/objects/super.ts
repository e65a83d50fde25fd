/** super(): attribute lookup starting after the class in the instance's MRO. */
import { PyObject, PyType, Tag } from './pyobject.ts';
import { objectType, typeType } from './core.ts';
import { bindDescr } from './abstract.ts';

export const superType = new PyType(typeType, 'super', objectType, Tag.Object, 40, true, false);
superType.ob_refcnt = 999_999_999;
// attribute lookups on a super object go through superGetAttr only
superType.mro = [superType];

export interface SuperInfo {
  klass: PyType;
  self: PyObject;
}

export function superGetAttr(o: PyObject, name: string): PyObject | null {
  const s = o.v as SuperInfo;
  const selfType = s.self instanceof PyType ? s.self : s.self.ob_type;
  const mro = selfType.mro;
  let i = mro.indexOf(s.klass);
  for (i = i + 1; i < mro.length; i++) {
    const v = mro[i].tp_dict.get(name);
    if (v !== undefined) {
      if (s.self instanceof PyType && v.ob_type.tag === Tag.Func) {
        v.ob_refcnt++;
        return v;
      }
      return bindDescr(v, s.self, selfType);
    }
  }
  return null;
}
