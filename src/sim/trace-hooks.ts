/**
 * The two places a traced run listens to the simulator. Both cost nothing when nobody listens.
 *
 * - `lineHook`: called before each statement with the running frame. Every statement the
 *   interpreter runs does `f.pos = node; if (++R.steps > R.stepBudget) throw ...`, so while a
 *   trace is recorded `R.stepBudget` is an accessor that reports the statement and then answers
 *   with the real budget. Installing swaps the data property for the accessor, uninstalling puts
 *   the data property back: untraced runs never see it.
 * - `gcPhaseHook`: the collector (src/sim/gc.ts) calls `gcPhaseHook.fn?.(event)` at each phase of a
 *   collection (event shape: `GcPhaseEvent` in trace-types.ts).
 * - `callHook`: a built-in that reports reference counts (sys.getrefcount) or the gc count
 *   (gc.get_count) calls `callHook.fn?.(name, args)` before answering, so a trace can show the
 *   moment its argument is one more reference, and a measuring tool the simulator's state there.
 */
import { R } from './interpreter/frame.ts';
import type { Frame } from './interpreter/frame.ts';
import type { PyObject } from './objects/pyobject.ts';
import type { GcPhaseEvent } from './trace-types.ts';

export const gcPhaseHook: { fn: ((e: GcPhaseEvent) => void) | null } = { fn: null };

export const callHook: { fn: ((name: string, args: readonly PyObject[]) => void) | null } = { fn: null };

export const lineHook = {
  /** Observe every statement until the returned function is called. */
  install(onLine: (f: Frame) => void): () => void {
    let budget = R.stepBudget;
    let busy = false;
    Object.defineProperty(R, 'stepBudget', {
      configurable: true,
      enumerable: true,
      get() {
        // a hook that runs Python itself (it never should) must not re-enter
        if (!busy && R.frame !== null) {
          busy = true;
          try {
            onLine(R.frame);
          } finally {
            busy = false;
          }
        }
        return budget;
      },
      set(v: number) {
        budget = v;
      },
    });
    return () => {
      Object.defineProperty(R, 'stepBudget', { configurable: true, enumerable: true, writable: true, value: budget });
    };
  },
};
