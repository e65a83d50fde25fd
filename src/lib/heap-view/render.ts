/**
 * One step of the heap as an SVG string (built as text: fast, and testable without a browser).
 * Every piece of program data goes through `esc`: values are the learner's strings.
 */
import type { HeapState, ObjView } from '../../sim/trace-types.ts';
import { hexAddr, listedRefs } from '../../sim/trace-replay.ts';
import type { HeapLayout, LayoutOptions } from './layout.ts';
import { HEADER_H, MAX_ROWS, ROW_H, isShown } from './layout.ts';

export interface RenderOptions {
  selected: number | null;
  /** gc_refs per address while replaying a collection, else null. */
  gcRefs: Map<number, number> | null;
  /** Addresses the collector has moved to its unreachable list (collector replay). */
  gcUnreachable?: Set<number>;
  /** Hide cached objects (their values are shown inline instead of an arrow). */
  hideCached?: boolean;
  /** Pick mode (a `pick: heap` exercise at its marked step): aria-pressed says picked, not selected. */
  picked?: Set<number>;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Last 4 hex digits: enough to tell objects apart on screen; the full id is in the label. */
export function shortAddr(addr: number): string {
  return '…' + addr.toString(16).slice(-4);
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function curve(x1: number, y1: number, x2: number, y2: number): string {
  const dx = x2 > x1 + 20 ? Math.max(30, (x2 - x1) / 2) : Math.max(80, Math.abs(y2 - y1) / 2);
  return `M${x1.toFixed(1)} ${y1.toFixed(1)} C${(x1 + dx).toFixed(1)} ${y1.toFixed(1)} ${(x2 - dx).toFixed(1)} ${y2.toFixed(1)} ${x2.toFixed(1)} ${y2.toFixed(1)}`;
}

/** Words for an object, used by aria-labels and the text description. */
const ATOMS = new Set(['int', 'float', 'str', 'bool', 'NoneType']);

export function objectWords(v: ObjView, unreachable: boolean): string {
  const what = v.type === 'type' ? v.repr : ATOMS.has(v.type) ? `${v.type} ${v.repr}` : `${v.type} object`;
  let s = `${what} at ${hexAddr(v.addr)}, reference count ${v.refcnt}`;
  if (v.repr.startsWith('len ')) s += `, length ${v.repr.slice(4)}`;
  if (v.tracked && v.generation !== null) s += `, gc generation ${v.generation}`;
  if (v.cached) s += ', cached';
  if (unreachable) s += ', unreachable: a cycle awaiting collection';
  return s;
}

export function renderHeapSvg(layout: HeapLayout, state: HeapState, opts: RenderOptions): string {
  const lo: LayoutOptions = { hideCached: opts.hideCached ?? true };
  const un = new Set(state.unreachable);
  // references interpreter temporaries hold (a caller's evaluation stack, a loop's iterator)
  const temps = new Map<number, number>();
  for (const t of state.temps) temps.set(t.addr, (temps.get(t.addr) ?? 0) + 1);
  const edges: string[] = [];
  const parts: string[] = [];
  const target = (to: number) => layout.nodes.get(to);
  const edgeClass = (to: number) => (to === opts.selected ? 'hv-edge hv-edge-sel' : 'hv-edge');

  for (const f of layout.frames) {
    parts.push(`<g class="hv-frame" data-frame="${f.id}">`);
    parts.push(`<rect x="${f.x}" y="${f.y}" width="${f.w}" height="${f.h}" rx="4"/>`);
    parts.push(`<text class="hv-frame-name" x="${f.x + 8}" y="${f.y + 16}">${esc(clip(f.name === '<module>' ? 'Global frame' : f.name + '()', 22))}</text>`);
    for (const r of f.rows) {
      const v = state.objects.get(r.to);
      const t = target(r.to);
      parts.push(`<text class="hv-var" x="${f.x + 8}" y="${r.y + 4}">${esc(clip(r.name, 14))}</text>`);
      if (t !== undefined) {
        const x1 = f.x + f.w - 10;
        parts.push(`<circle class="hv-dot" cx="${x1}" cy="${r.y}" r="3"/>`);
        edges.push(`<path class="${edgeClass(r.to)}" d="${curve(x1, r.y, t.x, t.y + HEADER_H / 2)}" marker-end="url(#hv-arrow)"/>`);
      } else if (v !== undefined) {
        parts.push(`<text class="hv-inline" x="${f.x + f.w - 8}" y="${r.y + 4}" text-anchor="end">${esc(clip(v.repr || v.type, 10))}</text>`);
      }
    }
    parts.push('</g>');
  }

  for (const n of layout.nodes.values()) {
    const v = state.objects.get(n.addr)!;
    const cls = ['hv-obj'];
    if (v.cached) cls.push('hv-cached');
    if (un.has(v.addr)) cls.push('hv-unreachable');
    if (opts.gcUnreachable?.has(v.addr)) cls.push('hv-gc-unreachable');
    if (opts.selected === v.addr) cls.push('hv-selected');
    const held = temps.get(v.addr);
    if (held !== undefined) cls.push('hv-temp');
    if (opts.picked?.has(v.addr)) cls.push('hv-picked');
    const pressed = opts.picked ? opts.picked.has(v.addr) : opts.selected === v.addr;
    const gcRefs = opts.gcRefs?.get(v.addr);
    let label = objectWords(v, un.has(v.addr));
    if (gcRefs !== undefined) label += `, gc_refs ${gcRefs}`;
    if (held !== undefined) label += `, ${held === 1 ? 'one reference' : `${held} references`} held on an evaluation stack`;
    parts.push(`<g class="${cls.join(' ')}" data-addr="${v.addr}" tabindex="0" role="button" aria-pressed="${pressed}" aria-label="${esc(label)}">`);
    parts.push(`<rect class="hv-box" x="${n.x}" y="${n.y}" width="${n.w}" height="${n.h}" rx="5"/>`);
    parts.push(`<text class="hv-type" x="${n.x + 8}" y="${n.y + 15}">${esc(clip(v.type === 'type' ? 'class' : v.type, 16))}</text>`);
    parts.push(`<text class="hv-addr" x="${n.x + n.w - 8}" y="${n.y + 15}" text-anchor="end">${shortAddr(v.addr)}</text>`);
    const badge = `rc ${v.refcnt > 99999 ? '≈1e9' : v.refcnt}` + (v.tracked && v.generation !== null ? ` · gen ${v.generation < 0 ? 'perm' : v.generation}` : '');
    const second = v.cached ? `${v.repr} · cached` : v.repr;
    const room = Math.max(4, Math.floor((n.w - 24) / 7.3) - badge.length);
    parts.push(`<text class="hv-repr" x="${n.x + 8}" y="${n.y + 32}">${esc(clip(second, room))}</text>`);
    if (gcRefs === undefined) parts.push(`<text class="hv-badge" x="${n.x + n.w - 8}" y="${n.y + 32}" text-anchor="end">${badge}</text>`);
    if (gcRefs !== undefined) {
      const text = `rc ${v.refcnt} · gc_refs ${gcRefs}`;
      const w = text.length * 7.3 + 8;
      parts.push(`<g class="hv-gcrefs"><rect x="${n.x + n.w - 4 - w}" y="${n.y + 21}" width="${w}" height="15" rx="3"/><text x="${n.x + n.w - 8}" y="${n.y + 32}" text-anchor="end">${text}</text></g>`);
    }
    if (!v.opaque) {
      const listed = listedRefs(v);
      const rows = Math.min(listed.length, MAX_ROWS);
      for (let i = 0; i < rows; i++) {
        const r = listed[i];
        const y = n.y + HEADER_H + i * ROW_H + ROW_H / 2 + 2;
        parts.push(`<text class="hv-slot" x="${n.x + 8}" y="${y + 4}">${esc(clip(r.label, 16))}</text>`);
        const t = target(r.to);
        const tv = state.objects.get(r.to);
        if (t !== undefined) {
          const x1 = n.x + n.w - 10;
          parts.push(`<circle class="hv-dot" cx="${x1}" cy="${y}" r="3"/>`);
          // a reference to itself loops over the top of its own box
          const d = t === n
            ? `M${x1} ${y} C${x1 + 70} ${y} ${x1 + 40} ${n.y - 40} ${n.x + n.w / 2} ${n.y}`
            : curve(x1, y, t.x, t.y + HEADER_H / 2);
          edges.push(`<path class="${edgeClass(r.to)}${r.kind === 'type' ? ' hv-edge-type' : ''}" d="${d}" marker-end="url(#hv-arrow)"/>`);
        } else if (tv !== undefined && !isShown(tv, lo)) {
          parts.push(`<text class="hv-inline" x="${n.x + n.w - 8}" y="${y + 4}" text-anchor="end">${esc(clip(tv.repr || tv.type, 12))}</text>`);
        }
      }
      if (v.nrefs > MAX_ROWS) {
        const y = n.y + HEADER_H + MAX_ROWS * ROW_H + ROW_H / 2 + 6;
        parts.push(`<text class="hv-more" x="${n.x + 8}" y="${y}">+${v.nrefs - MAX_ROWS} more</text>`);
      }
    }
    parts.push('</g>');
  }
  const w = Math.max(layout.width, 320);
  const h = Math.max(layout.height, 120);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="hv-svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`
    + '<defs><marker id="hv-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" class="hv-arrowhead"/></marker></defs>'
    + `<g class="hv-edges">${edges.join('')}</g>${parts.join('')}</svg>`;
}

