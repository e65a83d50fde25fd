/**
 * One simulator run of one benchmark program, in a process of its own (as a learner's worker is one
 * process per page). Prints the program's stdout and stderr, then one JSON line on stderr:
 * {"importMs", "firstRunMs", "runMs"}: loading the simulator, running an empty program cold, and the
 * program's own run.
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: bench-sim-child <program.py>');
const source = readFileSync(file, 'utf8');

const t0 = performance.now();
const { runProgram } = await import('../sim/index.ts');
const t1 = performance.now();
runProgram('pass\n', {});
const t2 = performance.now();
let stdout = '';
let stderr = '';
const result = runProgram(source, {
  filename: file,
  stepBudget: Number.MAX_SAFE_INTEGER,
  maxOutputChars: Number.MAX_SAFE_INTEGER,
  onStdout: (text) => (stdout += text),
  onStderr: (text) => (stderr += text),
});
const t3 = performance.now();
process.stdout.write(stdout);
process.stderr.write(stderr);
process.stderr.write(`\n${JSON.stringify({ importMs: t1 - t0, firstRunMs: t2 - t1, runMs: t3 - t2 })}\n`);
process.exitCode = result.exitCode;
