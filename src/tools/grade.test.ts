import { execFile } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = new URL('./grade.ts', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;

/** As `npm run grade` runs it: from the package root, with the caller's directory in INIT_CWD. */
async function grade(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, env: { ...process.env, INIT_CWD: cwd } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run grade (CLI)', () => {
  it('refuses an unknown module, listing the known ones, and an invalid link with its problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pml-cli-'));
    const unknown = await grade(['--module', 'week-99', 'a.json'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^grade: no module "week-99" in content\/modules\/ \(known: .*week-1-references/);
    const link = await grade(['--module', '/modules/shared/?v=1&t=x&e=refs-nope', 'a.json'], dir);
    expect(link.code).toBe(2);
    expect(link.stderr).toContain('Unknown exercise id "refs-nope"');
    const none = await grade(['--module', 'week-1-references'], dir);
    expect(none.stderr).toMatch(/no report files given/);
  });

  it('rejects a 50 MB report unread and a missing file, writes the CSV and reports progress on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pml-cli-'));
    const fd = openSync(join(dir, 'huge.json'), 'w');
    ftruncateSync(fd, 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
    closeSync(fd);
    writeFileSync(join(dir, 'note.txt'), 'not a report');
    const result = await grade(['--module', 'quick-check-identity', '*.json', 'missing.json', '--out', 'grades.csv'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const csv = readFileSync(join(dir, 'grades.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('learner,file,submitted_at,refs-hex-id,refs-id-rebinding,refcount-small-int,total,required,result,flagged,notes');
    expect(csv[1]).toBe(',huge.json,,,,,,,rejected,,too large (50.0 MB; a report is at most 5 MB)');
    expect(csv[2]).toBe(',missing.json,,,,,,,rejected,,file not found');
    expect(result.stderr).toContain('[##############################] 2/2 reports');
    expect(result.stderr).toContain('0 graded (0 passed, 0 failed), 2 rejected, 0 flagged → grades.csv');
  });
});
