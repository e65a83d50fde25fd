/** Feedback in words: what went wrong in a run, for a learner rather than a programmer. */
import type { ErrorLocation, LimitKind, RunResult } from '../sim/api.ts';

/** The innermost line of `filename` in a traceback: where the learner should look. */
export function innermostLine(stderr: string, filename: string, fallback: number | null): number | null {
  const quoted = `File "${filename}", line `;
  let line = fallback;
  for (const text of stderr.split('\n')) {
    const at = text.indexOf(quoted);
    if (at >= 0) line = Number.parseInt(text.slice(at + quoted.length), 10);
  }
  return line;
}

/** The text after `Type: ` in a traceback's last lines (messages may span several lines). */
export function exceptionMessage(stderr: string, type: string): string {
  const marker = `${type}: `;
  const lines = stderr.trimEnd().split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].startsWith(marker)) return [lines[i].slice(marker.length), ...lines.slice(i + 1)].join('\n');
    if (lines[i] === type) return '';
  }
  return '';
}

export function limitMessage(limit: LimitKind, who: string, stepBudget: number, maxOutputChars: number): string {
  switch (limit) {
    case 'steps':
      return `${who} ran for more than ${stepBudget.toLocaleString('en-US')} steps and was stopped. Is there a loop that never ends?`;
    case 'time':
      return `${who} ran for too long and was stopped. Is there a loop that never ends?`;
    case 'output':
      return `${who} printed more than ${maxOutputChars.toLocaleString('en-US')} characters and was stopped. Is something printed in a loop that never ends?`;
    case 'heap':
      return `${who} used too much memory and was stopped. Does something keep growing forever?`;
  }
}

/** Why the learner's own code did not finish (the check never ran). */
export function learnerErrorMessage(r: RunResult, filename: string, error: ErrorLocation): string {
  if (error.type === 'SyntaxError' || error.type === 'IndentationError' || error.type === 'TabError') {
    const where = error.lineno !== null ? ` on line ${error.lineno}` : '';
    return `Python cannot read your code: ${error.type}${where}: ${error.message}. Fix it and check again.`;
  }
  const line = innermostLine(r.stderr, filename, error.lineno);
  const where = line !== null ? ` on line ${line}` : '';
  const message = exceptionMessage(r.stderr, error.type) || error.message;
  const detail = message ? `: ${message}` : '';
  return `Your code stopped with ${error.type}${where}${detail}. The check only runs once your code runs to the end without an error.`;
}
