/** `str.casefold()`: full case folding, code point by code point (no final-sigma context). */
import { CASEFOLD_SPECIAL } from './casefold-table.ts';

const SPECIAL = new Map<number, string>(CASEFOLD_SPECIAL);

export function casefold(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x41) out += ch;
    else out += SPECIAL.get(cp) ?? ch.toLowerCase();
  }
  return out;
}
