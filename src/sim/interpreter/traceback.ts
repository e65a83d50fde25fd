/** CPython 3.11's traceback printing (Python/traceback.c + pythonrun.c), byte for byte. */
import { PyObject, PyType } from '../objects/pyobject.ts';
import type { ExcState, TbEntry } from '../objects/core.ts';
import { excStr, str as pyStr } from '../objects/abstract.ts';
import { builtinsMap } from '../modules/builtins.ts';
import { caretLine as textCaretLine, suggestName as textSuggestName } from '../text/index.ts';
import type { AnyNode } from '../parse/ast.ts';

const RECURSIVE_CUTOFF = 3;

function formatEntries(tb: TbEntry[]): string {
  let out = '';
  let last: TbEntry | null = null;
  let count = 0;
  const entries = tb.slice().reverse();
  for (const e of entries) {
    if (last !== null && e.filename === last.filename && e.lineno === last.lineno && e.name === last.name) {
      count++;
    } else {
      if (count > RECURSIVE_CUTOFF) out += `  [Previous line repeated ${count - RECURSIVE_CUTOFF} more times]\n`;
      count = 1;
    }
    last = e;
    if (count > RECURSIVE_CUTOFF) continue;
    out += `  File "${e.filename}", line ${e.lineno}, in ${e.name}\n`;
    const line = e.source[e.lineno - 1];
    if (line !== undefined && line.trim() !== '') {
      out += '    ' + line.trim() + '\n';
      const c = e.pos === null ? null : textCaretLine(line, e.pos, (e.pos as unknown as { node: AnyNode }).node ?? null);
      if (c !== null) out += c + '\n';
    }
  }
  if (count > RECURSIVE_CUTOFF) out += `  [Previous line repeated ${count - RECURSIVE_CUTOFF} more times]\n`;
  return out;
}

// ---- "Did you mean" -------------------------------------------------------------------------------

function dirOf(o: PyObject): string[] {
  const names = new Set<string>();
  if (o.dict) for (const k of o.dict.keys()) names.add(k);
  const types = o instanceof PyType ? o.mro : o.ob_type.mro;
  for (const t of types) for (const k of t.tp_dict.keys()) names.add(k);
  return [...names].sort();
}

function suggestion(e: PyObject): string {
  const st = e.v as ExcState & { attr?: { obj: PyObject; name: string }; nameErr?: string; nameCandidates?: string[][] };
  if (st.attr && e.ob_type.name === 'AttributeError') {
    const s = textSuggestName(st.attr.name, dirOf(st.attr.obj));
    return s === null ? '' : `. Did you mean: '${s}'?`;
  }
  if (st.nameErr && (e.ob_type.name === 'NameError')) {
    for (const group of st.nameCandidates ?? [[...builtinsMap.keys()]]) {
      const s = textSuggestName(st.nameErr, group);
      if (s !== null) return `. Did you mean: '${s}'?`;
    }
  }
  return '';
}

// ---- whole exception ------------------------------------------------------------------------------

function lastLine(e: PyObject): string {
  const t = e.ob_type;
  const name = t.module === 'builtins' || t.module === '__main__' ? t.name : `${t.module}.${t.name}`;
  let msg: string;
  try {
    msg = t.heap ? pyStr(e) : excStr(e);
  } catch {
    msg = '<exception str() failed>';
  }
  const sug = suggestion(e);
  return (msg === '' ? name + (sug ? `: ${sug.slice(2)}` : '') : `${name}: ${msg}${sug}`) + '\n';
}

export function formatException(e: PyObject, seen = new Set<PyObject>()): string {
  seen.add(e);
  const st = e.v as ExcState;
  let out = '';
  if (st.cause !== null && !seen.has(st.cause)) {
    out += formatException(st.cause, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (st.context !== null && !st.suppress && !seen.has(st.context)) {
    out += formatException(st.context, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  if (st.tb.length) out += 'Traceback (most recent call last):\n' + formatEntries(st.tb);
  return out + lastLine(e);
}
