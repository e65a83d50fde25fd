/** CPython 3.11's traceback printing (Python/traceback.c + pythonrun.c), byte for byte. */
import { PyObject, PyType } from '../objects/pyobject.ts';
import type { ExcState, TbEntry } from '../objects/core.ts';
import { excStr, str as pyStr } from '../objects/abstract.ts';
import { builtinsMap } from '../modules/builtins.ts';

const RECURSIVE_CUTOFF = 3;

function utf8Len(ch: string): number {
  const c = ch.codePointAt(0)!;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/** Byte offset in a line -> character offset. */
function byteToChar(line: string, off: number): number {
  let b = 0;
  let i = 0;
  for (const ch of line) {
    if (b >= off) return i;
    b += utf8Len(ch);
    i += ch.length;
  }
  return i;
}

function caretLine(entry: TbEntry, line: string): string | null {
  const p = entry.pos;
  if (p === null) return null;
  const rstripped = line.replace(/\s+$/, '');
  const indent = rstripped.length - rstripped.replace(/^\s+/, '').length;
  const stripped = rstripped.slice(indent);
  const start = byteToChar(line, p.col_offset);
  let end: number;
  if (p.end_lineno === p.lineno) end = byteToChar(line, p.end_col_offset);
  else end = rstripped.length;
  if (end <= start) return null;
  let anchors: [number, number] | null = null;
  if (p.anchors !== null && p.end_lineno === p.lineno) {
    const seg = line.slice(start, end);
    if (p.kind === 'BinOp') {
      const leftEnd = byteToChar(line, p.col_offset + p.anchors[0]) - start;
      const rightStart = byteToChar(line, p.col_offset + p.anchors[1]) - start;
      for (let i = leftEnd; i < rightStart; i++) {
        if (seg[i] === ' ' || seg[i] === '\t' || seg[i] === '\f') continue;
        let r = i + 1;
        if (i + 1 < rightStart && !/\s/.test(seg[i + 1])) r++;
        anchors = [i, r];
        break;
      }
    } else if (p.kind === 'Subscript') {
      anchors = [byteToChar(line, p.col_offset + p.anchors[0]) - start, byteToChar(line, p.col_offset + p.anchors[1]) - start];
    }
  }
  if (end - start >= stripped.length && anchors === null) return null;
  let marks: string;
  if (anchors !== null) {
    marks = '~'.repeat(anchors[0]) + '^'.repeat(anchors[1] - anchors[0]) + '~'.repeat(Math.max(0, end - start - anchors[1]));
  } else marks = '^'.repeat(end - start);
  return '    ' + ' '.repeat(Math.max(0, start - indent)) + marks;
}

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
      const c = caretLine(e, line);
      if (c !== null) out += c + '\n';
    }
  }
  if (count > RECURSIVE_CUTOFF) out += `  [Previous line repeated ${count - RECURSIVE_CUTOFF} more times]\n`;
  return out;
}

// ---- "Did you mean" (Python/suggestions.c) ----------------------------------------------------------

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  while (a.length && b.length && a[a.length - 1] === b[b.length - 1]) {
    a = a.slice(0, -1);
    b = b.slice(0, -1);
  }
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0; i < a.length; i++) buffer[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = bi * MOVE_COST;
    result = distance;
    let minimum = Infinity;
    for (let ai = 0; ai < a.length; ai++) {
      const substitute = distance + substitutionCost(code, a[ai]);
      distance = buffer[ai];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

export function suggestName(name: string, candidates: string[]): string | null {
  if (candidates.length > 750) return null;
  let best: string | null = null;
  let bestDist = Infinity;
  for (const item of candidates) {
    if (item === name) continue;
    let maxDist = Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6);
    maxDist = Math.min(maxDist, bestDist - 1);
    const d = levenshtein(name, item, maxDist);
    if (d > maxDist) continue;
    if (best === null || d < bestDist) {
      best = item;
      bestDist = d;
    }
  }
  return best;
}

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
    const s = suggestName(st.attr.name, dirOf(st.attr.obj));
    return s === null ? '' : `. Did you mean: '${s}'?`;
  }
  if (st.nameErr && (e.ob_type.name === 'NameError')) {
    for (const group of st.nameCandidates ?? [[...builtinsMap.keys()]]) {
      const s = suggestName(st.nameErr, group);
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
