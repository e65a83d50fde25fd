/**
 * Objects CPython 3.11 makes the first time a run needs them and keeps until the interpreter
 * ends: for gc.get_count() each is one allocation (which may start a collection), once per run.
 *
 * - Argument Clinic's keyword parsers (Python/getargs.c parser_init): a built-in parsing keyword
 *   arguments through a static `_PyArg_Parser` builds its tuple of keyword names on first use.
 *   print() always goes through it (its *args parsing, _PyArg_UnpackKeywordsWithVararg);
 *   list.sort() (and so sorted()) only when given keywords, as the generated code skips the
 *   parser otherwise. gdb: a watchpoint on tuple.numfree[3] stops in parser_init under the
 *   program's first print().
 * - Py_ReprEnter, the recursion guard of container reprs (list, tuple, dict, set), keeps its list
 *   of objects being repr'd in the thread state's dict: the first repr makes that dict
 *   (PyThreadState_GetDict) and the list. gdb: a watchpoint on list.numfree stops in
 *   Py_ReprEnter under the first repr of a tuple.
 */
import { gcLinkedUnseen } from './heap.ts';

const parsers = new Set<string>();
let reprGuardMade = false;

/** Per-run reset: a new interpreter has made none of these. */
export function resetFirstUse(): void {
  parsers.clear();
  reprGuardMade = false;
}

/** parser_init for the built-in `name`, whose parser knows `keywords` keyword names. */
export function parserInit(name: string, keywords: number): void {
  if (parsers.has(name)) return;
  parsers.add(name);
  gcLinkedUnseen('tuple', keywords);
}

/** Py_ReprEnter: the thread state's dict and its Py_Repr list, the first time. */
export function reprEnter(): void {
  if (reprGuardMade) return;
  reprGuardMade = true;
  gcLinkedUnseen('dict');
  gcLinkedUnseen('list');
}
