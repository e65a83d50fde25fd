/**
 * What print() allocates in CPython 3.11, for gc.get_count() (the simulator writes output
 * directly and keeps none of these objects):
 * - print(*args) receives its positional arguments as a tuple (Argument Clinic's
 *   _PyArg_UnpackKeywordsWithVararg), alive for the whole call: a gc allocation unless the tuple
 *   free list of that length has one saved (it is empty after a full collection);
 * - each argument, separator and end goes through PyFile_WriteObject, which first looks up
 *   `file.write`: a new bound method object (3.9 removed the method free lists), alive while the
 *   text is made (str(arg) may run Python code) and written, then freed. It leaves the count as
 *   it was, but an automatic collection can start at it, in the middle of a line: gdb on
 *   gc_collect_main shows CPython collecting at PyCMethod_New under PyFile_WriteObject;
 * - sys.stdout is an io.TextIOWrapper that keeps unflushed writes in `pending_bytes`: the first
 *   write's string itself, then a list of them from the second write on (a list allocation),
 *   until 8,192 bytes are pending (chunk_size) or a flush; the list then goes back to the list
 *   free list. stdout on a pipe is neither line-buffered nor write-through; stderr is
 *   line-buffered (flushed at each newline).
 * Measured: after gc.collect(), `print(1)` moves the count by 2, a second `print(2)` by 0
 * (src/tools/measure/gc_count_deltas.py, `print_after_collect`).
 */
import { gcFreedUnseen, gcLinkedUnseen } from './heap.ts';
import { NotImplementedError } from './objects/core.ts';
import { pyErr } from './objects/errors.ts';

/** io.TextIOWrapper's chunk_size (the default buffer size). */
const CHUNK_SIZE = 8192;

interface Pending {
  /** 0: nothing pending, 1: one string, 2+: a list of that many. */
  chunks: number;
  bytes: number;
  /** Writes so far, to notice one made while another is in progress. */
  writes: number;
}
const pending: Record<'out' | 'err', Pending> = { out: { chunks: 0, bytes: 0, writes: 0 }, err: { chunks: 0, bytes: 0, writes: 0 } };

/** Per-run reset: a fresh interpreter has nothing pending. */
export function resetTextIO(): void {
  for (const p of Object.values(pending)) p.chunks = p.bytes = p.writes = 0;
}

/**
 * A write that starts the pending list can start a collection (the list is a gc allocation). If a
 * finalizer then writes to the same stream, CPython 3.11 nests the list it made into the outer
 * one, and every later flush of the stream fails ("TypeError: expected bytes, list found"): the
 * output pending since the last flush and all after it is lost, and the exit status is 120. The
 * simulator has already shown that output, so it stops here and says so instead.
 */
function reentrantWrite(stream: 'out' | 'err'): never {
  const name = stream === 'out' ? 'sys.stdout' : 'sys.stderr';
  throw pyErr(
    NotImplementedError,
    `a finalizer writing to ${name} during a collection that started inside a write to it is not supported by the simulator ` +
      `(CPython 3.11 then loses the stream's buffered output: its buffer holds a list in a list)`,
  );
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4; // a surrogate pair: one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

/** _textiowrapper_writeflush: the pending list, if any, is freed (onto the list free list). */
export function textFlush(stream: 'out' | 'err'): void {
  const p = pending[stream];
  if (p.chunks >= 2) gcFreedUnseen('list');
  p.chunks = 0;
  p.bytes = 0;
}

/** TextIOWrapper.write(s) (_io_TextIOWrapper_write_impl's pending_bytes handling). */
export function textWrite(stream: 'out' | 'err', s: string): void {
  // an empty string is a pending chunk too (measured)
  const n = utf8Length(s);
  const p = pending[stream];
  p.writes++;
  if (p.bytes + n > CHUNK_SIZE) {
    textFlush(stream);
    p.chunks = 1;
  } else if (p.chunks === 0) p.chunks = 1;
  else if (p.chunks === 1) {
    const writes = p.writes;
    gcLinkedUnseen('list');
    if (p.writes !== writes) {
      gcFreedUnseen('list');
      reentrantWrite(stream);
    }
    p.chunks = 2;
  } else p.chunks++;
  p.bytes += n;
  if (p.bytes >= CHUNK_SIZE) textFlush(stream);
  else if (stream === 'err' && (s.includes('\n') || s.includes('\r'))) {
    textFlush(stream);
    // line buffering also flushes the BufferedWriter beneath: _bufferedwriter_raw_write hands
    // the bytes to the file through a memoryview (a managed buffer and the view, freed after)
    gcLinkedUnseen('other');
    gcLinkedUnseen('other');
    gcFreedUnseen('other');
    gcFreedUnseen('other');
  }
}

/** print(*args): the argument tuple, made before the first write... */
export function printArgsTupleNew(n: number): void {
  gcLinkedUnseen('tuple', n);
}

/** ...and freed after the last. */
export function printArgsTupleFree(n: number): void {
  gcFreedUnseen('tuple', n);
}

/**
 * PyFile_WriteObject(v, file): the bound `file.write` first, then `text()` (str(v)), then the
 * write; `sink` receives the text as it is written, so that output a collection's finalizers
 * print in the middle of a line lands where CPython's does.
 */
export function fileWriteObject(stream: 'out' | 'err', text: () => string, sink: (s: string) => void): void {
  gcLinkedUnseen('other');
  try {
    const s = text();
    textWrite(stream, s);
    sink(s);
  } finally {
    gcFreedUnseen('other');
  }
}
