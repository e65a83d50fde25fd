/**
 * Runs one program (source on stdin) with the simulator's default limits and prints a JSON
 * summary. A child process, so a simulator without a heap bound can only kill this process
 * (JS heap out of memory), not the test runner.
 */
import { readFileSync } from 'node:fs';
import { runProgram } from '../sim/index.ts';

const source = readFileSync(0, 'utf8');
// argv[2]: the run's limits as JSON, { stepBudget?, timeLimitMs? } (default: the simulator's own).
const limits = process.argv[2] ? (JSON.parse(process.argv[2]) as { stepBudget?: number; timeLimitMs?: number }) : {};
runProgram('x = 1\n'); // warm up: module initialization is not the program's time
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const r = runProgram(source, limits);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const tail = r.stderr.trimEnd().split('\n').slice(-1)[0] ?? '';
process.stdout.write(JSON.stringify({ exitCode: r.exitCode, limit: r.limit, lastStderrLine: tail, stdoutChars: r.stdout.length, steps: r.steps, ms, cpuMs }) + '\n');
