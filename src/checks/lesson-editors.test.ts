/**
 * Every editor of every lesson runs through the simulator as the page would run it: no unexpected
 * error (an editor marked `expectError` must raise, and with a Python error, never an internal
 * one), and its output equals what CPython 3.11 printed (fixtures/cpython-outputs.json; addresses
 * compared by shape). Editors listed in known-gaps.json need a missing simulator feature: they must
 * still differ (so the list only shrinks).
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../sim/index.ts';
import { lessonEditors, normalizeAddresses } from './lesson-source.ts';
import { loadCpythonOutputs, loadKnownGaps, loadLessons } from './course-files.ts';

const lessons = loadLessons();
const cpython = loadCpythonOutputs();
const gaps = loadKnownGaps().editors;
const editors = [...lessons].flatMap(([lesson, mdx]) => lessonEditors(mdx).map((editor) => ({ key: `${lesson}#${editor.id}`, ...editor })));

describe('lesson editors', () => {
  it('are all found, with unique ids, and every known gap is an editor', () => {
    console.log(`lesson editors: ${editors.length} (waiting for a simulator feature: ${Object.keys(gaps).length})`);
    const total = [...lessons.values()].reduce((n, mdx) => n + (mdx.match(/<Editor\b/g) ?? []).length, 0);
    expect(editors.length).toBe(total);
    expect(editors.every((e) => e.id !== '')).toBe(true);
    expect(new Set(editors.map((e) => e.key)).size).toBe(editors.length);
    for (const key of Object.keys(gaps)) expect(editors.some((e) => e.key === key), key).toBe(true);
  });

  it.each(editors.map((e) => [e.key, e] as const))('%s', (key, editor) => {
    const r = runProgram(editor.code);
    const recorded = cpython.editors[key];
    const same = recorded !== undefined && normalizeAddresses(r.stdout) === recorded.stdout && r.exitCode === recorded.exitCode;
    if (gaps[key] !== undefined) {
      expect(same, `${key} now matches CPython: remove it from src/checks/known-gaps.json`).toBe(false);
      return;
    }
    expect(r.stderr).not.toMatch(/internal simulator error|SystemError/);
    if (editor.expectError) expect(r.exitCode, 'marked expectError but ran cleanly').not.toBe(0);
    else expect(r.stderr).toBe('');
    expect(recorded, 'no CPython output recorded: run validate_with_cpython.py --write').toBeDefined();
    expect(normalizeAddresses(r.stdout)).toBe(recorded!.stdout);
    expect(r.exitCode).toBe(recorded!.exitCode);
  });
});
