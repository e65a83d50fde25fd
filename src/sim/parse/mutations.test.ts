// One-edit mutations of real programs (typos, stray brackets, bad indentation) and of small
// f-string statements, checked
// against CPython 3.11's compile(): __fixtures__/gen_mutations.py (regenerate:
// `python3 src/sim/parse/__fixtures__/gen_mutations.py`). A few exotic mistakes still get a
// different message or column (see KNOWN_DIFFERENCES in the report); every case must at
// least end in a PythonSyntaxError or succeed, never a JavaScript exception.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse, PythonSyntaxError } from './index.ts';

interface Edit {
  program: string;
  line: number;
  kind: 'drop' | 'insert' | 'indent' | 'swap';
  col?: number;
  text?: string;
}
type Expected = [string, string, number, number, number, number] | null;

const dumps = JSON.parse(
  readFileSync(new URL('./__fixtures__/ast_dumps.json', import.meta.url), 'utf8'),
) as { programs: { name: string; source: string }[] };
const sources = new Map(dumps.programs.map((p) => [p.name, p.source]));
const { cases } = JSON.parse(
  readFileSync(new URL('./__fixtures__/mutations.json', import.meta.url), 'utf8'),
) as { cases: ({ edit: Edit; error: Expected } | { source: string; error: Expected })[] };

function apply(e: Edit): string {
  const lines = (sources.get(e.program) ?? '').split('\n');
  let line = lines[e.line];
  const col = e.col ?? 0;
  if (e.kind === 'drop') line = line.slice(0, col) + line.slice(col + 1);
  else if (e.kind === 'insert') line = line.slice(0, col) + (e.text ?? '') + line.slice(col);
  else if (e.kind === 'indent') line = (e.text ?? '') + line.trimStart();
  else line = line.slice(0, col) + line[col + 1] + line[col] + line.slice(col + 2);
  lines[e.line] = line;
  return lines.join('\n');
}

it('matches CPython on at least 99% of one-edit mutations, and never throws a JS error', () => {
  let same = 0;
  const differ: string[] = [];
  for (const c of cases) {
    let got: Expected = null;
    try {
      parse('source' in c ? c.source : apply(c.edit));
    } catch (e) {
      if (!(e instanceof PythonSyntaxError)) throw e;
      got = [e.type, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
    }
    if (JSON.stringify(got) === JSON.stringify(c.error)) same++;
    else differ.push(`${JSON.stringify('source' in c ? c.source : c.edit)}: CPython ${JSON.stringify(c.error)}, ours ${JSON.stringify(got)}`);
  }
  console.log(`mutations: ${same}/${cases.length} identical`);
  expect(cases.length).toBe(2000);
  expect(differ.length, differ.join('\n')).toBeLessThanOrEqual(cases.length / 100);
});
