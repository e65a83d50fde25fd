/** Running a parsed module: per-run state, uncaught exceptions, interpreter shutdown. */
import type * as A from '../parse/ast.ts';
import { PyObject, PyType, Tag } from '../objects/pyobject.ts';
import type { DictEntry, ExcState } from '../objects/core.ts';
import { False, None, True, internStr, newDict, newStr, SystemError, excTypes } from '../objects/core.ts';
import { runtime, heapTypes, str as pyStrOf } from '../objects/abstract.ts';
import { decref, incref, gcCount, freeLists, generations, permanent, deallocHooks, heapBudget, isJsSizeError } from '../heap.ts';
import { LimitExceeded, ExitRequest, pyErr } from '../objects/errors.ts';
import { Compiler, ImportErrorRef } from './compile.ts';
import { Frame, R } from './frame.ts';
import { addTraceback } from './exceptions.ts';
import { formatException } from './traceback.ts';
import { builtinsMap, output } from '../modules/builtins.ts';
import { newModule, resetModules } from '../modules/index.ts';
import { resetStaticRefcounts } from '../objects/startup.ts';
import { saveHeapState, restoreHeapState } from '../heap.ts';
import { saveInterned, restoreInterned } from '../objects/core.ts';
import { collectAtExit, resetCollector, traverse, mainModule as gcMainModule, presetFreeLists } from '../gc.ts';
import { modelCompilation } from '../compile-model/index.ts';
import { HeapLedger } from '../compile-model/heap-ledger.ts';
import type { CodeSummary } from '../compile-model/index.ts';
import type { CodeInfo } from './frame.ts';
import { warmUp } from './specialize.ts';
import { syntaxWarnings } from './syntax-warnings.ts';

/**
 * None, True and False are referenced once by each co_consts tuple that holds them, and CPython's
 * compiler merges equal tuples (every `def f(): ...` without a docstring shares one `(None,)`):
 * the simulator's code objects noted them once each, so the model's merged tuples decide
 * (sys.getrefcount(None) as CPython prints it).
 */
function settleSingletonConstRefs(model: CodeSummary[], codes: CodeInfo[]): void {
  for (const [o, text] of [[None, 'None'], [True, 'bool:True'], [False, 'bool:False']] as const) {
    let cpython = 0;
    for (const s of model) if (!s.constsShared) for (const t of s.consts) if (t === text) cpython++;
    let simulated = 0;
    for (const c of codes) if (c.consts.has(o)) simulated++;
    o.ob_refcnt += cpython - simulated;
  }
}
import { exitFinalizationOrder, snapshotExitLists } from './shutdown.ts';
import type { ExitSnapshot } from './shutdown.ts';
import { resetWeakrefs, atexit } from '../weakrefs.ts';
import '../objects/methods.ts';
import '../objects/str-predicates.ts';
import '../objects/str-edits.ts';
import '../objects/tp-new.ts';
import type { LimitKind, RunResult, ErrorLocation } from '../api.ts';
import { GlobalsMap } from './globals.ts';
import { checkDeadline, startStepBudget, stepLimit } from './step-budget.ts';

ImportErrorRef.t = excTypes.get('ImportError')!;

export interface RunConfig {
  filename: string;
  stepBudget: number;
  /** Wall-clock budget of the run (stops an endless loop in time in the browser); none if undefined. */
  timeLimitMs?: number;
  maxOutputChars: number;
  out: (s: string) => void;
  err: (s: string) => void;
  /** A second module run in the same globals once the first ends normally (exercise checks). */
  after?: { mod: A.Module; source: string; filename: string; begin: () => void };
}

let heapSaved = false;

function resetRunState(cfg: RunConfig): void {
  R.frame = null;
  R.depth = 0;
  R.steps = 0;
  startStepBudget(cfg.stepBudget, cfg.timeLimitMs);
  R.excStack = [];
  R.out = cfg.out;
  R.err = cfg.err;
  runtime.recursionLimit = 1000;
  output.chars = 0;
  output.held = '';
  output.max = cfg.maxOutputChars;
  heapBudget.live = 0;
  heapBudget.liveChars = 0;
  heapBudget.exceeded = () => new LimitExceeded('heap');
  heapBudget.checkTime = checkDeadline;
  // the same start for every run in one process (a reused worker, the grader): allocator,
  // static objects and interned strings as at module load, then CPython's start-up counts
  if (!heapSaved) {
    saveHeapState();
    saveInterned();
    heapSaved = true;
  } else {
    restoreHeapState();
    restoreInterned();
  }
  resetStaticRefcounts();
  for (const g of generations) g.clear();
  permanent.clear();
  gcCount[0] = gcCount[1] = gcCount[2] = 0;
  resetCollector();
  resetWeakrefs();
  resetModules();
}

