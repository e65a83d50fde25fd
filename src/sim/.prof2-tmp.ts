import { runProgram } from './index.ts';
import { update_refs, subtract_refs, move_unreachable, gcState } from './gc.ts';
import { generations, collectingLists, decref, incref } from './heap.ts';
import { tp_clear } from './objects/traverse.ts';
const src = `
import gc
gc.disable()
class Cell:
    def __init__(self, i):
        self.i = i
        self.next = None
first = Cell(0)
prev = first
for i in range(1, 100000):
    cell = Cell(i)
    prev.next = cell
    prev = cell
prev.next = first
first = None
prev = None
cell = None
import lab
`;
// run without the final collection: stop at 'import lab' by making it fail? use a hook instead
for (let k = 0; k < 5; k++) {
  let young: any;
  const r = runProgram(src.replace('import lab', 'x = 1'), {});
  // after the run, objects are still in the lists (shutdown does not collect): time the phases
  for (let i = 0; i < 2; i++) generations[i].mergeInto(generations[2]);
  young = generations[2];
  const un = collectingLists[0];
  const t0 = performance.now();
  update_refs(young);
  const t1 = performance.now();
  subtract_refs(young);
  const t2 = performance.now();
  move_unreachable(young, un);
  const t3 = performance.now();
  const n = un.size;
  // delete
  const t4 = performance.now();
  while (un.first !== null) {
    const op = un.first;
    incref(op); tp_clear(op); decref(op);
    if (un.first === op) { un.remove(op); young.append(op); }
  }
  const t5 = performance.now();
  console.log(n, 'update', (t1-t0).toFixed(1), 'subtract', (t2-t1).toFixed(1), 'move', (t3-t2).toFixed(1), 'delete', (t5-t4).toFixed(1), r.stderr.slice(0,100));
}
