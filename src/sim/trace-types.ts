/**
 * The data a traced run produces: plain, structured-clone-safe objects (no PyObject), shared by the
 * recorder (src/sim/trace.ts, Node or worker) and the visualizer (src/lib/heap-view, browser).
 * Addresses are the simulated `id()` values; they identify an object for as long as it lives.
 */
import type { RefKind } from './references.ts';
export type { RefKind };

/** References kept per object view: more are counted (`nrefs`) but not listed or drawn. */
export const REF_CAP = 64;

/** One reference an object holds: drawn as an arrow, counted in the target's ob_refcnt. */
export interface RefView {
  label: string;
  kind: RefKind;
  to: number;
}

/** An object as the learner sees it at one step. Immutable: a changed object gets a new view. */
export interface ObjView {
  addr: number;
  /** Type name (`list`, `Students`). */
  type: string;
  /** Short value text (`'Mary'`, `1000`, `len 3`, `class Students`). */
  repr: string;
  refcnt: number;
  /** Tracked by the cycle collector (gc.is_tracked). */
  tracked: boolean;
  /** Generation 0..2 when tracked (-1: permanent, gc.freeze), else null. */
  generation: number | null;
  /** Static or shared by the interpreter (small ints, None, True/False, interned str, types). */
  cached: boolean;
  /** What it holds (not drawn into: modules, built-in functions). */
  opaque: boolean;
  /** List/tuple items (addresses, in order; label `[i]`), kept compact: at most REF_CAP. */
  items: number[] | null;
  /** Other references (attributes, dict entries, cells...), at most REF_CAP. */
  refs: RefView[];
  /** How many references the object holds in all (items + refs before the cap). */
  nrefs: number;
  /**
   * The references past REF_CAP grouped by target (`[address, how many]`), when they go to a few
   * objects only (`[obj] * 1000`); null when they go to too many different ones to keep.
   */
  more?: [number, number][] | null;
  /** A class: how many of its instances are alive (each refers to it), drawn or not. */
  instances?: number;
  /**
   * References from outside the drawing that the recorder could name (code constants, the frame
   * of a call in progress, the static base count of a cached object). Anything else that makes up
   * `refcnt` is reported by the explanation as "N other references".
   */
  outside: OutsideRef[];
}

export interface OutsideRef {
  why: string;
  n: number;
  /**
   * The object that holds this reference, when it can be drawn (a constant tuple, the module's
   * globals dict): the reference is listed as its slot then, and counted here only when it is not.
   */
  via?: number;
}

/** A name in a frame: a global, a local, or a cell variable (the name refers to the cell). */
export interface VarView {
  name: string;
  to: number;
  /** `fast` local, module `global`, `cell` (captured by a closure), class-body `ns`. */
  scope: 'global' | 'fast' | 'cell' | 'ns';
}

export interface FrameView {
  /** Stable for the frame's lifetime (calls get increasing ids). */
  id: number;
  /** `<module>` or the function's qualname. */
  name: string;
  /** The line this frame is executing (the caller's line for outer frames). */
  line: number | null;
  vars: VarView[];
  /** Address of the function object this frame runs (its frame holds a reference), or null. */
  func: number | null;
  /**
   * The module frame's globals dict: its `global` names are that dict's entries (when the dict is
   * drawn too, `globals()`, its slots list them and the names do not count twice).
   */
  globals?: number;
}

/** A complete picture of the heap at one moment. */
export interface HeapState {
  /** Outermost (module) first. */
  frames: FrameView[];
  objects: Map<number, ObjView>;
  /** Objects alive but unreachable from any frame: a cycle awaiting the collector. */
  unreachable: number[];
  /** Interpreter temporaries holding a reference at this step (see TraceStep.temps). */
  temps: TempRef[];
  /** At a 'call' step: the object sys.getrefcount() reports on (TraceStep.arg). */
  arg?: number;
}

/**
 * A reference an interpreter temporary holds: a value on a frame's evaluation stack (the argument of
 * sys.getrefcount(), `print` and `x` in `print(x, f())` while f runs, a for loop's iterator), the
 * instance a class call holds while __init__ runs.
 */
export interface TempRef {
  addr: number;
  why: string;
}

/** The phases of one collection, named as in CPython's Modules/gcmodule.c (3.11). */
export type GcPhase =
  | 'start'
  | 'update_refs'
  | 'subtract_refs'
  | 'move_unreachable'
  | 'move_legacy_finalizers'
  | 'handle_weakrefs'
  | 'finalize_garbage'
  | 'handle_resurrected_objects'
  | 'delete_garbage'
  | 'done';

/**
 * What the collector emits at each phase (the contract with src/sim/gc.ts). `objects` are the
 * objects of the generations being collected with their gc_refs at the end of that phase;
 * `unreachable` the addresses in the unreachable list once it exists (from move_unreachable on).
 */
export interface GcPhaseEvent {
  phase: GcPhase;
  generation: number;
  objects: { addr: number; gc_refs: number }[];
  unreachable?: number[];
  /** On 'done': gc.collect()'s return value parts. */
  collected?: number;
  uncollectable?: number;
}

export interface GcStepInfo {
  phase: GcPhase;
  generation: number;
  /** gc_refs per address during this phase. */
  gcRefs: [number, number][];
  unreachable: number[];
  collected?: number;
  uncollectable?: number;
  /** True when the recorder computed the phases itself (the collector emitted no events). */
  synthesized?: boolean;
}

/**
 * One step: the state just BEFORE `line` runs (Python Tutor's convention), a collector phase, or
 * the moment a built-in that reports counts runs (`call`: inside sys.getrefcount(x), where the
 * argument is one more reference).
 */
export interface TraceStep {
  kind: 'line' | 'gc' | 'call' | 'end';
  /** 1-based line about to run; for 'gc' the line calling the collector; for 'end' null. */
  line: number | null;
  /** Shared with the previous step when unchanged (no copy). */
  frames: FrameView[];
  /** Objects created or changed since the previous step (their new views). */
  changed: ObjView[];
  /** Addresses freed (ob_refcnt reached 0 / collected) since the previous step. */
  freed: number[];
  /** Addresses no longer drawn but still alive (only interpreter internals refer to them). */
  hidden: number[];
  /** Shared with the previous step when unchanged. */
  unreachable: number[];
  /** Characters of output (stdout and stderr, interleaved) written before this step. */
  outLen: number;
  gc?: GcStepInfo;
  /** For 'call': the built-in running (`sys.getrefcount`). */
  call?: string;
  /** For 'call': the address of the object it reports on (its argument). */
  arg?: number;
  /**
   * The references interpreter temporaries hold at this step (src/sim/trace-stack.ts). Shared with
   * the previous step when unchanged; absent when there are none.
   */
  temps?: TempRef[];
}

export interface OutputChunk {
  stream: 'out' | 'err';
  /** Offset of the chunk in the combined output. */
  at: number;
  text: string;
}

export interface Trace {
  source: string;
  steps: TraceStep[];
  /** Full states at every `keyframeEvery` steps (index i*keyframeEvery): objects only. */
  keyframes: ObjView[][];
  keyframeEvery: number;
  output: OutputChunk[];
  exitCode: number;
  error: { type: string; message: string; lineno: number | null } | null;
  /** Statements the program executed (may exceed the recorded steps). */
  executed: number;
  /** Set when only the first `maxSteps` steps were kept. */
  truncated: { maxSteps: number } | null;
  /** Set when the recorder itself failed: the steps stop there (the program ran to its end). */
  recorderError: string | null;
  /** Set when a heap larger than this was cut to stay drawable. */
  objectLimit: number;
  objectsTruncated: boolean;
}
