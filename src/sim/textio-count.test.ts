/**
 * print()'s allocations as CPython 3.11 makes them (textio-count.ts). Expected counts measured
 * with python3 -S (src/tools/measure/gc_count_deltas.py `print_after_collect`, and by hand:
 * after gc.collect() two sys.stdout.write('') calls move the count by 1, a write over 8,192
 * pending bytes flushes first).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freeLists, gcCount } from './heap.ts';
import { fileWriteObject, printArgsTupleFree, printArgsTupleNew, resetTextIO, textFlush, textWrite } from './textio-count.ts';

function afterFullCollection(): void {
  // clear_freelists
  freeLists.list = 0;
  freeLists.dict = 0;
  freeLists.tuple.fill(0);
  gcCount[0] = 0;
  resetTextIO();
}

describe('print() and sys.stdout allocations', () => {
  beforeEach(afterFullCollection);

  it('print(1) then print(2) after a full collection: 2, then 0', () => {
    const print = (text: string) => {
      printArgsTupleNew(1);
      fileWriteObject('out', () => text, () => {});
      fileWriteObject('out', () => '\n', () => {});
      printArgsTupleFree(1);
    };
    print('1');
    expect(gcCount[0]).toBe(2);
    print('2');
    expect(gcCount[0]).toBe(2);
  });

  it('empty writes are pending chunks; a flushed list is reused', () => {
    textWrite('out', '');
    textWrite('out', '');
    expect(gcCount[0]).toBe(1);
    textFlush('out');
    textWrite('out', 'a');
    textWrite('out', 'b');
    expect(gcCount[0]).toBe(1);
  });

  it('a write that would pass chunk_size flushes the pending list first', () => {
    textWrite('out', 'a');
    textWrite('out', 'b');
    expect(freeLists.list).toBe(0);
    textWrite('out', 'c'.repeat(9000));
    expect(freeLists.list).toBe(1);
    textWrite('out', 'd');
    textWrite('out', 'e');
    expect(gcCount[0]).toBe(1);
  });

  it('print() with no arguments uses the empty tuple singleton', () => {
    printArgsTupleNew(0);
    printArgsTupleFree(0);
    expect(gcCount[0]).toBe(0);
  });
});
