/**
 * The gradebook as CSV (RFC 4180, CRLF). One row per report file: rejected reports get a row too,
 * so an instructor sees every file they passed in. Cells that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, tab, CR at the start) are prefixed with `'`: learner names are untrusted.
 */
import type { GradeResult } from './grade.ts';
import { exerciseIds } from './pass-rule.ts';
import type { ModuleData } from './types.ts';

export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function gradebookHeader(module: ModuleData): string[] {
  return ['learner', 'file', 'submitted_at', ...exerciseIds(module), 'total', 'required', 'result', 'flagged', 'notes'];
}

export function gradebookRow(module: ModuleData, result: GradeResult): (string | number)[] {
  const ids = exerciseIds(module);
  if (!result.ok) return ['', result.source, '', ...ids.map(() => ''), '', '', 'rejected', '', result.reason];
  const byId = new Map(result.items.map((item) => [item.id, item]));
  const notes = [
    ...result.flags,
    ...result.items.filter((item) => item.result === 'limit' || item.result === 'error').map((item) => `${item.id}: ${item.message}`),
  ];
  return [
    result.learner,
    result.source,
    result.submittedAt,
    ...ids.map((id) => byId.get(id)?.result ?? 'missing'),
    result.total,
    result.required,
    result.passed ? 'passed' : 'failed',
    result.flags.length > 0 ? 'yes' : '',
    notes.join('; '),
  ];
}

export function gradebookCsv(module: ModuleData, results: readonly GradeResult[]): string {
  const rows = [gradebookHeader(module), ...results.map((result) => gradebookRow(module, result))];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
