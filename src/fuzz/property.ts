/**
 * The property "runProgram never fails internally", checked with fast-check over one of the
 * arbitraries. An internal error already found (same blurred reason) does not stop the search:
 * the run restarts with a new seed and counts on, so one pass reports every distinct bug, each
 * shrunk by fast-check.
 */
import fc from 'fast-check';
import type { ArbitraryName } from './arbitraries.ts';
import { ARBITRARIES } from './arbitraries.ts';
import { checkProgram } from './oracle.ts';

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

export function checkProperty(name: ArbitraryName, o: PropertyOptions): PropertyReport {
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
  let counting = true;
  const prop = fc.property(ARBITRARIES[name](), (source) => {
    o.onProgram?.(source);
    const { verdict } = checkProgram(source, { stepBudget, maxOutputChars: o.maxOutputChars ?? 20_000 }, o.slowMs ?? 3000);
    if (counting) {
      report.runs++;
      report.verdicts[verdict.kind]++;
      if (verdict.kind === 'exception') report.exceptionTypes[verdict.type] = (report.exceptionTypes[verdict.type] ?? 0) + 1;
    }
    if (verdict.kind !== 'internal') return true;
    const sig = blurReason(verdict.why);
    if (known.has(sig)) return true;
    lastWhy = verdict.why;
    // Shrinking re-runs the property many times: those runs are not new programs.
    counting = false;
    return false;
  });
  let round = 0;
  while (report.runs < o.runs) {
    counting = true;
    const seed = (o.seed + round++ * 7919) | 0;
    const details = fc.check(prop, { numRuns: o.runs - report.runs, seed });
    if (!details.failed) break;
    if (details.counterexample === null) throw details.errorInstance;
    // The shrunk counterexample's reason (its own run was the last failing one).
    const source = details.counterexample[0];
    const again = checkProgram(source, { stepBudget, maxOutputChars: o.maxOutputChars ?? 20_000 }, o.slowMs ?? 3000);
    const why = again.verdict.kind === 'internal' ? again.verdict.why : lastWhy;
    known.add(blurReason(lastWhy));
    known.add(blurReason(why));
    report.failures.push({ arbitrary: name, why, source, seed, numShrinks: details.numShrinks });
  }
  report.seconds = (performance.now() - t0) / 1000;
  return report;
}
