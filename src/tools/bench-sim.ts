/**
 * `npm run bench:sim [-- --reps N] [-- names...]`: every program of ../shared/bench under CPython
 * (`python3 -S`) and under the simulator, alternating, in the same run. Checks both print the same
 * thing, then prints a table of the programs' own run times (interpreter start-up excluded: CPython
 * times compile+exec inside the process; the simulator times runProgram after loading) and the
 * ratio simulator/CPython per program, with the median ratio. The simulator's start-up (module load
 * and a first, cold, empty run) is printed separately.
 * A second table compares CPU time (CPython: time.process_time(); simulator: process.cpuUsage()), which
 * swings far less than wall time on a loaded machine. `--json` adds one machine-readable line.
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
c = time.process_time()
code = compile(src, path, 'exec')
exec(code, {'__name__': '__main__', '__builtins__': __builtins__})
c = time.process_time() - c
sys.stderr.write('\\n{"runMs": %f, "cpuMs": %f}\\n' % ((time.perf_counter() - t) * 1000, c * 1000))
`;

interface Timing {
  stdout: string;
  runMs: number;
  cpuMs: number;
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
  return { stdout: r.stdout, ...(lastJsonLine(r.stderr) as { runMs: number; cpuMs: number }) };
}

function runSimulator(file: string): Timing {
  const child = path.join(here, 'bench-sim-child.ts');
  const r = spawnSync(process.execPath, ['--import', 'tsx', child, file], {
    encoding: 'utf8',
    cwd: repoRoot,
    maxBuffer: 1 << 26,
  });
  const timing = lastJsonLine(r.stderr);
  return {
    stdout: r.stdout,
    runMs: timing.runMs ?? NaN,
    cpuMs: timing.cpuMs ?? NaN,
    importMs: timing.importMs, firstRunMs: timing.firstRunMs };
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
interface Row {
  name: string;
  cpy: number;
  sim: number;
  ratio: number;
  cpyCpu: number;
  simCpu: number;
  cpuRatio: number;
  same: boolean;
}
const rows: Row[] = [];
const startups: number[] = [];
for (const name of programs) {
  const file = path.join(benchDir, name);
  const cpy: number[] = [];
  const sim: number[] = [];
  const cpyCpu: number[] = [];
  const simCpu: number[] = [];
  let same = true;
  for (let i = 0; i < reps; i++) {
    const c = runCPython(file);
    const s = runSimulator(file);
    cpy.push(c.runMs);
    sim.push(s.runMs);
    cpyCpu.push(c.cpuMs);
    simCpu.push(s.cpuMs);
    if (s.importMs !== undefined && s.firstRunMs !== undefined) startups.push(s.importMs + s.firstRunMs);
    if (c.stdout !== s.stdout) {
      same = false;
      console.log(`  ${name}: outputs differ\n    CPython:   ${JSON.stringify(c.stdout)}\n    simulator: ${JSON.stringify(s.stdout)}`);
    }
  }
  rows.push({
    name,
    cpy: median(cpy),
    sim: median(sim),
    ratio: median(sim) / median(cpy),
    cpyCpu: median(cpyCpu),
    simCpu: median(simCpu),
    cpuRatio: median(simCpu) / median(cpyCpu),
    same,
  });
}

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number) => (Number.isFinite(x) ? (x / 1000).toFixed(3) : '   —  ').padStart(9);
function printTable(title: string, pick: (r: Row) => [number, number, number]): number | undefined {
  console.log(`\n${title}`);
  console.log(`${pad('program', 14)}${'CPython s'.padStart(10)}${'sim s'.padStart(10)}${'ratio'.padStart(8)}  output`);
  for (const r of rows) {
    const [c, s, ratio] = pick(r);
    const shown = Number.isFinite(ratio) ? ratio.toFixed(2) : '—';
    console.log(`${pad(r.name, 14)}${num(c)} ${num(s)}${shown.padStart(8)}  ${r.same ? 'identical' : 'DIFFERS'}`);
  }
  const finite = rows.map((r) => pick(r)[2]).filter((x) => Number.isFinite(x));
  const m = finite.length ? median(finite) : undefined;
  console.log(`median ratio (simulator / CPython): ${m !== undefined ? m.toFixed(2) : 'n/a'}`);
  return m;
}
const wallMedian = printTable('wall time (program run only)', (r) => [r.cpy, r.sim, r.ratio]);
const cpuMedian = printTable('CPU time (program run only)', (r) => [r.cpyCpu, r.simCpu, r.cpuRatio]);
if (startups.length) console.log(`simulator start-up (load + first empty run), median: ${median(startups).toFixed(1)} ms`);
if (args.includes('--json')) console.log(JSON.stringify({ wallMedian, cpuMedian, rows }));

// bigheap.py's full collection alone: CPython timed between a gc.callbacks 'start' and 'stop'
// (gc_collect_main: the phases plus freeing the garbage), the simulator by gc.ts's gcTimings.
const CPYTHON_GC_TIMER = `
import sys, time, gc
path = sys.argv[1]
t = {}
def cb(phase, info):
    t[phase] = time.perf_counter()
gc.callbacks.append(cb)
exec(compile(open(path).read(), path, 'exec'), {'__name__': '__main__', '__builtins__': __builtins__})
sys.stderr.write('\\n{"gcMs": %f}\\n' % ((t['stop'] - t['start']) * 1000))
`;
let gcRatio: number | undefined;
if (programs.includes('bigheap.py')) {
  const file = path.join(benchDir, 'bigheap.py');
  const cpyGc: number[] = [];
  const simGc: number[] = [];
  for (let i = 0; i < reps; i++) {
    const c = spawnSync(python, ['-S', '-c', CPYTHON_GC_TIMER, file], { encoding: 'utf8' });
    cpyGc.push(lastJsonLine(c.stderr).gcMs ?? NaN);
    const child = path.join(here, 'bench-sim-child.ts');
    const s = spawnSync(process.execPath, ['--import', 'tsx', child, file], { encoding: 'utf8', cwd: repoRoot });
    simGc.push(lastJsonLine(s.stderr).gcMs ?? NaN);
  }
  gcRatio = median(simGc) / median(cpyGc);
  console.log(
    `\nbigheap.py full collection (gc.collect() of 100,000 cells): CPython ${median(cpyGc).toFixed(1)} ms, ` +
      `simulator ${median(simGc).toFixed(1)} ms, ratio ${gcRatio.toFixed(2)} (target <= 3)`,
  );
}
if (args.includes('--json')) console.log(JSON.stringify({ gcRatio }));
if (rows.some((r) => !r.same)) process.exitCode = 1;
