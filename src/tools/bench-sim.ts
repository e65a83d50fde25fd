/**
 * `npm run bench:sim [-- --reps N] [-- names...]`: every program of ../shared/bench under CPython
 * (`python3 -S`) and under the simulator, alternating, in the same run. Checks both print the same
 * thing, then prints a table of the programs' own run times (interpreter start-up excluded: CPython
 * times compile+exec inside the process; the simulator times runProgram after loading) and the
 * ratio simulator/CPython per program, with the median ratio. The simulator's start-up (module load
 * and a first, cold, empty run) is printed separately.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const benchDir = path.resolve(repoRoot, '../shared/bench');

const args = process.argv.slice(2);
const repsIndex = args.indexOf('--reps');
const reps = repsIndex >= 0 ? Number(args[repsIndex + 1]) : 3;
const only = args.filter((a, i) => !a.startsWith('--') && (repsIndex < 0 || i !== repsIndex + 1));

const python = process.env.PYTHON ?? 'python3';
const pythonVersion = execFileSync(python, ['-S', '-c', 'import sys; print(sys.version.split()[0])'], {
  encoding: 'utf8',
}).trim();

// Times compile + exec of the program inside CPython, so interpreter start-up is not counted.
const CPYTHON_TIMER = `
import sys, time
path = sys.argv[1]
src = open(path).read()
t = time.perf_counter()
code = compile(src, path, 'exec')
exec(code, {'__name__': '__main__', '__builtins__': __builtins__})
sys.stderr.write('\\n{"runMs": %f}\\n' % ((time.perf_counter() - t) * 1000))
`;

interface Timing {
  stdout: string;
  runMs: number;
  importMs?: number;
  firstRunMs?: number;
}

function lastJsonLine(stderr: string): Record<string, number> {
  const lines = stderr.trimEnd().split('\n');
  return JSON.parse(lines[lines.length - 1] ?? '{}') as Record<string, number>;
}

function runCPython(file: string): Timing {
  const r = spawnSync(python, ['-S', '-c', CPYTHON_TIMER, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`CPython failed on ${file}:\n${r.stderr}`);
  return { stdout: r.stdout, ...(lastJsonLine(r.stderr) as { runMs: number }) };
}

function runSimulator(file: string): Timing {
  const child = path.join(here, 'bench-sim-child.ts');
  const r = spawnSync(process.execPath, ['--import', 'tsx', child, file], {
    encoding: 'utf8',
    cwd: repoRoot,
    maxBuffer: 1 << 26,
  });
  const timing = lastJsonLine(r.stderr);
  return { stdout: r.stdout, runMs: timing.runMs ?? NaN, importMs: timing.importMs, firstRunMs: timing.firstRunMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const programs = readdirSync(benchDir)
  .filter((f) => f.endsWith('.py'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

console.log(`bench:sim — CPython ${pythonVersion} (python3 -S) vs simulator (Node ${process.version}), median of ${reps}`);
const rows: { name: string; cpy: number; sim: number; ratio: number; same: boolean }[] = [];
const startups: number[] = [];
for (const name of programs) {
  const file = path.join(benchDir, name);
  const cpy: number[] = [];
  const sim: number[] = [];
  let same = true;
  for (let i = 0; i < reps; i++) {
    const c = runCPython(file);
    const s = runSimulator(file);
    cpy.push(c.runMs);
    sim.push(s.runMs);
    if (s.importMs !== undefined && s.firstRunMs !== undefined) startups.push(s.importMs + s.firstRunMs);
    if (c.stdout !== s.stdout) {
      same = false;
      console.log(`  ${name}: outputs differ\n    CPython:   ${JSON.stringify(c.stdout)}\n    simulator: ${JSON.stringify(s.stdout)}`);
    }
  }
  const row = { name, cpy: median(cpy), sim: median(sim), ratio: median(sim) / median(cpy), same };
  rows.push(row);
}

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number) => (Number.isFinite(x) ? (x / 1000).toFixed(3) : '   —  ').padStart(9);
console.log(`${pad('program', 14)}${'CPython s'.padStart(10)}${'sim s'.padStart(10)}${'ratio'.padStart(8)}  output`);
for (const r of rows) {
  const ratio = Number.isFinite(r.ratio) ? r.ratio.toFixed(2) : '—';
  console.log(`${pad(r.name, 14)}${num(r.cpy)} ${num(r.sim)}${ratio.padStart(8)}  ${r.same ? 'identical' : 'DIFFERS'}`);
}
const finite = rows.filter((r) => Number.isFinite(r.ratio)).map((r) => r.ratio);
console.log(`median ratio (simulator / CPython): ${finite.length ? median(finite).toFixed(2) : 'n/a'}`);
if (startups.length) console.log(`simulator start-up (load + first empty run), median: ${median(startups).toFixed(1)} ms`);
if (rows.some((r) => !r.same)) process.exitCode = 1;
