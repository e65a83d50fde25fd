/**
 * Module globals with LOAD_GLOBAL's inline cache (CPython 3.11: LOAD_GLOBAL_MODULE/_BUILTIN check
 * the globals dict's keys version and reuse the entry they found last time).
 *
 * A module namespace is a `GlobalsMap`. A store to an existing name mutates its entry in place
 * (`e.v = v`), so a site can keep the entry it found: the map marks an entry `dead` when it leaves
 * the map (deleted, or replaced by another entry object), and the site looks the name up again.
 * A name missing from the globals resolves to a builtin; that stays right until a global of a
 * builtin's name appears (`shadows` counts such additions): the builtins table (builtins.ts
 * `builtinsMap`) is filled at module load and never changes.
 */
import type { PyObject } from '../objects/pyobject.ts';
import type { DictEntry } from '../objects/core.ts';
import { builtinsMap } from '../modules/builtins.ts';

/** An entry of a GlobalsMap; `dead` is set once it is no longer in the map. */
type GlobalsEntry = DictEntry & { dead?: boolean };

export class GlobalsMap extends Map<unknown, DictEntry> {
  shadows = 0;
  override set(k: unknown, v: DictEntry): this {
    const old = super.get(k) as GlobalsEntry | undefined;
    if (old === undefined) {
      if (typeof k === 'string' && builtinsMap.has(k)) this.shadows++;
    } else if (old !== v) old.dead = true;
    if ((v as GlobalsEntry).dead === true) (v as GlobalsEntry).dead = false;
    return super.set(k, v);
  }
  /** set() of a name the caller has just failed to find (STORE_NAME of a new global). */
  insert(k: string, v: DictEntry): void {
    if (builtinsMap.has(k)) this.shadows++;
    super.set(k, v);
  }
  override delete(k: unknown): boolean {
    const old = super.get(k) as GlobalsEntry | undefined;
    if (old === undefined) return false;
    old.dead = true;
    return super.delete(k);
  }
  override clear(): void {
    for (const e of super.values()) (e as GlobalsEntry).dead = true;
    super.clear();
  }
}

export class GlobalSite {
  map: GlobalsMap | null = null;
  /** The globals entry of the name, or undefined when the name was missing from the globals. */
  entry: GlobalsEntry | undefined = undefined;
  /** When `entry` is undefined: the builtin found instead, valid while `map.shadows` is `shadows`. */
  builtin: PyObject | null = null;
  shadows = -1;
  constructor(readonly name: string) {}
}

/** The cached globals entry of the site's name in `m`, or undefined (look it up). */
export function siteEntry(site: GlobalSite, m: Map<unknown, DictEntry>): DictEntry | undefined {
  const e = site.entry;
  return m === site.map && e !== undefined && e.dead !== true ? e : undefined;
}

/** The cached builtin for the site's name (missing from the globals `m`), or null. */
export function siteBuiltin(site: GlobalSite, m: Map<unknown, DictEntry>): PyObject | null {
  return m === site.map && site.entry === undefined && (m as GlobalsMap).shadows === site.shadows ? site.builtin : null;
}

/** Remember what a lookup of `site.name` in `m` found (only GlobalsMaps keep caches valid). */
export function fillSite(site: GlobalSite, m: Map<unknown, DictEntry>, entry: DictEntry | undefined, builtin: PyObject | null): void {
  const shadows = (m as GlobalsMap).shadows;
  if (shadows === undefined) return; // a plain Map: no way to know when the cache goes stale
  site.map = m as GlobalsMap;
  site.entry = entry;
  site.builtin = builtin;
  site.shadows = shadows;
}