/** 2000 → '2 seconds', 1500 → '1.5 seconds'. */
function formatSeconds(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  return `${s} second${s === 1 ? '' : 's'}`;
}

function errorLocation(e: PyObject): ErrorLocation {
  const st = e.v as ExcState;
  const first = st.tb[0];
  let message = '';
  try {
    message = formatException(e).trimEnd().split('\n').pop() ?? '';
    const i = message.indexOf(': ');
    message = i >= 0 ? message.slice(i + 2) : '';
  } catch {
    message = '';
  }
  const loc: ErrorLocation = { type: e.ob_type.name, message, lineno: first ? first.lineno : null };
  if (first && first.pos) {
    loc.col = first.pos.col_offset + 1;
    loc.end_lineno = first.pos.end_lineno;
    loc.end_col = first.pos.end_col_offset + 1;
  }
  return loc;
}

/** Report an exception raised inside __del__ (PyErr_WriteUnraisable). */
runtime.unraisable = (e: PyObject, where: string) => {
  let text = where + '\n';
  try {
    text += formatException(e);
  } catch {
    text += e.ob_type.name + '\n';
  }
  output.write('err', text);
  decref(e);
};

export function runModule(mod: A.Module, source: string, cfg: RunConfig): RunResult {
  resetRunState(cfg);
  let exitCode = 0;
  let error: ErrorLocation | null = null;
  let limit: LimitKind | null = null;
  const globals = newDict(new GlobalsMap());
  const gmap = globals.v as Map<unknown, DictEntry>;
  const setG = (k: string, v: PyObject) => gmap.set(k, { k: internStr(k), v });
  const builtinsModule = newModule('builtins');
  for (const [k, v] of builtinsMap) builtinsModule.dict!.set(k, incref(v));
  setG('__name__', internStr('__main__'));
  setG('__doc__', incref(None));
  setG('__package__', incref(None));
  setG('__loader__', incref(None));
  setG('__spec__', incref(None));
  setG('__annotations__', newDict());
  setG('__builtins__', builtinsModule);
  setG('__file__', newStr(cfg.filename));
  setG('__cached__', incref(None));
  gcMainModule.dict = globals;
  const mainModule = newModule('__main__');
  let frame: Frame | null = null;
  let uncaught: PyObject | null = null;
  const handleUncaught = (e: unknown) => {
    if (e instanceof PyObject && e.ob_type.isSubtype(excTypes.get('SystemExit')!)) {
      // sys.exit() / raise SystemExit: no traceback; an int is the status, anything else is printed
      const args = (e.v as ExcState).args.v as PyObject[];
      const code = args.length === 0 ? None : args.length === 1 ? args[0] : (e.v as ExcState).args;
      if (code === None) exitCode = 0;
      else if (code.ob_type.tag === Tag.Int || code.ob_type.tag === Tag.Bool) exitCode = Number(code.v) & 0xff;
      else {
        exitCode = 1;
        output.write('err', pyStrOf(code) + '\n');
      }
      return;
    }
    // the engine's own string or array limit: the simulated heap ran out
    if (isJsSizeError(e)) e = heapBudget.exceeded();
    if (e instanceof PyObject) {
      if (frame !== null) addTraceback(e, frame);
      exitCode = 1;
      error = errorLocation(e);
      try {
        output.write('err', formatException(e));
      } catch (e2) {
        if (e2 instanceof LimitExceeded) limit = e2.kind;
      }
      // sys.last_value is cleared first at shutdown: the frames it kept alive go now
      uncaught = e;
      return;
    }
    if (e instanceof LimitExceeded) {
      limit = e.kind;
      exitCode = 1;
      const msg = e.kind === 'steps'
        ? `SimulatorLimit: the program ran more than ${stepLimit()} steps and was stopped (an endless loop?)\n`
        : e.kind === 'time'
          ? `SimulatorLimit: the program ran for more than ${formatSeconds(cfg.timeLimitMs ?? 0)} and was stopped (an endless loop?)\n`
          : e.kind === 'output'
          ? `SimulatorLimit: the program printed more than ${output.max} characters and was stopped\n`
          : 'SimulatorLimit: the program used too much memory and was stopped\n';
      R.err(msg);
      return;
    }
    if (e instanceof ExitRequest) {
      exitCode = e.code;
      return;
    }
    // an internal error: never a JS stack for the learner
    exitCode = 1;
    const detail = e instanceof RangeError && /call stack/i.test(e.message)
      ? 'the simulator ran out of JavaScript stack (recursion too deep)'
      : `internal simulator error: ${e instanceof Error ? e.message : String(e)}`;
    const se = pyErr(SystemError, detail);
    error = { type: 'SystemError', message: detail, lineno: frame?.pos?.lineno ?? null };
    try {
      output.write('err', formatException(se));
    } catch {
      // output limit reached while reporting: nothing more to say
    }
  };
  try {
    const compiler = new Compiler(mod, cfg.filename, source);
    // what CPython's compiler warns about, on stderr before anything runs
    const warnings = syntaxWarnings(mod, compiler.folded.constants, cfg.filename, source.split(/\r\n|\r|\n/));
    if (warnings !== '') output.write('err', warnings);
    // what CPython's compiler allocates and frees before the first line runs, on the free lists
    // as it finds them (the setup above stands for CPython's start-up, which they reflect)
    presetFreeLists();
    const modelCodes = modelCompilation(mod, compiler.table, new HeapLedger());
    // the simulator's own constant objects (tuples, frozensets) stand for the ones the model just
    // counted: making them moves neither the count nor the free lists a second time
    const counted = { count: gcCount[0], list: freeLists.list, dict: freeLists.dict, tuple: freeLists.tuple.slice() };
    const code = compiler.compileModule(mod);
    gcCount[0] = counted.count;
    freeLists.list = counted.list;
    freeLists.dict = counted.dict;
    for (let i = 0; i < counted.tuple.length; i++) freeLists.tuple[i] = counted.tuple[i];
    settleSingletonConstRefs(modelCodes, compiler.codes);
    frame = new Frame(code, globals, null, null, 0);
    R.frame = frame;
    R.depth = 1;
    warmUp(code); // the module's RESUME
    // While the module runs CPython 3.11 holds its globals twice more: the function object
    // PyEval_EvalCode builds (func_globals) and the frame's f_locals, which is the same dict.
    globals.ob_refcnt += 2;
    try {
      for (const st of code.body) st(frame);
      if (cfg.after !== undefined) {
        cfg.after.begin();
        const afterCode = new Compiler(cfg.after.mod, cfg.after.filename, cfg.after.source).compileModule(cfg.after.mod);
        frame = new Frame(afterCode, globals, null, null, 0);
        R.frame = frame;
        warmUp(afterCode);
        for (const st of afterCode.body) st(frame);
      }
    } catch (e) {
      handleUncaught(e);
    }
    globals.ob_refcnt -= 2;
    R.frame = null;
    if (limit === null) {
      try {
        if (uncaught !== null) {
          const u: PyObject = uncaught;
          uncaught = null;
          decref(u);
        }
        atexit.run?.();
        // Py_FinalizeEx collects garbage while __main__'s globals still exist; the list order
        // that collection leaves is the order finalize_modules' collection finalizes in
        const snap = anyFinalizerClass() ? snapshotExitLists() : null;
        collectAtExit();
        shutdown(globals, gmap, snap);
      } catch (e) {
        handleUncaught(e);
      }
    }
  } catch (e) {
    handleUncaught(e);
  }
  void mainModule;
  return { exitCode, stdout: '', stderr: '', error, limit, steps: R.steps };
}

