/**
 * The grader: `npm run grade -- --module <id|link> reports/*.json [--out grades.csv]`.
 * Validates each completion report, re-runs every submitted answer through the exercise checker
 * (the same code and limits as the browser) on worker threads, and writes a CSV gradebook to
 * --out or stdout. Bad reports get a "rejected" row with the reason; they never stop the run.
 * Exit status: 0 when every report was graded or rejected, 2 on a usage or setup error.
 */
import { globSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCourseContent } from '../modules/catalog.ts';
import { GRADER_LIMITS } from '../modules/checker-adapter.ts';
import { gradeInPool } from '../modules/grade-pool.ts';
import { gradebookCsv } from '../modules/gradebook.ts';
import { ModuleContentError } from '../modules/load-modules.ts';
import { ProgressBar } from '../modules/progress-bar.ts';
import { readReportFile } from '../modules/read-report-file.ts';
import { resolveModule } from '../modules/resolve-module.ts';

const USAGE = `Usage: npm run grade -- --module <id|link> <report.json>... [--out grades.csv] [--jobs N] [--step-budget N]

  --module       a module id from content/modules/ (e.g. week-1-references) or a shared module link
  --out          write the CSV gradebook to this file (default: stdout)
  --jobs         worker threads (default: one per core)
  --step-budget  override the simulator's step budget (default: the browser's, ${GRADER_LIMITS.stepBudget})
  --timeout      seconds allowed per report before it is stopped (default: 10 + 5 per exercise)`;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** npm runs scripts from the package root; paths on the command line are relative to where it was typed. */
const CWD = process.env.INIT_CWD ?? process.cwd();

function fail(message: string): never {
  process.stderr.write(`grade: ${message}\n`);
  process.exit(2);
}

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`${name} must be a positive whole number, got "${value}"`);
  return n;
}

function expand(patterns: string[]): string[] {
  const files: string[] = [];
  for (const pattern of patterns) {
    // Shells expand globs; this covers shells that don't (and quoted patterns).
    if (/[*?[]/.test(pattern)) files.push(...globSync(pattern, { cwd: CWD }).sort());
    else files.push(pattern);
  }
  return files.map((file) => (isAbsolute(file) ? file : resolve(CWD, file)));
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        module: { type: 'string', short: 'm' },
        out: { type: 'string', short: 'o' },
        jobs: { type: 'string', short: 'j' },
        'step-budget': { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!values.module) fail(`--module is required\n${USAGE}`);
  const files = expand(positionals);
  if (files.length === 0) fail(`no report files given\n${USAGE}`);

  let content;
  let resolved;
  try {
    content = loadCourseContent(ROOT);
    resolved = resolveModule(values.module, ROOT, content.known);
  } catch (error) {
    fail(error instanceof ModuleContentError ? error.message : `could not read the course: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!resolved.ok) fail(resolved.message);
  const { module } = resolved;
  const exerciseCount = module.items.filter((item) => item.kind === 'exercise').length;
  const limits = { ...GRADER_LIMITS, ...(values['step-budget'] ? { stepBudget: positiveInt(values['step-budget'], '--step-budget') } : {}) };
  const timeoutMs = (positiveInt(values.timeout, '--timeout') ?? 10 + 5 * exerciseCount) * 1000;
  const workers = positiveInt(values.jobs, '--jobs') ?? Math.max(1, availableParallelism());

  const lanes = Math.min(workers, files.length);
  process.stderr.write(`Grading ${files.length} report${files.length === 1 ? '' : 's'} for "${module.title}" (${module.id}, ${exerciseCount} exercises) on ${lanes} worker${lanes === 1 ? '' : 's'}\n`);
  const inputs = files.map((file) => readReportFile(file, CWD));
  const bar = new ProgressBar(inputs.length, process.stderr);
  bar.update(0);
  let rejected = 0;
  let results;
  try {
    results = await gradeInPool(inputs, {
      root: ROOT,
      module,
      limits,
      workers,
      timeoutMs,
      onResult: (done, result) => {
        if (!result.ok) rejected++;
        bar.update(done, rejected > 0 ? `${rejected} rejected` : '');
      },
    });
  } catch (error) {
    bar.finish();
    fail(error instanceof Error ? error.message : String(error));
  }
  bar.finish();

  const csv = gradebookCsv(module, results);
  if (values.out) writeFileSync(resolve(CWD, values.out), csv);
  else process.stdout.write(csv);

  const graded = results.filter((r) => r.ok);
  const passed = graded.filter((r) => r.passed).length;
  const flagged = graded.filter((r) => r.flags.length > 0).length;
  process.stderr.write(
    `${graded.length} graded (${passed} passed, ${graded.length - passed} failed), ${results.length - graded.length} rejected, ${flagged} flagged` +
      `${values.out ? ` → ${values.out}` : ''}\n`,
  );
  for (const r of results) if (!r.ok) process.stderr.write(`  rejected ${r.source}: ${r.reason}\n`);
}

await main();
