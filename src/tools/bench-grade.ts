/**
 * Benchmark of the grader: 200 completion reports of a 10-exercise module, graded the way
 * `npm run grade` grades them (files read from disk, worker pool, real checker, browser limits).
 * Target: ≤ 30 s on one of the project's machines.
 *
 *   npm run bench:grade [-- --reports 200 --jobs N --checker double]
 *
 * Learners vary like a real class: most submit the solutions, every 10th one a wrong answer, every
 * 25th an infinite loop (stopped by the step budget). `--checker double` grades with the test
 * double instead of src/checks (measures the pipeline alone, e.g. before the checker exists);
 * `--checker <file.ts>` with any module exporting `checkExercise`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Answer, ExerciseData } from '../modules/check-contract.ts';
import { loadCourseContent } from '../modules/catalog.ts';
import { GRADER_LIMITS } from '../modules/checker-adapter.ts';
import { gradeInPool } from '../modules/grade-pool.ts';
import { gradebookCsv } from '../modules/gradebook.ts';
import { decodeModuleLink, encodeModuleQuery } from '../modules/link.ts';
import { readReportFile } from '../modules/read-report-file.ts';
import { buildReport } from '../modules/report.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: { reports: { type: 'string', default: '200' }, jobs: { type: 'string' }, checker: { type: 'string', default: 'real' } },
});
const REPORTS = Number(values.reports);
const JOBS = values.jobs ? Number(values.jobs) : availableParallelism();

const content = loadCourseContent(ROOT);
// Ten exercises, code ones first (the expensive kind), from across the course.
const all = [...content.exercises.values()];
const picked = [...all.filter((e) => e.kind === 'code'), ...all.filter((e) => e.kind !== 'code')].slice(0, 10);
if (picked.length < 10) throw new Error(`the course has only ${picked.length} exercises; the benchmark needs 10`);
const decoded = decodeModuleLink(
  encodeModuleQuery({ title: 'Benchmark module', description: '', pass: { kind: 'all' }, items: picked.map((e) => ({ kind: 'exercise', id: e.id })) }),
  content.known,
);
if (!decoded.ok) throw new Error(decoded.problems.join('\n'));
const module = decoded.module;

function rightAnswer(e: ExerciseData): Answer {
  if (e.kind === 'code') return { kind: 'code', code: e.solution ?? '' };
  if (e.kind === 'choose') return { kind: 'choose', choice: [typeof e.answer === 'number' ? e.answer : 0] };
  return { kind: 'predict', prediction: '' };
}
function wrongAnswer(e: ExerciseData, learner: number): Answer {
  if (e.kind === 'code') return { kind: 'code', code: learner % 25 === 0 ? 'while True:\n    pass\n' : (e.starter ?? '') };
  return e.kind === 'choose' ? { kind: 'choose', choice: [99] } : { kind: 'predict', prediction: 'no idea' };
}

const dir = mkdtempSync(join(tmpdir(), 'pml-bench-grade-'));
const files: string[] = [];
const kinds = new Map(content.catalog.exercises.map((e) => [e.id, e]));
for (let i = 0; i < REPORTS; i++) {
  const exercises: Record<string, unknown> = {};
  picked.forEach((e, j) => {
    const wrong = (i % 10 === 0 && j === i % picked.length) || (i % 25 === 0 && j === 0);
    exercises[e.id] = { status: 'passed', attempts: 1 + j, lastAnswer: wrong ? wrongAnswer(e, i) : rightAnswer(e), passedAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' };
  });
  const report = buildReport({ module, exercises: kinds, learner: `Learner ${i + 1}`, progress: { version: 1, lessons: {}, exercises }, courseVersion: 'bench' });
  const file = join(dir, `report-${String(i + 1).padStart(3, '0')}.json`);
  writeFileSync(file, JSON.stringify(report));
  files.push(file);
}

const checkerUrl =
  values.checker === 'real' ? undefined
  : values.checker === 'double' ? new URL('../modules/test-checker.ts', import.meta.url).href
  : pathToFileURL(resolve(process.env.INIT_CWD ?? process.cwd(), values.checker!)).href;
process.stderr.write(
  `Grading ${REPORTS} reports × ${picked.length} exercises (${picked.filter((e) => e.kind === 'code').length} code) with the ${values.checker === 'real' ? 'real' : values.checker === 'double' ? 'TEST DOUBLE' : values.checker} checker on ${JOBS} worker(s); ${cpus().length} cores (${cpus()[0]?.model ?? '?'})\n`,
);
const started = performance.now();
try {
  const results = await gradeInPool(
    files.map((file) => readReportFile(file, dir)),
    { root: ROOT, module, limits: GRADER_LIMITS, workers: JOBS, timeoutMs: 60_000, checkerUrl },
  );
  const csv = gradebookCsv(module, results);
  const seconds = (performance.now() - started) / 1000;
  const graded = results.filter((r) => r.ok);
  const limit = graded.reduce((n, r) => n + r.items.filter((item) => item.result === 'limit').length, 0);
  process.stdout.write(
    [
      `reports: ${REPORTS}, exercises per report: ${picked.length}, checks: ${REPORTS * picked.length}`,
      `graded: ${graded.length} (passed ${graded.filter((r) => r.passed).length}), rejected: ${results.length - graded.length}, stopped by a limit: ${limit}, flagged: ${graded.filter((r) => r.flags.length > 0).length}`,
      `CSV: ${csv.length} bytes`,
      `time: ${seconds.toFixed(2)} s (${((REPORTS * picked.length) / seconds).toFixed(0)} checks/s) — target ≤ 30 s: ${seconds <= 30 ? 'met' : 'NOT met'}`,
    ].join('\n') + '\n',
  );
} catch (error) {
  process.stderr.write(`bench:grade: ${error instanceof Error ? error.message : String(error)}\n(use \`-- --checker double\` to time the pipeline without src/checks)\n`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
