import { readFileSync } from 'node:fs';
import { runProgram } from './index.ts';
import { gcTimings } from './gc.ts';
const src = readFileSync('/work/shared/bench/bigheap.py', 'utf8');
const ts: number[] = [];
for (let k = 0; k < 9; k++) {
  runProgram(src, {});
  ts.push(gcTimings.lastMs);
}
ts.sort((a, b) => a - b);
console.log('min', ts[0].toFixed(1), 'median', ts[4].toFixed(1));
