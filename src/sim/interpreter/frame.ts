/** Frames, code objects and the interpreter's per-run state. */
import type { PyObject } from '../objects/pyobject.ts';
import type { DictEntry } from '../objects/core.ts';
import type * as A from '../parse/ast.ts';

export type Ex = (f: Frame) => PyObject;
export type St = (f: Frame) => number;

/** Statement completions. */
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;

export type Pos = A.Position & { _type: string };

export class Frame {
  fast: (PyObject | null)[];
  cells: PyObject[];
  globals: PyObject;
  gmap: Map<unknown, DictEntry>;
  /** Class-body namespace (STORE_NAME / LOAD_NAME in a class body). */
  ns: Map<string, PyObject> | null = null;
  code: CodeInfo;
  /** The node of the instruction being executed (traceback line and caret positions). */
  pos: Pos | null = null;
  retval: PyObject | null = null;
  back: Frame | null;
  func: PyObject | null;
  /** An exception's traceback references this frame: its locals live as long as the exception. */
  heldByExc = false;
  /**
   * CPython made this frame's PyFrameObject (the first traceback entry through it does): a gc
   * allocation, freed when the frame ends or, if a traceback still holds it, with the exception.
   */
  frameObject = false;
  /** `fast` is either the number of fast locals (all unbound) or an array the frame takes over. */
  constructor(code: CodeInfo, globals: PyObject, back: Frame | null, func: PyObject | null, fast: number | (PyObject | null)[]) {
    this.code = code;
    this.globals = globals;
    this.gmap = globals.v as Map<unknown, DictEntry>;
    this.back = back;
    this.func = func;
    this.fast = typeof fast !== 'number' ? fast : fast === 0 ? EMPTY : new Array(fast).fill(null);
    this.cells = EMPTY_CELLS;
  }
}
const EMPTY: (PyObject | null)[] = [];
const EMPTY_CELLS: PyObject[] = [];

export interface CodeInfo {
  name: string;
  qualname: string;
  filename: string;
  varnames: string[];
  nlocals: number;
  argcount: number;
  posonlycount: number;
  kwonlynames: string[];
  hasVarargs: boolean;
  hasVarkw: boolean;
  /** For each cellvar: the fast index of the parameter it starts from, or -1. */
  cellParam: number[];
  cellnames: string[];
  freenames: string[];
  body: St[];
  /** Constants this code object holds (co_consts): one reference each, for refcount fidelity. */
  consts: Set<PyObject>;
  source: string[];
  isGenerator: boolean;
  /** co_warmup (specialize.ts): RESUMEs and backward jumps until CPython quickens the code. */
  warmup: number;
}

export const R = {
  frame: null as Frame | null,
  depth: 0,
  steps: 0,
  stepBudget: 10_000_000,
  /** Exceptions currently being handled (innermost last): bare `raise`, __context__. */
  excStack: [] as PyObject[],
  out: (_s: string) => {},
  err: (_s: string) => {},
};
