/**
 * The property "runProgram never fails internally", checked with fast-check over one of the
 * arbitraries. An internal error already found (same blurred reason) does not stop the search:
 * the run restarts with a new seed and counts on, so one pass reports every distinct bug, each
 * shrunk (delta debugging over lines, then characters).
 */
import fc from 'fast-check';
import type { ArbitraryName } from './arbitraries.ts';
import { ARBITRARIES } from './arbitraries.ts';
import { checkProgram } from './oracle.ts';
import type { RunOptions } from '../sim/api.ts';
import { ddmin, minimizeProgram } from './minimize.ts';

export interface PropertyOptions {
  runs: number;
  seed: number;
  stepBudget?: number;
  maxOutputChars?: number;
  slowMs?: number;
  /** Called before each run (the CLI's watchdog records the program being run). */
  onProgram?: (source: string) => void;
}

export interface Failure {
  arbitrary: ArbitraryName;
  why: string;
  /** The shrunk program. */
  source: string;
  seed: number;
  /** Programs run while shrinking. */
  numShrinks: number;
}

export interface PropertyReport {
  runs: number;
  verdicts: Record<'ok' | 'exception' | 'limit' | 'internal', number>;
  exceptionTypes: Record<string, number>;
  failures: Failure[];
  seconds: number;
}

export const blurReason = (why: string) => why.replace(/\d+/g, '#').replace(/'[^']*'|"[^"]*"/g, "'…'").slice(0, 200);

/**
 * The limits a fuzzed program runs with: the step budget, an output bound, and — as in the browser —
 * a time budget, half the time past which a run counts as a hang: a loop whose every step is costly
 * (`while 1: x = [0] * 10**6`) ends on the time limit, a JS loop inside one step still shows as a hang.
 */
function runLimits(o: PropertyOptions, stepBudget: number): RunOptions & { stepBudget: number } {
  return { stepBudget, maxOutputChars: o.maxOutputChars ?? 20_000, timeLimitMs: (o.slowMs ?? 10_000) / 2 };
}

/** Internal with the same blurred reason: the predicate the minimizer keeps true. */
function sameInternal(o: PropertyOptions, stepBudget: number, sig: string) {
  return async (source: string): Promise<boolean> => {
    o.onProgram?.(source);
    const { verdict } = checkProgram(source, runLimits(o, stepBudget), o.slowMs ?? 10_000);
    return verdict.kind === 'internal' && blurReason(verdict.why) === sig;
  };
}

/**
 * Shrinks a failing program: delta debugging over lines (fast-check's own shrinking of a
 * 1,500-number choice stream takes minutes), then over characters when it is short.
 */
async function shrink(source: string, keep: (s: string) => Promise<boolean>): Promise<{ source: string; steps: number }> {
  let steps = 0;
  const counted = async (s: string) => {
    steps++;
    return keep(s);
  };
  let small = await minimizeProgram(source, counted);
  if (small.length <= 400) {
    small = (await ddmin([...small], counted, new Map(), (u) => u.join(''))).join('');
  }
  return { source: small, steps };
}

export async function checkProperty(name: ArbitraryName, o: PropertyOptions): Promise<PropertyReport> {
  const t0 = performance.now();
  const stepBudget = o.stepBudget ?? 20_000;
  const report: PropertyReport = {
    runs: 0,
    verdicts: { ok: 0, exception: 0, limit: 0, internal: 0 },
    exceptionTypes: {},
    failures: [],
    seconds: 0,
  };
  const known = new Set<string>();
  let lastWhy = '';
  const prop = fc.property(ARBITRARIES[name](), (source) => {
    o.onProgram?.(source);
    const { verdict } = checkProgram(source, runLimits(o, stepBudget), o.slowMs ?? 10_000);
    report.runs++;
    report.verdicts[verdict.kind]++;
    if (verdict.kind === 'exception') report.exceptionTypes[verdict.type] = (report.exceptionTypes[verdict.type] ?? 0) + 1;
    if (verdict.kind !== 'internal') return true;
    const sig = blurReason(verdict.why);
    if (known.has(sig)) return true;
    lastWhy = verdict.why;
    return false;
  });
  let round = 0;
  while (report.runs < o.runs) {
    const seed = (o.seed + round++ * 7919) | 0;
    const details = fc.check(prop, { numRuns: o.runs - report.runs, seed, endOnFailure: true });
    if (!details.failed) break;
    if (details.counterexample === null) throw details.errorInstance;
    const sig = blurReason(lastWhy);
    known.add(sig);
    const small = await shrink(details.counterexample[0], sameInternal(o, stepBudget, sig));
    report.failures.push({ arbitrary: name, why: lastWhy, source: small.source, seed, numShrinks: small.steps });
  }
  report.seconds = (performance.now() - t0) / 1000;
  return report;
}
