/**
 * `npm run fuzz -- --runs N [--seed S] [--jobs 2] [--kinds tokens,valid,broken] [--steps 20000]`
 *
 * Property fuzzing of the simulator with fast-check: N programs split over the arbitraries and
 * worker lanes. Property: runProgram returns output, a Python exception or a limit message —
 * never an internal error. Prints the counts, programs/second and every distinct internal error
 * with its shrunk program. A lane whose program runs longer than --hang-ms is stopped and its
 * program printed (a hang past the step budget). Exit status 1 when anything internal was found.
 */
import { Worker } from 'node:worker_threads';
import type { ArbitraryName } from '../fuzz/arbitraries.ts';
import type { PropertyReport } from '../fuzz/property.ts';
import type { LaneTask } from '../fuzz/property-worker.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const runs = Number(opt('--runs', '1000'));
const seed = Number(opt('--seed', String(Date.now() % 1_000_000)));
const jobs = Number(opt('--jobs', '2'));
const stepBudget = Number(opt('--steps', '20000'));
const hangMs = Number(opt('--hang-ms', '30000'));
const kinds = opt('--kinds', 'tokens,valid,broken').split(',') as ArbitraryName[];

interface Lane {
  task: Omit<LaneTask, 'shared'>;
  report?: PropertyReport;
  hung?: string;
}

const lanes: Lane[] = [];
for (const [k, arbitrary] of kinds.entries()) {
  for (let j = 0; j < jobs; j++) {
    const share = Math.floor(runs / (kinds.length * jobs)) + (k * jobs + j < runs % (kinds.length * jobs) ? 1 : 0);
    lanes.push({ task: { arbitrary, runs: share, seed: seed + 1000 * (k * jobs + j), stepBudget } });
  }
}

const progress: Int32Array[] = [];
const started = Date.now();
const ticker = setInterval(() => {
  const done = progress.reduce((a, c) => a + Atomics.load(c, 0), 0);
  process.stderr.write(`  ~${done} programs run, shrinking included (${Math.round((Date.now() - started) / 1000)} s)\n`);
}, 15_000);

function runLane(lane: Lane): Promise<void> {
  const shared = new SharedArrayBuffer(8 + (1 << 20));
  const counter = new Int32Array(shared, 0, 2);
  progress.push(counter);
  const worker = new Worker(new URL('../fuzz/property-worker.ts', import.meta.url), { workerData: { ...lane.task, shared } });
  return new Promise((resolve) => {
    let seen = -1;
    let since = Date.now();
    const watchdog = setInterval(() => {
      const now = Atomics.load(counter, 0);
      if (now !== seen) {
        seen = now;
        since = Date.now();
      } else if (Date.now() - since > hangMs) {
        const len = Atomics.load(counter, 1);
        lane.hung = new TextDecoder().decode(new Uint8Array(shared, 8, len).slice());
        clearInterval(watchdog);
        void worker.terminate();
      }
    }, 1000);
    worker.on('message', (r: PropertyReport) => {
      lane.report = r;
    });
    worker.on('error', (e) => {
      lane.hung = `worker error: ${e instanceof Error ? e.stack : String(e)}`;
    });
    worker.on('exit', () => {
      clearInterval(watchdog);
      resolve();
    });
  });
}

// Lanes of one arbitrary run side by side, `jobs` at a time.
const queue = [...lanes];
await Promise.all(
  Array.from({ length: jobs }, async () => {
    for (let lane = queue.shift(); lane; lane = queue.shift()) await runLane(lane);
  }),
);

clearInterval(ticker);
let total = 0;
let seconds = 0;
let internal = 0;
const verdicts = { ok: 0, exception: 0, limit: 0, internal: 0 };
const types: Record<string, number> = {};
console.log(`fuzz seed ${seed}, ${jobs} lanes, step budget ${stepBudget}`);
for (const kind of kinds) {
  const ls = lanes.filter((l) => l.task.arbitrary === kind);
  const n = ls.reduce((a, l) => a + (l.report?.runs ?? 0), 0);
  const s = ls.reduce((a, l) => a + (l.report?.seconds ?? 0), 0);
  total += n;
  seconds += s;
  for (const l of ls) {
    if (!l.report) continue;
    for (const k of Object.keys(verdicts) as Array<keyof typeof verdicts>) verdicts[k] += l.report.verdicts[k];
    for (const [t, c] of Object.entries(l.report.exceptionTypes)) types[t] = (types[t] ?? 0) + c;
  }
  console.log(`  ${kind.padEnd(7)} ${String(n).padStart(8)} programs  ${(n / Math.max(s, 1e-9)).toFixed(0).padStart(6)} programs/s per lane`);
}
console.log(`  total ${total} programs: ${verdicts.ok} ok, ${verdicts.exception} Python exceptions, ${verdicts.limit} limits, ${verdicts.internal} internal`);
console.log(`  throughput ≈ ${(total / Math.max(seconds / jobs, 1e-9)).toFixed(0)} programs/s with ${jobs} lanes (wall ${((Date.now() - started) / 1000).toFixed(0)} s)`);
const top = Object.entries(types).sort((a, b) => b[1] - a[1]).slice(0, 12);
console.log(`  exception types: ${top.map(([t, c]) => `${t} ${c}`).join(', ')}`);

for (const l of lanes) {
  if (l.hung !== undefined) {
    internal++;
    console.log(`\n=== ${l.task.arbitrary} lane (seed ${l.task.seed}) stopped: no progress for ${hangMs} ms. Program:\n${l.hung}`);
  }
  for (const f of l.report?.failures ?? []) {
    internal++;
    console.log(`\n=== internal error (${f.arbitrary}, seed ${f.seed}, ${f.numShrinks} shrinks): ${f.why}\n${f.source}`);
  }
}
console.log(`\n${internal} distinct internal errors`);
process.exitCode = internal > 0 ? 1 : 0;
