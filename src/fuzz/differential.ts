/**
 * Differential fuzzing: program i of seed S runs under CPython and the simulator; a difference
 * in stdout, normalized stderr or exit status is a divergence. Divergences are grouped by a
 * signature (the first differing line, digits blurred), a few per group are minimized and
 * written to the regression corpus with CPython's outcome as the expectation.
 */
import { PrngChoices } from './choices.ts';
import { generateProgram } from './gen/program.ts';
import type { Feature } from './gen/expr.ts';
import type { Outcome } from './cpython.ts';
import { CPythonRunner, rejectedByCPython } from './cpython.ts';
import type { Divergence } from './compare.ts';
import { compare, simulate } from './compare.ts';
import { minimizeProgram } from './minimize.ts';

export interface DiffOptions {
  runs: number;
  seed: number;
  jobs: number;
  statements: number;
  exclude?: ReadonlySet<Feature>;
  /** Also run CPython a second time with another hash seed: the generator must be deterministic. */
  checkDeterminism?: boolean;
  /** Skip the simulator (validating the generator alone). */
  pythonOnly?: boolean;
  onProgress?: (done: number) => void;
}

export interface DivergentProgram {
  seed: number;
  index: number;
  source: string;
  expected: Outcome;
  divergence: Divergence;
  signature: string;
}

export interface DiffReport {
  programs: number;
  identical: number;
  divergent: DivergentProgram[];
  pythonRejected: number;
  nondeterministic: number;
  /**
   * Programs the simulator differs on where CPython differs from itself too, run from directories
   * with other path lengths (CPythonRunner.runElsewhere): their output is not the language's.
   */
  unstable: DivergentProgram[];
  /**
   * Programs the simulator stopped at one of its limits (heap, output, steps: the learner's tab
   * is protected by design) where CPython ran to the end: not comparable, counted apart.
   */
  limited: number;
  /** Divergent programs where the simulator reported an internal error (SystemError: internal…). */
  internal: number;
  seconds: number;
}

export function programFor(seed: number, index: number, statements: number, exclude: ReadonlySet<Feature> = new Set()): string {
  // Knuth's multiplicative hash spreads consecutive indices over the PRNG's seed space.
  return generateProgram(new PrngChoices((seed * 0x9e3779b1 + index * 0x85ebca6b) >>> 0), { statements, uncaughtPercent: 10, exclude });
}

const INTERNAL = /internal (simulator|parser) error|out of JavaScript stack|<runProgram threw/;

const blur = (s: string) => s.replace(/\d+/g, '#').slice(0, 160);

export function signatureOf(d: Divergence): string {
  return `${d.streams[0]}: expected ${JSON.stringify(blur(d.expected))} got ${JSON.stringify(blur(d.got))}`;
}

/**
 * A coarser grouping for choosing what to minimize: the same characters in another order (set
 * iteration order, finalizer order...), or the same line with other numbers.
 */
export function causeOf(d: Divergence): string {
  const sortChars = (x: string) => [...x].sort().join('');
  if (d.expected !== d.got && sortChars(d.expected) === sortChars(d.got)) return `${d.streams[0]}: same characters, other order`;
  // The words of both lines, whatever punctuation the program printed them with
  // (`print(type(e).__name__, e)` vs `print(repr(e))` show the same bug).
  const words = (x: string) => [...new Set(x.match(/[A-Za-z_]{2,}/g) ?? [])].sort().join(' ');
  const key = `${words(d.expected)} | ${words(d.got)}`;
  return key.length > 3 ? `${d.streams[0]}: ${key}` : signatureOf(d);
}

export async function runDifferential(o: DiffOptions, cpython = new CPythonRunner()): Promise<DiffReport> {
  const t0 = performance.now();
  const report: DiffReport = { programs: 0, identical: 0, divergent: [], pythonRejected: 0, nondeterministic: 0, unstable: [], limited: 0, internal: 0, seconds: 0 };
  let next = 0;
  const lane = async () => {
    while (next < o.runs) {
      const index = next++;
      const source = programFor(o.seed, index, o.statements, o.exclude);
      const expected = await cpython.run(source);
      report.programs++;
      o.onProgress?.(report.programs);
      if (rejectedByCPython(expected)) {
        report.pythonRejected++;
        continue;
      }
      if (o.checkDeterminism) {
        const again = await cpython.run(source, '1');
        if (compare(expected, again) !== null) {
          report.nondeterministic++;
          continue;
        }
      }
      if (o.pythonOnly) {
        report.identical++;
        continue;
      }
      const got = simulate(source);
      const divergence = compare(expected, got);
      if (divergence !== null && INTERNAL.test(got.stderr)) report.internal++;
      if (divergence === null) {
        report.identical++;
        continue;
      }
      if (got.result !== null && got.result.limit !== null && expected.exitCode === 0) {
        report.limited++;
        continue;
      }
      const p: DivergentProgram = { seed: o.seed, index, source, expected, divergence, signature: signatureOf(divergence) };
      // only a difference CPython reproduces from elsewhere counts against the simulator
      if ((await cpython.runElsewhere(source)).some((o) => compare(expected, o) !== null)) report.unstable.push(p);
      else report.divergent.push(p);
    }
  };
  await Promise.all(Array.from({ length: o.jobs }, lane));
  report.seconds = (performance.now() - t0) / 1000;
  return report;
}

/** Still the same divergence: CPython accepts it, doesn't newly fail, and the first differing line looks the same. */
export function sameDivergence(cpython: CPythonRunner, original: DivergentProgram) {
  return async (source: string): Promise<boolean> => {
    const expected = await cpython.run(source);
    if (rejectedByCPython(expected)) return false;
    if (original.expected.exitCode === 0 && expected.exitCode !== 0) return false;
    const d = compare(expected, simulate(source));
    return d !== null && signatureOf(d) === original.signature;
  };
}

export async function minimizeDivergence(cpython: CPythonRunner, p: DivergentProgram): Promise<{ source: string; expected: Outcome; divergence: Divergence } | null> {
  const small = await minimizeProgram(p.source, sameDivergence(cpython, p));
  const expected = await cpython.run(small);
  const divergence = compare(expected, simulate(small));
  return divergence === null ? null : { source: small, expected, divergence };
}
