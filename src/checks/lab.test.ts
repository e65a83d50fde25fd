/**
 * The simulator's native `lab` module (src/sim/modules/lab.ts) against the behaviour its CPython
 * twin (lab_reference.py) documents: the self-test of validate_with_cpython.py, run in the simulator.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../sim/index.ts';

function checked(learner: string, check: string) {
  return runProgram(learner, { afterSource: { source: check, filename: '<check>' } });
}

const LEARNER = `
import gc
import sys
data = []
alias = data
print('hello')
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
holder = [a]
del a, b
x = []
x.append(x)
del x
found = gc.collect()
seen_by_getrefcount = sys.getrefcount(data) - 1
`;

describe('lab', () => {
  it('passes the CPython self-test (refcount, output, alive, reachable; window frozen with the learner code)', () => {
    const r = checked(LEARNER, `
import gc
import lab
assert lab.refcount(data) == 2 == seen_by_getrefcount, 'refcount'
assert lab.refcount(holder[0]) == 2, 'refcount of a list item'
assert lab.output() == 'hello\\n', 'output'
assert lab.alive(Node) == 2, 'alive'
assert lab.collected() == found == 1, 'collected'
assert lab.reachable(holder[0].other), 'reachable through a list and an attribute'
assert not lab.reachable([]), 'a temporary is not reachable'
print('not part of the output')
before = lab.collected()
gc.collect()
assert lab.output() == 'hello\\n' and lab.collected() == before, 'the window ends with the learner code'
holder.clear()
def ring_reachable():
    for obj in gc.get_objects():
        if type(obj) is Node and lab.reachable(obj):
            return True
    return False
assert not ring_reachable(), 'an unreachable cycle'
print('done')
`);
    expect(r.after).toEqual({ ran: true, stdout: 'not part of the output\ndone\n', stderr: '', error: null });
    expect([r.stdout, r.stderr, r.exitCode, r.error]).toEqual(['hello\n', '', 0, null]);
  });

  it('does not follow classes, functions or modules, and skips dunder names and lab itself', () => {
    const r = checked('class K:\n    cache = []\ndef f():\n    return K\n', `
import lab
assert not lab.reachable(K.cache)
assert lab.reachable(K) and lab.reachable(f)
assert not lab.reachable(__name__)
assert not lab.reachable(lab)
`);
    expect(r.after?.error).toBeNull();
  });

  it('follows dict keys and values, tuples and sets', () => {
    const r = checked('k = (1, 2)\nv = []\nd = {k: [v]}\ns = {k}\ndel k, v\n', `
import lab
assert lab.reachable(list(d)[0]) and lab.reachable(d[(1, 2)][0])
`);
    expect(r.after?.error).toBeNull();
  });

  it('counts what the learner printed only, and rejects alive() of a non-class', () => {
    const r = checked('print("a", end="")\nprint("b")\n', 'import lab\nprint(repr(lab.output()))\nlab.alive(3)\n');
    expect(r.after?.stdout).toBe("'ab\\n'\n");
    expect(r.after?.error?.type).toBe('TypeError');
    expect(r.after?.stderr).toContain('lab.alive() needs a class, not int');
  });

  it('measures only in a checked run: elsewhere output() says so', () => {
    const r = runProgram('import lab\nprint(lab.refcount([]))\nlab.output()\n');
    expect(r.stdout).toBe('0\n');
    expect(r.stderr).toContain('RuntimeError: lab.output() only works while an exercise is being checked');
  });
});
