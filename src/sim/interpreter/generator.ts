/** Generator expressions: lazy iterator objects driving the compiled comprehension loops. */
import { PyObject } from '../objects/pyobject.ts';
import { generatorType, newObject } from '../objects/core.ts';
import { getIter, iterNext } from '../objects/iter.ts';
import type { IterState } from '../objects/iter.ts';
import { decref, gcFreedUnseen, gcLinkedUnseen } from '../heap.ts';
import { R } from './frame.ts';
import type { CodeInfo, Ex, Frame, Pos } from './frame.ts';
import { addTraceback } from './exceptions.ts';
import { warmUp } from './specialize.ts';

interface Level {
  iter: Ex | null;
  iterNode: Pos;
  target: (f: Frame, v: PyObject) => void;
  ifs: ((f: Frame) => boolean)[];
}

export function makeGenerator(code: CodeInfo, cf: Frame, levels: Level[], elt: Ex, clearFrame: (cf: Frame) => void): PyObject {
  function* run(li: number, it: PyObject): Generator<PyObject, void, void> {
    const lv = levels[li];
    for (;;) {
      const x = iterNext(it);
      if (x === null) return;
      lv.target(cf, x);
      let ok = true;
      for (const c of lv.ifs) {
        if (!c(cf)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (li + 1 < levels.length) {
        const nl = levels[li + 1];
        const seq = nl.iter!(cf);
        cf.pos = nl.iterNode;
        const it2 = getIter(seq);
        decref(seq);
        try {
          yield* run(li + 1, it2);
        } finally {
          decref(it2);
        }
      } else yield elt(cf);
      warmUp(code); // JUMP_BACKWARD (not for an item a filter drops)
    }
  }
  let gen: Generator<PyObject, void, void> | null = run(0, cf.fast[0]!);
  let running = false;
  let started = false;
  const state: IterState = {
    refs: [],
    next: () => {
      if (gen === null) return null;
      if (running) throw new Error('generator already executing');
      running = true;
      started = true;
      cf.back = R.frame;
      R.frame = cf;
      R.depth++;
      warmUp(code); // RESUME, at the start and after each yield
      try {
        const r = gen.next();
        if (r.done) {
          gen = null;
          clearFrame(cf);
          return null;
        }
        return r.value;
      } catch (e) {
        gen = null;
        if (e instanceof PyObject) addTraceback(e, cf);
        clearFrame(cf);
        throw e;
      } finally {
        running = false;
        R.frame = cf.back;
        R.depth--;
      }
    },
    close: () => {
      if (gen !== null) {
        const g = gen;
        gen = null;
        if (started) {
          // gen_close throws GeneratorExit into a suspended generator: on its way out of the
          // frame the exception gets a frame object and a traceback (PyTraceBack_Here), freed
          // when it is cleared and when the frame goes (gdb: _PyFrame_New_NoTrack, tb_create_raw)
          gcLinkedUnseen('other');
          gcLinkedUnseen('other');
          gcFreedUnseen('other');
          gcFreedUnseen('other');
        }
        try {
          g.return();
        } finally {
          clearFrame(cf);
        }
      }
    },
  };
  return newObject(generatorType, state);
}
