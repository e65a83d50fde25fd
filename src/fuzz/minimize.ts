/**
 * Delta debugging (Zeller's ddmin) over a program's pieces: first whole top-level statements
 * (a line at column 0 with the indented lines under it), then single lines. A candidate is kept
 * when `interesting` still holds; CPython rejecting a candidate (a removed `if` leaving an
 * indented body) simply makes it uninteresting.
 */
export type Interesting = (source: string) => Promise<boolean>;

/** Top-level statements: each unit is a column-0 line plus the indented/continuation lines after it. */
export function topLevelUnits(source: string): string[] {
  const units: string[] = [];
  for (const line of source.replace(/\n$/, '').split('\n')) {
    const continues = units.length > 0 && (/^\s/.test(line) || /^(else|elif|except|finally)\b/.test(line));
    if (continues) units[units.length - 1] += '\n' + line;
    else units.push(line);
  }
  return units;
}

export function lineUnits(source: string): string[] {
  return source.replace(/\n$/, '').split('\n');
}

const join = (units: string[]) => units.join('\n') + '\n';

export async function ddmin(
  units: string[],
  interesting: Interesting,
  cache: Map<string, boolean>,
  glue: (units: string[]) => string = join,
): Promise<string[]> {
  const test = async (u: string[]) => {
    const src = glue(u);
    let v = cache.get(src);
    if (v === undefined) {
      v = await interesting(src);
      cache.set(src, v);
    }
    return v;
  };
  let current = units;
  let n = 2;
  while (current.length >= 2) {
    const size = Math.ceil(current.length / n);
    let reduced = false;
    for (let start = 0; start < current.length; start += size) {
      const complement = [...current.slice(0, start), ...current.slice(start + size)];
      if (complement.length > 0 && (await test(complement))) {
        current = complement;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= current.length) break;
      n = Math.min(n * 2, current.length);
    }
  }
  return current;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * Programs that flatten a compound statement at line `i`: its header dropped and its body
 * dedented (an `if`/`for`/`while`/`try` that doesn't matter to the divergence), and for `try`
 * also without its `except`/`else`/`finally` clauses. Line deletion alone can't do this: removing
 * only a header leaves an indented body, which CPython rejects.
 */
export function unwrapCandidates(lines: string[], i: number): string[][] {
  const header = lines[i];
  if (!/:\s*$/.test(header) || /^\s*(def|class)\b/.test(header)) return [];
  const k = indentOf(header);
  let end = i + 1;
  while (end < lines.length && (lines[end].trim() === '' || indentOf(lines[end]) > k)) end++;
  const body = lines.slice(i + 1, end).map((l) => l.slice(Math.min(indentOf(l) - k, 4)));
  // Clauses that belong to this statement: `elif`/`else`/`except`/`finally` at the same indent.
  let clauseEnd = end;
  while (clauseEnd < lines.length && indentOf(lines[clauseEnd]) === k && /^\s*(elif|else|except|finally)\b/.test(lines[clauseEnd])) {
    clauseEnd++;
    while (clauseEnd < lines.length && indentOf(lines[clauseEnd]) > k) clauseEnd++;
  }
  const before = lines.slice(0, i);
  return [
    [...before, ...body, ...lines.slice(clauseEnd)],
    [...before, ...body, ...lines.slice(end)],
  ];
}

async function unwrapAll(lines: string[], interesting: Interesting, cache: Map<string, boolean>): Promise<string[]> {
  let current = lines;
  for (let i = 0; i < current.length; i++) {
    for (const candidate of unwrapCandidates(current, i)) {
      const src = join(candidate);
      let v = cache.get(src);
      if (v === undefined) {
        v = await interesting(src);
        cache.set(src, v);
      }
      if (v) {
        current = candidate;
        i--;
        break;
      }
    }
  }
  return current;
}

/** Statements first (cheap, big steps), then lines, then flattening blocks; returns the smallest interesting source found. */
export async function minimizeProgram(source: string, interesting: Interesting): Promise<string> {
  const cache = new Map<string, boolean>();
  let lines = lineUnits(join(await ddmin(topLevelUnits(source), interesting, cache)));
  for (let round = 0; round < 3; round++) {
    const before = lines.length;
    lines = await ddmin(lines, interesting, cache);
    lines = await unwrapAll(lines, interesting, cache);
    if (lines.length === before) break;
  }
  return join(lines);
}
