/**
 * `npm run bench:limits`: how long each runaway program takes to be stopped by the simulator's
 * DEFAULT limits (what a learner's run gets when the page passes none), in a child process with a
 * 256 MB JS heap. The target is under 2 s of simulator time each (issue 8). A process that dies
 * means no limit caught the program (e.g. no heap bound).
 */
import { RUNAWAYS, runChild } from '../fuzz/runaway.ts';

const TARGET_MS = 2000;
console.log('case         simulator ms  result');
for (const [name, source] of Object.entries(RUNAWAYS)) {
  const t0 = performance.now();
  try {
    const s = await runChild(source, { timeoutMs: 120_000 });
    const flag = s.ms < TARGET_MS ? 'ok  ' : 'SLOW';
    console.log(`${name.padEnd(12)} ${String(Math.round(s.ms)).padStart(12)}  ${flag} ${s.limit ?? '-'}: ${s.lastStderrLine.slice(0, 100)}`);
  } catch (e) {
    const ms = Math.round(performance.now() - t0);
    console.log(`${name.padEnd(12)} ${String(ms).padStart(12)}  FAIL ${(e as Error).message.slice(0, 140)}`);
  }
}
