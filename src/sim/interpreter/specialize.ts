/**
 * CPython 3.11's adaptive interpreter, where it changes what a statement allocates.
 *
 * A code object starts with co_warmup = -QUICKENING_WARMUP_DELAY; RESUME (entering a function,
 * resuming a generator) and JUMP_BACKWARD (the end of a loop iteration, `continue`) count it up,
 * and at 0 _PyCode_Quicken turns each specializable instruction into its adaptive form, which
 * specializes the first time it runs. Conditional backward jumps do not count: a `while cond:`
 * loop warms only through `continue`, a comprehension only through the items its filters keep
 * (measured with gdb on _PyCode_Quicken and _Py_Specialize_UnpackSequence).
 *
 * Only UNPACK_SEQUENCE matters for gc.get_count(): the generic form asks the sequence for an
 * iterator (a gc allocation, freed when the unpacking ends: a collection can start there), the
 * specialized UNPACK_SEQUENCE_LIST/TUPLE/TWO_TUPLE read the items directly.
 */
import type { PyObject } from '../objects/pyobject.ts';
import { Tag } from '../objects/pyobject.ts';

const QUICKENING_WARMUP_DELAY = 8;
const ADAPTIVE_BACKOFF_BITS = 4;
const ADAPTIVE_BACKOFF_START = 5;
const MAX_BACKOFF_VALUE = 16 - ADAPTIVE_BACKOFF_BITS;
/** specialize.c's miss_counter_start(): misses a specialized instruction takes before it deopts. */
const MISS_COUNTER_START = 53;

export interface Warmup {
  /** co_warmup: negative until the code object is quickened, then 0. */
  warmup: number;
}

export const QUICKENING_INITIAL_WARMUP_VALUE = -QUICKENING_WARMUP_DELAY;

/** _PyCode_Warmup, at RESUME and JUMP_BACKWARD. */
export function warmUp(code: Warmup): void {
  if (code.warmup !== 0) code.warmup++;
}

function adaptiveCounterBits(value: number, backoff: number): number {
  return (value << ADAPTIVE_BACKOFF_BITS) | (backoff & ((1 << ADAPTIVE_BACKOFF_BITS) - 1));
}

function adaptiveCounterStart(): number {
  return adaptiveCounterBits((1 << ADAPTIVE_BACKOFF_START) - 1, ADAPTIVE_BACKOFF_START);
}

function adaptiveCounterBackoff(counter: number): number {
  const backoff = Math.min((counter & ((1 << ADAPTIVE_BACKOFF_BITS) - 1)) + 1, MAX_BACKOFF_VALUE);
  return adaptiveCounterBits((1 << backoff) - 1, backoff);
}

const enum UnpackForm {
  Adaptive,
  List,
  Tuple,
  TwoTuple,
}

/** One UNPACK_SEQUENCE instruction (its inline cache): which form runs, and its counter. */
export class UnpackSequenceSite {
  private form = UnpackForm.Adaptive;
  /** The adaptive counter (value << 4 | backoff), or a specialized form's miss counter. */
  private counter = 0;
  constructor(private readonly n: number) {}

  /**
   * Runs the instruction once on `seq` in a frame of `code`: true when a specialized form reads
   * the items, false when the generic form runs (and makes an iterator).
   */
  specialized(code: Warmup, seq: PyObject): boolean {
    if (code.warmup !== 0) return false; // not quickened: plain UNPACK_SEQUENCE
    if (this.form === UnpackForm.Adaptive) {
      if (this.counter >> ADAPTIVE_BACKOFF_BITS !== 0) {
        this.counter -= 1 << ADAPTIVE_BACKOFF_BITS;
        return false;
      }
      // _Py_Specialize_UnpackSequence
      const form = this.formFor(seq);
      if (form === UnpackForm.Adaptive) {
        // the instruction is dispatched again: still adaptive, its counter now above zero
        this.counter = adaptiveCounterBackoff(this.counter) - (1 << ADAPTIVE_BACKOFF_BITS);
        return false;
      }
      this.form = form;
      this.counter = MISS_COUNTER_START;
      return true;
    }
    if (this.matches(seq)) return true;
    // DEOPT_IF: the generic form runs; enough misses and the instruction is adaptive again
    this.counter--;
    if (this.counter === 0) {
      this.form = UnpackForm.Adaptive;
      this.counter = adaptiveCounterStart();
    }
    return false;
  }

  private formFor(seq: PyObject): UnpackForm {
    const t = seq.ob_type;
    if (t.heap) return UnpackForm.Adaptive;
    const items = seq.v as PyObject[];
    if (t.tag === Tag.Tuple) {
      if (items.length !== this.n) return UnpackForm.Adaptive;
      return this.n === 2 ? UnpackForm.TwoTuple : UnpackForm.Tuple;
    }
    if (t.tag === Tag.List && items.length === this.n) return UnpackForm.List;
    return UnpackForm.Adaptive;
  }

  private matches(seq: PyObject): boolean {
    const t = seq.ob_type;
    if (t.heap) return false;
    const want = this.form === UnpackForm.List ? Tag.List : Tag.Tuple;
    return t.tag === want && (seq.v as PyObject[]).length === this.n;
  }
}
