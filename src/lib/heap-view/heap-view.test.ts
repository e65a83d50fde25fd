/** Layout, drawing and words of the heap view, on traces of small programs (no browser). */
import { describe, expect, it } from 'vitest';
import { recordTrace } from '../../sim/trace.ts';
import { stateAt } from '../../sim/trace-replay.ts';
import { layoutHeap, planTrace } from './layout.ts';
import { renderHeapSvg } from './render.ts';
import { describeStep, explainInWords } from './describe.ts';

const SRC = `a = [1000, 'x<y>']
b = {'k': a}
a.append(a)
a = None
b = None
`;

describe('the heap view', () => {
  const t = recordTrace(SRC);
  const opts = { hideCached: true };

  it('keeps every object where it was from step to step', () => {
    const plan = planTrace(t, opts);
    expect(plan).not.toBeNull();
    const seen = new Map<number, string>();
    for (let i = 0; i < t.steps.length; i++) {
      const layout = layoutHeap(stateAt(t, i), opts, plan);
      for (const [addr, box] of layout.nodes) {
        const where = `${box.x},${box.y}`;
        expect(seen.get(addr) ?? where, `object ${addr} at step ${i}`).toBe(where);
        seen.set(addr, where);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });

  it('draws values as text, never as markup, and labels every object', () => {
    const s = stateAt(t, 2);
    const svg = renderHeapSvg(layoutHeap(s, opts, null), s, { selected: null, gcRefs: null, hideCached: true });
    expect(svg).toContain("'x&lt;y&gt;'");
    expect(svg).not.toContain('<y>');
    const labels = [...svg.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(labels.some((l) => /^list object at 0x[0-9a-f]+, reference count 2, length 2, gc generation 0$/.test(l))).toBe(true);
  });

  it('hides cached objects on request and shows their values inline', () => {
    const s = stateAt(t, 2);
    const hidden = renderHeapSvg(layoutHeap(s, opts, null), s, { selected: null, gcRefs: null, hideCached: true });
    const shown = renderHeapSvg(layoutHeap(s, { hideCached: false }, null), s, { selected: null, gcRefs: null, hideCached: false });
    expect((shown.match(/class="hv-obj/g) ?? []).length).toBeGreaterThan((hidden.match(/class="hv-obj/g) ?? []).length);
    expect(shown).toContain('hv-cached');
    expect(hidden).not.toContain('hv-cached');
  });

  it('describes the step in words: names, objects, counts and the unreachable cycle', () => {
    const i = t.steps.findIndex((s) => s.kind === 'end');
    const s = stateAt(t, i);
    const text = describeStep(t.steps[i], s, { hideCached: true, lines: SRC.split('\n'), index: i, total: t.steps.length });
    expect(text).toContain('The program has finished.');
    expect(text).toContain('a refers to NoneType None');
    expect(s.unreachable).toHaveLength(1);
    expect(text).toMatch(/list object at 0x[0-9a-f]+, reference count 1, unreachable but still alive/);
    expect(text).toContain('a cycle awaiting the garbage collector');
    const first = describeStep(t.steps[0], stateAt(t, 0), { hideCached: true, lines: SRC.split('\n'), index: 0, total: t.steps.length });
    expect(first).toContain("Next line to run: line 1, a = [1000, 'x<y>'].");
  });

  it('explains a count in words, the caller\'s evaluation stack included, and says it adds up', () => {
    const src = 'import sys\nx = []\nprint(x, sys.getrefcount(x))\n';
    const t2 = recordTrace(src);
    const i = t2.steps.findIndex((s) => s.kind === 'call');
    const s = stateAt(t2, i);
    const x = t2.steps[i].arg!;
    const words = explainInWords(s, x)!;
    expect(words).toMatch(/^Why list object at 0x[0-9a-f]+ has reference count 3: /);
    expect(words).toContain("1 from name 'x' in the module (global)");
    expect(words).toContain('1 from the first argument of print(), held by the caller while the call runs');
    expect(words).toContain('These add up to 3.');
    // the step's description says the same when the object is selected
    const text = describeStep(t2.steps[i], s, { hideCached: true, lines: src.split('\n'), index: i, total: t2.steps.length, selected: x });
    expect(text).toContain(words);
    // the drawing says it too: x has two references on evaluation stacks (print's, getrefcount's)
    const svg = renderHeapSvg(layoutHeap(s, opts, null), s, { selected: x, gcRefs: null, hideCached: true });
    expect(svg).toMatch(/aria-label="list object at 0x[0-9a-f]+, reference count 3, length 0, gc generation 0, 2 references held on an evaluation stack"/);
  });
});
