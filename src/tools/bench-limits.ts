/**
 * `npm run bench:limits [--cli]`: how long each runaway program takes to be stopped with the limits
 * a learner's editor run gets in the browser (or, with --cli, the CLI's defaults), in a child process with a
 * 256 MB JS heap. The target is under 2 s of simulator time each (issue 8). A process that dies
 * means no limit caught the program (e.g. no heap bound).
 */
import { RUNAWAYS, runChild } from '../fuzz/runaway.ts';
import { DEFAULT_RUN_TIME_MS, DEFAULT_STEP_BUDGET } from '../lib/run-limits.ts';

const TARGET_MS = 2000;
// What a learner's editor run gets in the browser (src/lib/sim-client.ts), and the CLI's defaults.
const settings = {
  browser: { stepBudget: DEFAULT_STEP_BUDGET, timeLimitMs: DEFAULT_RUN_TIME_MS },
  cli: {},
};
const which = process.argv.includes('--cli') ? 'cli' : 'browser';
console.log(`limits: ${which} settings ${JSON.stringify(settings[which])}${which === 'browser' ? ' (--cli for the CLI defaults)' : ''}`);
console.log('case         wall ms   cpu ms  result');
for (const [name, source] of Object.entries(RUNAWAYS)) {
  const t0 = performance.now();
  try {
    const s = await runChild(source, { ...settings[which], timeoutMs: 120_000 });
    // wall time under the target, or CPU time when the machine is busy (wall then measures the load)
    const flag = s.ms < TARGET_MS ? 'ok  ' : s.cpuMs < TARGET_MS ? 'ok (cpu)' : 'SLOW';
    console.log(`${name.padEnd(12)} ${String(Math.round(s.ms)).padStart(7)} ${String(Math.round(s.cpuMs)).padStart(8)}  ${flag} ${s.limit ?? '-'}: ${s.lastStderrLine.slice(0, 100)}`);
  } catch (e) {
    const ms = Math.round(performance.now() - t0);
    console.log(`${name.padEnd(12)} ${String(ms).padStart(12)}  FAIL ${(e as Error).message.slice(0, 140)}`);
  }
}
