/**
 * Running programs under CPython 3.11 the way the fidelity corpus was recorded: `python3 -S
 * file.py`, one process per program (a fresh interpreter: refcounts and gc counts start from the
 * same state for every program; exec() in one process would share the cached objects' counts),
 * a minimal environment, stderr normalized like /work/shared/fidelity/README.md.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Outcome {
  stdout: string;
  stderr: string;
  exitCode: number;
}

let resolved: string | null = null;

/** The interpreter itself, not a pyenv shim (a shim is a shell script that costs ~300 ms a run). */
export function pythonExecutable(): string {
  if (resolved === null) {
    const name = process.env.PYTHON ?? 'python3';
    resolved = execFileSync(name, ['-S', '-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
    const version = execFileSync(resolved, ['-S', '-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' }).trim();
    if (version !== '3.11') throw new Error(`${resolved} is Python ${version}; the expected outputs must come from CPython 3.11`);
  }
  return resolved;
}

/** 0x followed by 6+ hex digits → 0xADDR (the corpus rule), then the program's path → <string>. */
export function normalizeStderr(stderr: string, file: string | null): string {
  let s = stderr;
  if (file !== null) s = s.split(file).join('<string>');
  return s.replace(/0x[0-9a-fA-F]{6,}/g, '0xADDR');
}

const ENV_KEYS = ['PATH'];

export class CPythonRunner {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'fuzz-cpython-'));
  /**
   * Directories with shorter and longer paths: CPython 3.11's own output can depend on where the
   * script lives (`sys.getrefcount(None)` does: 3789 for /tmp/a/p1.py, 3798 for
   * /tmp/fuzz-cpython-AbC123/p1.py, and now and then 3804), so such a line is no spec to hold the
   * simulator to. `runElsewhere` runs a program from each of them.
   */
  private otherDirs: string[] | null = null;
  private n = 0;
  constructor(
    private readonly timeoutMs = 10_000,
    private readonly hashSeed = '0',
  ) {}

  /** The same program from directories with other path lengths (see `otherDirs`). */
  async runElsewhere(source: string): Promise<Outcome[]> {
    this.otherDirs ??= [
      mkdtempSync(path.join(tmpdir(), 'f')),
      mkdtempSync(path.join(tmpdir(), 'fuzz-cpython-a-directory-with-a-much-longer-name-')),
    ];
    const out: Outcome[] = [];
    for (const dir of this.otherDirs) out.push(await this.run(source, this.hashSeed, dir));
    return out;
  }

  run(source: string, hashSeed = this.hashSeed, dir = this.dir): Promise<Outcome> {
    const file = path.join(dir, `p${this.n++}.py`);
    writeFileSync(file, source);
    const env: Record<string, string> = {
      LC_ALL: 'C.UTF-8',
      PYTHONHASHSEED: hashSeed,
      PYTHONDONTWRITEBYTECODE: '1',
      PYTHONIOENCODING: 'utf-8',
    };
    for (const k of ENV_KEYS) if (process.env[k]) env[k] = process.env[k]!;
    return new Promise((resolve) => {
      const child = spawn(pythonExecutable(), ['-S', file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let size = 0;
      const limit = 4 << 20;
      const timer = setTimeout(() => child.kill('SIGKILL'), this.timeoutMs);
      child.stdout.on('data', (b: Buffer) => {
        size += b.length;
        if (size > limit) child.kill('SIGKILL');
        else out.push(b);
      });
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        rmSync(file, { force: true });
        const stderr = Buffer.concat(err).toString('utf8');
        resolve({
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: normalizeStderr(stderr, file),
          // A killed run (timeout, output flood) is reported as status -1: never "expected".
          exitCode: signal !== null ? -1 : (code ?? -1),
        });
      });
    });
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
    for (const dir of this.otherDirs ?? []) rmSync(dir, { recursive: true, force: true });
  }
}

/** True when CPython refused the program itself (a generator bug, not a simulator bug). */
export function rejectedByCPython(o: Outcome): boolean {
  if (o.exitCode === -1) return true;
  const last = o.stderr.trimEnd().split('\n').pop() ?? '';
  if (o.exitCode !== 0 && /^(SyntaxError|IndentationError|TabError)\b/.test(last)) return true;
  // Compile-time warnings mean the generator wrote something odd (`x is 1`, `5[0]`): not a test of the simulator.
  return o.stderr.includes('SyntaxWarning');
}
