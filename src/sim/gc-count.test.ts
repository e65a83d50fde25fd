/**
 * gc.get_count() against CPython 3.11's, construct by construct.
 * Fixtures (regenerate both after changing a measured rule):
 * - __fixtures__/gc-count-deltas.json: `python3 -S src/tools/measure/gc_count_deltas.py > src/sim/__fixtures__/gc-count-deltas.json`
 * - __fixtures__/first-line-counts.json: CPython's `print(*gc.get_count())` on the first line of the
 *   corpus programs (fidelity, fuzz regressions, generated), the program compiled, never run
 * - __fixtures__/code-objects.jsonl: `python3 src/tools/measure/code_objects.py FILE...` on the same
 * - __fixtures__/compile-states.json: CPython's count and free lists when the same programs start
 *   running, read with gdb (src/tools/measure/cpython_gc_state.sh compile FILE...)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProgram } from './index.ts';
import { parse } from './parse/index.ts';
import { SymbolTable } from './interpreter/symtable.ts';
import { RecordingLedger, modelCompilation, modelCompiler } from './compile-model/index.ts';
import { HeapLedger } from './compile-model/heap-ledger.ts';
import { presetFreeLists } from './gc.ts';
import { freeLists, gcCount, gcHooks } from './heap.ts';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '..', '..');
const deltas = JSON.parse(readFileSync(path.join(here, '__fixtures__', 'gc-count-deltas.json'), 'utf8')) as Record<string, { src: string; run: number; compile: number }>;
const firstLine = JSON.parse(readFileSync(path.join(here, '__fixtures__', 'first-line-counts.json'), 'utf8')) as { head: string; programs: Record<string, string> };
const compileStates = JSON.parse(readFileSync(path.join(here, '__fixtures__', 'compile-states.json'), 'utf8')) as { programs: Record<string, string> };
const codeObjects = readFileSync(path.join(here, '__fixtures__', 'code-objects.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { path: string; codes: { name: string; consts: string[]; names: string[]; lpn: string[] }[] });

/**
 * Snippets whose run-time delta the simulator does not reproduce yet: the value the simulator
 * gives today, so a fix shows. None since a class's bases share one weak reference (session 5).
 */
const KNOWN: Record<string, number> = {};

function last(s: string): number {
  return Number(s.trim().split(/\s+/).pop());
}

describe('gc.get_count() deltas of single constructs (collector disabled)', () => {
  for (const [name, d] of Object.entries(deltas)) {
    it(`${name}: ${d.run}`, () => {
      const r = runProgram(`import gc\ngc.disable()\nc0 = gc.get_count()[0]\n${d.src}\nc1 = gc.get_count()[0]\nprint(c1 - c0)\n`, { filename: '<string>' });
      expect(r.stderr).toBe('');
      expect(last(r.stdout)).toBe(name in KNOWN ? KNOWN[name] : d.run);
    });
  }
});

/** Floats as the simulator writes them (Python's repr differs in form, not in value). */
function normalizeFloats(s: string): string {
  return s.replace(/float:([^,)]+)/g, (_m, x: string) => {
    const v = Number(x);
    return `float:${Object.is(v, -0) ? '-0.0' : Number.isInteger(v) && Math.abs(v) < 1e16 ? `${v}.0` : String(v)}`;
  });
}

describe('the compiler model (compile-model/)', () => {
  it("gives every corpus program CPython 3.11's code objects: co_consts, co_names, localsplus names", () => {
    let same = 0;
    const differ: string[] = [];
    for (const { path: file, codes } of codeObjects) {
      const mod = parse(readFileSync(path.join(root, file), 'utf8'));
      const mine = modelCompilation(mod, new SymbolTable(mod), new RecordingLedger());
      const text = (c: { name: string; consts: string[]; names: string[]; lpn: string[] }) => JSON.stringify([c.name, c.consts.map(normalizeFloats), c.names, c.lpn]);
      if (JSON.stringify(mine.map(text)) === JSON.stringify(codes.map(text))) same++;
      else differ.push(file);
    }
    expect(differ).toEqual([]);
    expect(same).toBe(codeObjects.length);
  });
});

/** src/tools/measure/sim_gc_state.ts's format: gen0 count, then the free lists. */
function heapState(): string {
  const tuples: number[] = [];
  for (let n = 1; n <= 20; n++) tuples.push(freeLists.tuple[n]);
  return `count ${gcCount[0]} list ${freeLists.list} dict ${freeLists.dict} tuple ${tuples.join(' ')}`;
}

/**
 * Programs whose compilation the model does not follow exactly yet: two leave one 4-tuple fewer
 * on its free list (and the count one lower), one two 2-tuples more (and the count two higher);
 * compiling two others reaches the collection threshold, which this test (no collector) skips.
 */
const COMPILE_KNOWN = new Set([
  '../shared/fidelity/exceptions/zero_division.py',
  'src/sim/__fixtures__/compile-count-programs/p011.py',
  'src/sim/__fixtures__/compile-count-programs/p086.py',
  'src/sim/__fixtures__/compile-count-programs/p002.py',
  'src/sim/__fixtures__/compile-count-programs/p088.py',
]);

describe('the compiler model against CPython, object by object', () => {
  it("leaves CPython's count and free lists when the module starts running (gdb)", () => {
    const afterAlloc = gcHooks.afterAlloc;
    gcHooks.afterAlloc = null;
    const wrong: string[] = [];
    let exact = 0;
    try {
      for (const [file, want] of Object.entries(compileStates.programs)) {
        const mod = parse(readFileSync(path.join(root, file), 'utf8'));
        presetFreeLists();
        modelCompiler(mod, new SymbolTable(mod), new HeapLedger());
        if (heapState() === want) exact++;
        else if (!COMPILE_KNOWN.has(file)) wrong.push(`${file}: ${heapState()} (CPython: ${want})`);
      }
    } finally {
      gcHooks.afterAlloc = afterAlloc;
    }
    expect(wrong).toEqual([]);
    // measured: 291 of 296 exact
    expect(exact).toBeGreaterThanOrEqual(Object.keys(compileStates.programs).length - COMPILE_KNOWN.size);
  });
});

describe('the count on the first line', () => {
  it('an empty program: as CPython 3.11 running a file', () => {
    const r = runProgram(firstLine.head, { filename: '<string>' });
    expect(r.stdout.trim()).toBe(firstLine.programs['<empty>']);
  });

  it('compiling the corpus programs: gc.get_count() as CPython, for most programs to the allocation', () => {
    let exact = 0;
    let withinOne = 0;
    const entries = Object.entries(firstLine.programs).filter(([file]) => file !== '<empty>');
    for (const [file, want] of entries) {
      const got = runProgram(firstLine.head + readFileSync(path.join(root, file), 'utf8'), { filename: '<string>' }).stdout.trim();
      if (got === want) exact++;
      const [g, w] = [got, want].map((x) => x.split(' ').map(Number));
      if (g[1] === w[1] && Math.abs(g[0] - w[0]) <= 1) withinOne++;
    }
    // measured: 284 of 296 exact, 285 within one allocation (the model started from fitted free
    // lists before: 198 exact; the fitted feature model before that: 43 of 408, errors up to 30).
    // From the state gdb reads at _PyAST_Compile the model's count and free lists at
    // run_eval_code_obj equal CPython's on 291 of the 296 programs; the rest: what is left in
    // compile-model/index.ts, and the runs where a collection falls inside the compilation
    expect(exact / entries.length).toBeGreaterThan(0.95);
    expect(withinOne / entries.length).toBeGreaterThan(0.96);
  });
});
