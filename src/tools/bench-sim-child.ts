/**
 * One simulator run of one benchmark program, in a process of its own (as a learner's worker is one
 * process per page). Prints the program's stdout and stderr, then one JSON line on stderr:
 * {"importMs", "firstRunMs", "runMs", "cpuMs"}: loading the simulator, running an empty program cold,
 * and the program's own run (wall and CPU time; CPU includes V8's helper threads, e.g. its GC).
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: bench-sim-child <program.py>');
const source = readFileSync(file, 'utf8');

const t0 = performance.now();
const { runProgram } = await import('../sim/index.ts');
const t1 = performance.now();
runProgram('pass\n', {});
let stdout = '';
let stderr = '';
const t2 = performance.now();
const cpu0 = process.cpuUsage();
const result = runProgram(source, {
  filename: file,
  stepBudget: Number.MAX_SAFE_INTEGER,
  maxOutputChars: Number.MAX_SAFE_INTEGER,
  onStdout: (text) => (stdout += text),
  onStderr: (text) => (stderr += text),
});
const cpu = process.cpuUsage(cpu0);
const t3 = performance.now();
process.stdout.write(stdout);
process.stderr.write(stderr);
// the last collection's own time (bench:sim compares bigheap.py's full collection with CPython's)
const { gcTimings } = await import('../sim/gc.ts');
process.stderr.write(`\n${JSON.stringify({ importMs: t1 - t0, firstRunMs: t2 - t1, runMs: t3 - t2, cpuMs: (cpu.user + cpu.system) / 1000, gcMs: gcTimings.lastMs })}\n`);
process.exitCode = result.exitCode;
