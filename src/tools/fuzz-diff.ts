/**
 * `npm run fuzz:diff -- --runs N [--seed S] [--jobs 2] [--statements 25] [--minimize 30] [--per-cause 2]
 *  [--exclude gc,del,sets,astral] [--python-only] [--check-determinism] [--no-write]`
 *
 * Differential fuzzing against CPython 3.11 (see src/fuzz/differential.ts). Prints the counts
 * (programs, identical, divergent, python-rejected), programs/second, the divergences grouped by
 * their first differing line, and writes one minimized program per group (up to --minimize
 * groups, --per-cause of those whose lines differ only in order) to src/fuzz/regressions/ with CPython's outputs, listing it in open.json.
 * --exclude leaves features out of the generated programs, so that a frequent divergence (say,
 * the collector) doesn't hide the rarer ones behind it.
 * `npm run fuzz:diff -- --add prog.py... [--reason TEXT]` adds hand-minimized programs to the corpus;
 * `npm run fuzz:diff -- --refresh-open` removes open.json entries that now match CPython.
 * Re-run a single program: it is `programFor(seed, index, statements, exclude)` in differential.ts.
 */
import { CPythonRunner } from '../fuzz/cpython.ts';
import type { Feature } from '../fuzz/gen/expr.ts';
import type { DivergentProgram } from '../fuzz/differential.ts';
import { causeOf, minimizeDivergence, runDifferential, signatureOf } from '../fuzz/differential.ts';
import { compare, simulate } from '../fuzz/compare.ts';
import { readOpen, readRegressions, writeOpen, writeRegression } from '../fuzz/regressions.ts';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const num = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const flag = (name: string) => args.includes(name);

const runs = num('--runs', 200);
const seed = num('--seed', 1);
const jobs = num('--jobs', 2);
const statements = num('--statements', 25);
const maxMinimize = num('--minimize', 30);
const perCause = num('--per-cause', 2);
const pythonOnly = flag('--python-only');
const excludeIndex = args.indexOf('--exclude');
const exclude = new Set((excludeIndex >= 0 ? args[excludeIndex + 1].split(',') : []) as Feature[]);
const write = !flag('--no-write') && !pythonOnly;

const cpython = new CPythonRunner();

// --add FILE... [--reason TEXT]: put hand-minimized programs into the corpus (CPython writes the
// expected files); --refresh-open: drop open.json entries whose program now matches CPython.
if (flag('--add') || flag('--refresh-open')) {
  const open = readOpen();
  const reasonIndex = args.indexOf('--reason');
  const reason = reasonIndex >= 0 ? args[reasonIndex + 1] : null;
  const addIndex = args.indexOf('--add');
  const files = addIndex >= 0 ? args.slice(addIndex + 1).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--reason') : [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const expected = await cpython.run(source);
    const d = compare(expected, simulate(source));
    const { hash, added } = writeRegression(source, expected);
    if (d !== null) open[hash] = reason ?? signatureOf(d);
    console.log(`${hash}.py ${added ? 'added' : 'already there'}, ${d === null ? 'matches CPython' : `open: ${open[hash]}`}`);
  }
  if (flag('--refresh-open')) {
    for (const r of readRegressions()) {
      if (open[r.hash] && compare(r.expected, simulate(r.source)) === null) {
        console.log(`${r.hash}.py now matches CPython: no longer open (${open[r.hash]})`);
        delete open[r.hash];
      }
    }
  }
  writeOpen(open);
  cpython.close();
  process.exit(0);
}

let lastPrint = 0;
const report = await runDifferential(
  {
    runs, seed, jobs, statements, pythonOnly, exclude,
    checkDeterminism: flag('--check-determinism'),
    onProgress: (n) => {
      const now = Date.now();
      if (now - lastPrint > 5000) {
        lastPrint = now;
        process.stderr.write(`  ${n}/${runs}\n`);
      }
    },
  },
  cpython,
);

const groups = new Map<string, DivergentProgram[]>();
for (const d of report.divergent) {
  const g = groups.get(d.signature) ?? [];
  g.push(d);
  groups.set(d.signature, g);
}
const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);

const excluded = exclude.size ? ` --exclude ${[...exclude].join(',')}` : '';
console.log(`fuzz:diff seed ${seed}${excluded}: ${report.programs} programs, ${report.identical} identical, ${report.divergent.length} divergent, ` +
  `${report.pythonRejected} python-rejected${flag('--check-determinism') ? `, ${report.nondeterministic} nondeterministic` : ''}` +
  ` (${report.internal} of the divergent end in a simulator internal error)`);
console.log(`  ${(report.programs / report.seconds).toFixed(1)} programs/s (${report.seconds.toFixed(1)} s, ${jobs} jobs)`);
if (sorted.length > 0) console.log(`  ${sorted.length} groups of divergences (first differing line, digits blurred):`);
for (const [sig, ps] of sorted) console.log(`  ${String(ps.length).padStart(5)}  ${sig}   e.g. program ${ps[0].index}`);

if (write && sorted.length > 0) {
  const open = readOpen();
  let minimized = 0;
  const perCauseCount = new Map<string, number>();
  for (const [sig, ps] of sorted) {
    if (minimized >= maxMinimize) break;
    const cause = causeOf(ps[0].divergence);
    const already = perCauseCount.get(cause) ?? 0;
    if (already >= perCause) continue;
    perCauseCount.set(cause, already + 1);
    minimized++;
    // The shortest program of the group minimizes fastest.
    const p = [...ps].sort((a, b) => a.source.length - b.source.length)[0];
    const small = await minimizeDivergence(cpython, p);
    if (small === null) {
      console.log(`  could not reproduce after minimizing: ${sig}`);
      continue;
    }
    const header = `# fuzz:diff --seed ${seed}${excluded} --statements ${statements} program ${p.index}, minimized: ${small.divergence.streams.join('+')} differ\n`;
    let source = header + small.source;
    let expected = await cpython.run(source);
    if (compare(expected, simulate(source)) === null) {
      source = small.source;
      expected = small.expected;
    }
    const { hash, added } = writeRegression(source, expected);
    if (added) {
      open[hash] = signatureOf(small.divergence);
      // At once, so the replay test never sees a new program that isn't listed yet.
      writeOpen(open);
    }
    console.log(`\n--- ${hash}.py ${added ? '(new)' : '(already in the corpus)'}  ${signatureOf(small.divergence)}`);
    console.log(source.trimEnd());
  }
  writeOpen(open);
}
cpython.close();
