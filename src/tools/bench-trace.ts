/**
 * `npm run bench:trace`: records a 10,000-step trace and prints the time and the memory it takes
 * (targets: ≤ 100 ms, ≤ 20 MB), then the time to lay out and draw a heap of 200 objects (the
 * HeapView's layout + SVG string, without a browser).
 */
import { recordTrace } from '../sim/trace.ts';
import { stateAt } from '../sim/trace-replay.ts';
import { renderHeapSvg } from '../lib/heap-view/render.ts';
import { layoutHeap, planTrace } from '../lib/heap-view/layout.ts';

const LOOP = `
data = []
total = 0
for i in range(3333):
    total += i
    data.append(i)
    last = i
`;
// 2 + 3333 * 3 = 10,001 statements (the last one is not recorded: limit 10,000) with a growing
// list of ints (non-cached from 257 on) and names that change every step

function heapMB(): number {
  return process.memoryUsage().heapUsed / 1048576;
}

const gc = (globalThis as { gc?: () => void }).gc;

// wall time, and this process's CPU time (the machine may be busy with other work)
const times: number[] = [];
const cpu: number[] = [];
// the first traces run while V8 is still compiling the recorder (what a fresh worker's first
// trace costs): reported apart, then the steady state once three traces have warmed it up
const cold = performance.now();
let trace = recordTrace(LOOP, { maxSteps: 10_000 });
const coldMs = performance.now() - cold;
for (let r = 0; r < 2; r++) trace = recordTrace(LOOP, { maxSteps: 10_000 });
for (let r = 0; r < 7; r++) {
  const t = performance.now();
  const c = process.cpuUsage();
  trace = recordTrace(LOOP, { maxSteps: 10_000 });
  const d = process.cpuUsage(c);
  times.push(performance.now() - t);
  cpu.push((d.user + d.system) / 1000);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
// memory: keep 3 traces alive and divide (one trace alone is within the heap's noise)
gc?.();
const before = heapMB();
const kept = [recordTrace(LOOP), recordTrace(LOOP), recordTrace(LOOP)];
gc?.();
const after = heapMB();
const perTrace = (after - before) / kept.length;
console.log(`trace: ${trace.steps.length} steps kept (program ran ${trace.executed} statements${trace.truncated ? `; limit ${trace.truncated.maxSteps}` : ''})`);
console.log(`record time: min ${times[0].toFixed(1)} ms, median ${times[3].toFixed(1)} ms wall; CPU min ${cpu[0].toFixed(1)} ms, median ${cpu[3].toFixed(1)} ms, of 7 runs after 3 warm-up runs (target ≤ 100 ms)`);
console.log(`first trace of the process (recorder not yet optimized by V8): ${coldMs.toFixed(1)} ms`);
console.log(`memory: ${perTrace.toFixed(2)} MB per trace on the JS heap${gc ? '' : ' (approximate: run with --expose-gc)'} (target ≤ 20 MB)`);

const t2 = performance.now();
for (let i = 0; i < trace.steps.length; i += 97) stateAt(trace, i);
console.log(`random access: ${((performance.now() - t2) / Math.ceil(trace.steps.length / 97)).toFixed(3)} ms per step rebuilt`);

// 201 objects: a list of 20 lists of 9 floats each (every one of them drawn, every arrow drawn)
const BIG = `
rows = []
for i in range(20):
    rows.append([i + j / 10 for j in range(9)])
end = True
`;
const big = recordTrace(BIG);
const last = stateAt(big, big.steps.length - 1);
const shown = [...last.objects.values()].filter((o) => !o.cached).length;
const opts = { hideCached: true };
// once per trace: dagre lays out every object the trace ever draws
const runs = 5;
let t3 = performance.now();
let plan = planTrace(big, opts);
for (let r = 1; r < runs; r++) plan = planTrace(big, opts);
const planMs = (performance.now() - t3) / runs;
// every step: place the objects of that step and write the SVG
let svg = '';
t3 = performance.now();
for (let r = 0; r < runs; r++) svg = renderHeapSvg(layoutHeap(last, opts, plan), last, { selected: null, gcRefs: null, hideCached: true });
const stepMs = (performance.now() - t3) / runs;
// without a plan (a trace too large for one picture): dagre on every step
t3 = performance.now();
for (let r = 0; r < runs; r++) renderHeapSvg(layoutHeap(last, opts, null), last, { selected: null, gcRefs: null, hideCached: true });
const unplannedMs = (performance.now() - t3) / runs;
console.log(`render: ${shown} objects (+${last.objects.size - shown} cached, hidden): layout of the whole trace ${planMs.toFixed(1)} ms once, then ${stepMs.toFixed(1)} ms per step (layout + ${(svg.length / 1024).toFixed(0)} KB of SVG); ${unplannedMs.toFixed(1)} ms per step without a plan`);
