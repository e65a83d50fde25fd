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
  private n = 0;
  constructor(
    private readonly timeoutMs = 10_000,
    private readonly hashSeed = '0',
  ) {}

  run(source: string, hashSeed = this.hashSeed): Promise<Outcome> {
    const file = path.join(this.dir, `p${this.n++}.py`);
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