/**
 * Interpreter shutdown (finalize_modules): __main__ leaves sys.modules and the collector finds
 * its dict and what only the dict held unreachable, calling __del__ in its list order (see
 * shutdown.ts); then the globals are released.
 */
function shutdown(globals: PyObject, gmap: Map<unknown, DictEntry>, snap: ExitSnapshot | null): void {
  if (snap !== null && anyFinalizerClass()) finalizeInExitOrder(globals, snap);
  const entries = [...gmap.values()];
  gmap.clear();
  for (const e of entries) {
    decref(e.k);
    decref(e.v);
  }
}

function anyFinalizerClass(): boolean {
  for (const t of heapTypes) if (t.ob_refcnt > 0 && t.lookup('__del__') !== null) return true;
  return false;
}

function finalizeInExitOrder(globals: PyObject, snap: ExitSnapshot): void {
  // only what the module's dict holds becomes garbage
  const reach = new Set<PyObject>([globals]);
  const stack: PyObject[] = [globals];
  while (stack.length) {
    traverse(stack.pop()!, (c) => {
      if (!reach.has(c)) {
        reach.add(c);
        stack.push(c);
      }
    });
  }
  for (const o of exitFinalizationOrder(snap, globals)) {
    if (!reach.has(o) || o.ob_refcnt <= 0 || o.gc === null || o.gc.finalized) continue;
    const t = o.ob_type;
    if (!t.heap || t.lookup('__del__') === null) continue;
    incref(o);
    deallocHooks.finalize(o);
    decref(o);
  }
}

