import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addItem, builderOutput, emptyState, matches, moveItem, removeItem } from './builder-state.ts';
import { decodeModuleLink } from './link.ts';
import { validateModule } from './module-schema.ts';

const known = { lessons: new Set(['01-a']), exercises: new Set(['ex-1', 'ex-2']) };

describe('module builder state', () => {
  it('adds once, reorders and removes', () => {
    let s = emptyState();
    s = addItem(s, { kind: 'exercise', id: 'ex-1' });
    s = addItem(s, { kind: 'lesson', id: '01-a' });
    s = addItem(s, { kind: 'exercise', id: 'ex-1' });
    s = addItem(s, { kind: 'exercise', id: 'ex-2' });
    expect(s.items.map((i) => i.id)).toEqual(['ex-1', '01-a', 'ex-2']);
    s = moveItem(s, 'lesson:01-a', -1);
    expect(s.items.map((i) => i.id)).toEqual(['01-a', 'ex-1', 'ex-2']);
    expect(moveItem(s, 'lesson:01-a', -1)).toBe(s);
    expect(moveItem(s, 'exercise:ex-2', 1)).toBe(s);
    s = moveItem(s, 'lesson:01-a', 1);
    expect(s.items.map((i) => i.id)).toEqual(['ex-1', '01-a', 'ex-2']);
    s = removeItem(s, 'exercise:ex-1');
    expect(s.items.map((i) => i.id)).toEqual(['01-a', 'ex-2']);
  });

  it('says what is missing before producing anything', () => {
    expect(builderOutput(emptyState())).toEqual({ ok: false, problems: ['Give the module a title.', 'Add at least one lesson or exercise.'] });
    const s = { ...addItem(emptyState(), { kind: 'exercise', id: 'ex-1' }), title: 'T', passAll: false, passCount: 2 };
    expect(builderOutput(s)).toEqual({ ok: false, problems: ["The number of exercises to pass must be between 1 and 1, the module's exercises."] });
  });

  it('produces a link and a YAML file that both validate to the same module', () => {
    let s = { ...emptyState(), title: 'Week 1: <b>refs</b>', description: 'Read.', instructor: 'Ada', due: '2026-12-04', passAll: false, passCount: 1 };
    s = addItem(addItem(addItem(s, { kind: 'lesson', id: '01-a' }), { kind: 'exercise', id: 'ex-2' }), { kind: 'exercise', id: 'ex-1' });
    const out = builderOutput(s);
    if (!out.ok) throw new Error(out.problems.join());
    expect(out.fileName).toBe('week-1-b-refs-b.yaml');
    const fromLink = decodeModuleLink(out.path, known);
    const fromYaml = validateModule(parse(out.yaml), out.fileName, 'week-1-b-refs-b', known);
    expect(fromLink.ok && fromYaml.ok).toBe(true);
    if (fromLink.ok && fromYaml.ok) {
      const { id: _a, ...a } = fromLink.module;
      const { id: _b, ...b } = fromYaml.module;
      expect(a).toEqual(b);
      expect(a.items.map((i) => i.id)).toEqual(['01-a', 'ex-2', 'ex-1']);
    }
  });

  it('searches without case or accents, all words', () => {
    expect(matches('Références et id()', 'REFERENCES id')).toBe(true);
    expect(matches('Two names, one list', 'names tuple')).toBe(false);
  });
});
