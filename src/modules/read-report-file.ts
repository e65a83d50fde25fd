/**
 * One report file for grading (Node), read when its turn comes: too-large and unreadable files
 * are rejected unread.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import type { PoolInput } from './grade-pool.ts';
import { MAX_REPORT_BYTES } from './report-schema.ts';

/** @param cwd paths in the gradebook are shown relative to it when inside it */
export function readReportFile(path: string, cwd: string): PoolInput {
  const rel = relative(cwd, path);
  const source = rel && !rel.startsWith('..') ? rel : path;
  return { source, text: () => readReport(path) };
}

function readReport(path: string): string | { rejected: string } {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { rejected: 'not a file' };
    if (stat.size > MAX_REPORT_BYTES) {
      return { rejected: `too large (${(stat.size / 1048576).toFixed(1)} MB; a report is at most ${MAX_REPORT_BYTES / 1048576} MB)` };
    }
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { rejected: code === 'ENOENT' ? 'file not found' : `unreadable (${code ?? 'error'})` };
  }
}
