import { readFileSync } from 'node:fs';
import { runProgram } from '/work/main/src/sim/index.ts';
import { gcTimings } from '/work/main/src/sim/gc.ts';
const src = readFileSync('/work/shared/bench/bigheap.py', 'utf8');
for (let i = 0; i < 5; i++) {
  const r = runProgram(src, {});
  console.log(r.stdout.trim(), gcTimings.lastMs.toFixed(1));
}
