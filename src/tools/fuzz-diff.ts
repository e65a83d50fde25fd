/**
 * `npm run fuzz:diff -- --runs N [--seed S] [--jobs 2] [--statements 25] [--minimize 30] [--per-cause 2]
 *  [--exclude gc,del,sets,astral] [--python-only] [--check-determinism] [--no-write]`
 *
 * Differential fuzzing against CPython 3.11 (see src/fuzz/differential.ts). Prints the counts
 * (programs, identical, divergent, python-rejected, and the programs left aside because CPython's own
 * output changes with the script's directory), programs/second, the divergences grouped by
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
import { UNSTABLE_DIR, moveRegression, readOpen, readRegressions, writeOpen, writeRegression } from '../fuzz/regressions.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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
// --set-aside-unstable: corpus programs whose CPython output changes with the script's directory
// (run from two directories of different path lengths) move to src/fuzz/unstable/ with their cause
if (flag('--set-aside-unstable')) {
  const open = readOpen();
  const asideFile = path.join(UNSTABLE_DIR, 'unstable.json');
  const aside = existsSync(asideFile) ? (JSON.parse(readFileSync(asideFile, 'utf8')) as Record<string, string>) : {};
  for (const r of readRegressions()) {
    const runs = [await cpython.run(r.source), ...(await cpython.runElsewhere(r.source))];
    if (runs.every((o) => compare(r.expected, o) === null)) continue;
    // the first line where the outputs are not all the same
    const lines = [r.expected, ...runs].map((o) => o.stdout.split('\n'));
    let i = 0;
    while (lines.every((l) => l[i] === lines[0][i]) && lines.some((l) => i < l.length)) i++;
    const seen = lines.slice(1).map((l) => JSON.stringify(l[i] ?? '')).join(', ');
    aside[r.hash] = `line ${i + 1}: CPython printed ${seen} from three directories, ${JSON.stringify(lines[0][i] ?? '')} when recorded` +
      (open[r.hash] ? ` (was open: ${open[r.hash]})` : '');
    delete open[r.hash];
    moveRegression(r.hash, UNSTABLE_DIR);
    console.log(`${r.hash}.py set aside: ${aside[r.hash]}`);
  }
  writeOpen(open);
  writeFileSync(asideFile, JSON.stringify(aside, null, 2) + '\n');
  cpython.close();
  process.exit(0);
}

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
if (report.limited > 0) {
  console.log(`  ${report.limited} more stopped at a simulator limit (heap, output or steps, by design) where CPython ran to the end (not counted as divergent)`);
}
if (report.unstable.length > 0) {
  const lines = new Map<string, number>();
  for (const u of report.unstable) lines.set(u.signature, (lines.get(u.signature) ?? 0) + 1);
  console.log(`  ${report.unstable.length} more differ where CPython's own output changes with the script's directory (not counted as divergent):`);
  for (const [sig, n] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`  ${String(n).padStart(5)}  ${sig}`);
}
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
