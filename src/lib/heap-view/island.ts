/**
 * Brings each <HeapView> of a page to life: asks the trace worker for a trace of the code (its
 * own listing, or the <Editor> it is tied to), then draws any step on demand.
 *
 * Contract with the Editor island (the view never touches the editor's DOM):
 *   the view dispatches `pml:highlight-line` on the editor's root (`figure[data-editor=ID]`),
 *   detail `{ line: number | null, from: string }` (1-based line about to run; null = clear;
 *   `from` = the HeapView id), not bubbling. The editor marks that line.
 */
import type { HeapState, Trace } from '../../sim/trace-types.ts';
import { explainRefcount, hexAddr, otherReferencesText, outputAt, stateAt } from '../../sim/trace-replay.ts';
import { layoutHeap, planTrace, LayoutMemory } from './layout.ts';
import type { LayoutOptions, Positions } from './layout.ts';
import { renderHeapSvg } from './render.ts';
import { describeStep, objectName, PHASE_TEXT, stepHeadline } from './describe.ts';
import { requestTrace } from './trace-client.ts';
import { editorOf } from '../editor-island.ts';
import { PICKS_EVENT, readPicks, type PicksDetail } from './picks.ts';
import { candidatesAt, markedStep } from '../../checks/heap-candidates.ts';

export const HIGHLIGHT_EVENT = 'pml:highlight-line';
export interface HighlightDetail {
  line: number | null;
  from: string;
}

function q<T extends Element>(root: Element, sel: string): T {
  const el = root.querySelector<T>(sel);
  if (el === null) throw new Error(`heap view: missing ${sel}`);
  return el;
}

class HeapViewIsland {
  private root: HTMLElement;
  private trace: Trace | null = null;
  private index = 0;
  private selected: number | null = null;
  private plan: Positions | null = null;
  private memory = new LayoutMemory();
  private lines: string[] = [];
  private state: HeapState | null = null;
  private busy = false;
  /** Pick mode (`pickLine` set by a `pick: heap` exercise): objects picked at the marked step. */
  private pickLine: number | null;
  private markIndex = -1;
  private picked = new Set<number>();
  private pickStatus: HTMLElement | null;

  private traceButton: HTMLButtonElement;
  private first: HTMLButtonElement;
  private back: HTMLButtonElement;
  private forward: HTMLButtonElement;
  private last: HTMLButtonElement;
  private slider: HTMLInputElement;
  private counter: HTMLElement;
  private hideCached: HTMLInputElement;
  private stage: HTMLElement;
  private explain: HTMLElement;
  private phase: HTMLElement;
  private output: HTMLElement;
  private description: HTMLElement;
  private status: HTMLElement;
  private codeList: HTMLElement | null;

  constructor(root: HTMLElement) {
    this.root = root;
    this.traceButton = q(root, '[data-trace]');
    this.pickLine = root.dataset.pickLine ? Number(root.dataset.pickLine) : null;
    this.pickStatus = root.querySelector('[data-pick-status]');
    root.querySelector('[data-go-mark]')?.addEventListener('click', () => {
      if (this.markIndex >= 0) this.go(this.markIndex);
    });
    this.first = q(root, '[data-first]');
    this.back = q(root, '[data-back]');
    this.forward = q(root, '[data-forward]');
    this.last = q(root, '[data-last]');
    this.slider = q(root, '[data-slider]');
    this.counter = q(root, '[data-counter]');
    this.hideCached = q(root, '[data-hide-cached]');
    this.stage = q(root, '[data-stage]');
    this.explain = q(root, '[data-explain]');
    this.phase = q(root, '[data-phase]');
    this.output = q(root, '[data-output]');
    this.description = q(root, '[data-description]');
    this.status = q(root, '[data-status]');
    this.codeList = root.querySelector('[data-code-list]');

    this.traceButton.addEventListener('click', () => void this.record());
    this.first.addEventListener('click', () => this.go(0));
    this.back.addEventListener('click', () => this.go(this.index - 1));
    this.forward.addEventListener('click', () => this.go(this.index + 1));
    this.last.addEventListener('click', () => this.go(Infinity));
    this.slider.addEventListener('input', () => this.go(Number(this.slider.value)));
    this.hideCached.addEventListener('change', () => {
      this.replan();
      this.draw();
    });
    root.addEventListener('keydown', (e) => this.onKey(e));
    this.stage.addEventListener('click', (e) => this.onPick(e));
    this.stage.addEventListener('keydown', (e) => {
      if ((e.key === 'Enter' || e.key === ' ') && (e.target as Element).closest('[data-addr]')) {
        e.preventDefault();
        this.onPick(e);
      }
    });
    this.setStepping(false);
  }

  private source(): string {
    const editorId = this.root.dataset.editorFor;
    if (editorId) {
      const er = document.querySelector(`figure[data-editor="${CSS.escape(editorId)}"]`);
      const handle = er ? editorOf(er) : undefined;
      if (handle) return handle.code();
      const init = er?.querySelector('[data-initial-code]')?.textContent;
      if (init) return JSON.parse(init) as string;
    }
    const own = this.root.querySelector('[data-heap-code]')?.textContent;
    return own ? (JSON.parse(own) as string) : '';
  }

  private opts(): LayoutOptions {
    return { hideCached: this.hideCached.checked };
  }

  private setStepping(on: boolean): void {
    for (const el of [this.first, this.back, this.forward, this.last, this.slider, this.hideCached]) el.disabled = !on;
  }

  async record(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const source = this.source();
    this.lines = source.split('\n');
    this.status.textContent = 'Recording the run…';
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus
    this.traceButton.setAttribute('aria-disabled', 'true');
    const maxSteps = Number(this.root.dataset.maxSteps ?? '2000');
    const outcome = await requestTrace(source.endsWith('\n') ? source : source + '\n', maxSteps);
    this.busy = false;
    this.traceButton.removeAttribute('aria-disabled');
    if (outcome.kind !== 'done') {
      this.status.textContent = outcome.kind === 'timeout'
        ? `Recording stopped after ${outcome.limitMs / 1000} s: the program runs too long to visualize.`
        : `The simulator failed: ${outcome.message}.`;
      return;
    }
    const t = outcome.trace;
    this.trace = t;
    this.selected = null;
    this.markIndex = this.pickLine === null ? -1 : markedStep(t, this.pickLine);
    this.picked.clear();
    this.restorePicks(t);
    this.publishPicks();
    this.memory = new LayoutMemory();
    this.replan();
    const notes: string[] = [`${t.steps.length} steps recorded.`];
    if (t.truncated) notes.push(`Only the first ${t.truncated.maxSteps} steps are kept; the program ran ${t.executed} statements.`);
    if (t.objectsTruncated) notes.push(`Large heaps are cut to ${t.objectLimit} objects.`);
    if (t.recorderError) notes.push(`The visualizer stopped recording after step ${t.steps.length} (an internal error; the program itself ran to its end).`);
    if (t.error) notes.push(`The program stopped with ${t.error.type}${t.error.lineno ? ` on line ${t.error.lineno}` : ''}.`);
    this.status.textContent = notes.join(' ');
    this.slider.max = String(Math.max(0, t.steps.length - 1));
    this.setStepping(t.steps.length > 0);
    this.root.dataset.state = 'traced';
    this.go(0);
  }

  private replan(): void {
    this.plan = this.trace ? planTrace(this.trace, this.opts()) : null;
  }

  go(i: number): void {
    const t = this.trace;
    if (t === null || t.steps.length === 0) return;
    this.index = Math.max(0, Math.min(t.steps.length - 1, Number.isFinite(i) ? i : t.steps.length - 1));
    this.state = stateAt(t, this.index);
    if (this.selected !== null && !this.state.objects.has(this.selected)) this.selected = null;
    this.draw();
  }

  private draw(): void {
    const t = this.trace;
    const traced = this.state;
    if (t === null || traced === null) return;
    // pick mode: up to the marked step the view must not tell which objects are unreachable (the answer)
    const state = this.pickLine !== null && this.index <= this.markIndex ? { ...traced, unreachable: [] } : traced;
    const step = t.steps[this.index];
    const opts = this.opts();
    const layout = layoutHeap(state, opts, this.plan, this.memory);
    const gcRefs = step.gc ? new Map(step.gc.gcRefs) : null;
    const gcUnreachable = step.gc ? new Set(step.gc.unreachable) : undefined;
    const hadFocus = (document.activeElement as HTMLElement | null)?.closest?.('[data-addr]')?.getAttribute('data-addr');
    const picked = this.atMark() ? this.picked : undefined;
    this.stage.innerHTML = renderHeapSvg(layout, state, { selected: this.selected, gcRefs, gcUnreachable, hideCached: opts.hideCached, picked });
    this.showPickStatus();
    if (hadFocus) this.stage.querySelector<SVGElement>(`[data-addr="${hadFocus}"]`)?.focus();
    this.root.dataset.step = String(this.index);
    this.root.dataset.unreachable = String(state.unreachable.length);

    this.slider.value = String(this.index);
    const desc = { hideCached: opts.hideCached, lines: this.lines, index: this.index, total: t.steps.length, selected: this.selected };
    const headline = stepHeadline(step, desc);
    this.slider.setAttribute('aria-valuetext', headline);
    this.counter.textContent = `Step ${this.index + 1} / ${t.steps.length}`;
    // aria-disabled keeps the focus on a button that just reached the first or last step
    for (const b of [this.first, this.back]) b.setAttribute('aria-disabled', String(this.index === 0));
    for (const b of [this.forward, this.last]) b.setAttribute('aria-disabled', String(this.index === t.steps.length - 1));

    // output written before this step, as text (never HTML)
    this.output.replaceChildren(...outputAt(t, this.index).map((c) => {
      const span = document.createElement('span');
      if (c.stream === 'err') span.className = 'hv-stderr';
      span.textContent = c.text;
      return span;
    }));
    this.output.hidden = this.output.childNodes.length === 0;

    if (step.gc) {
      this.phase.hidden = false;
      this.phase.textContent = `Collector, generation ${step.gc.generation}: ${PHASE_TEXT[step.gc.phase]}`;
    } else {
      this.phase.hidden = true;
      this.phase.textContent = '';
    }
    this.description.textContent = describeStep(step, state, desc);
    this.showExplanation();
    this.highlightLine(step.kind === 'end' ? null : step.line);
  }

  private highlightLine(line: number | null): void {
    if (this.codeList) {
      for (const li of this.codeList.querySelectorAll('[data-line]')) {
        const on = line !== null && li.getAttribute('data-line') === String(line);
        li.classList.toggle('hv-current', on);
        if (on) li.setAttribute('aria-current', 'step');
        else li.removeAttribute('aria-current');
      }
    }
    const editorId = this.root.dataset.editorFor;
    if (editorId) {
      const er = document.querySelector(`figure[data-editor="${CSS.escape(editorId)}"]`);
      er?.dispatchEvent(new CustomEvent<HighlightDetail>(HIGHLIGHT_EVENT, { detail: { line, from: this.root.dataset.heapView ?? '' } }));
    }
  }

  private onPick(e: Event): void {
    const g = (e.target as Element).closest('[data-addr]');
    if (g === null) return;
    const addr = Number(g.getAttribute('data-addr'));
    if (this.atMark()) {
      // picking toggles; the explanation follows the object last touched
      if (this.picked.has(addr)) this.picked.delete(addr);
      else this.picked.add(addr);
      this.selected = addr;
      this.publishPicks();
    } else this.selected = this.selected === addr ? null : addr;
    this.draw();
    this.stage.querySelector<SVGElement>(`[data-addr="${addr}"]`)?.focus();
  }

  private atMark(): boolean {
    return this.markIndex >= 0 && this.index === this.markIndex;
  }

  /**
   * Picks saved with the learner's last answer (`data-restore-picks`, set by the exercise island),
   * applied once to the first trace: the program is fixed, so the candidates are the same as then.
   */
  private restorePicks(t: Trace): void {
    const saved = readPicks(this.root, 'restorePicks');
    delete this.root.dataset.restorePicks;
    if (saved.length === 0 || this.markIndex < 0) return;
    const candidates = candidatesAt(t, this.markIndex);
    for (const i of saved) if (i < candidates.length) this.picked.add(candidates[i]);
  }

  /** The picks as indices into the marked step's candidates: what a choose answer carries. */
  private publishPicks(): void {
    const t = this.trace;
    const candidates = t !== null && this.markIndex >= 0 ? candidatesAt(t, this.markIndex) : [];
    const indices = candidates.flatMap((addr, i) => (this.picked.has(addr) ? [i] : []));
    this.root.dataset.picks = JSON.stringify(indices);
    this.root.dispatchEvent(new CustomEvent<PicksDetail>(PICKS_EVENT, { detail: { picks: indices }, bubbles: true }));
  }

  private showPickStatus(): void {
    if (this.pickStatus === null || this.pickLine === null) return;
    const n = this.picked.size;
    const picks = n === 0 ? 'No object picked yet.' : `${n} ${n === 1 ? 'object' : 'objects'} picked.`;
    const text = this.markIndex < 0
      ? 'The program never reaches the marked line.'
      : this.atMark()
        ? `At the marked step (just before line ${this.pickLine}): click objects, or focus one and press Enter or Space, to pick them. ${picks}`
        : `Pick objects at the marked step, just before line ${this.pickLine} runs. ${picks}`;
    if (this.pickStatus.textContent !== text) this.pickStatus.textContent = text;
    this.root.dataset.atMark = String(this.atMark());
  }

  private showExplanation(): void {
    const nodes = this.explanationNodes();
    // a live region: only touch it when the words change (not on every step)
    const text = nodes.map((n) => n.textContent).join('\n');
    if (text === this.explainText) return;
    this.explainText = text;
    this.explain.replaceChildren(...nodes);
  }
  private explainText = '';

  private explanationNodes(): HTMLElement[] {
    const state = this.state;
    if (state === null || this.selected === null) {
      const p = document.createElement('p');
      p.textContent = 'Select an object (click it, or focus it and press Enter) to see every reference that makes up its reference count.';
      return [p];
    }
    const v = state.objects.get(this.selected);
    const ex = explainRefcount(state, this.selected);
    if (v === undefined || ex === null) return [];
    const h = document.createElement('p');
    h.className = 'hv-explain-title';
    const rc = v.refcnt.toLocaleString('en-US');
    const measuring = state.arg === v.addr;
    h.textContent = measuring
      ? `${objectName(v, v.addr)} (${hexAddr(v.addr)}): ob_refcnt ${rc}, the number sys.getrefcount() is about to return (its argument is one of the references below).`
      : `${objectName(v, v.addr)} (${hexAddr(v.addr)}): ob_refcnt ${rc}. sys.getrefcount() would say ${(v.refcnt + 1).toLocaleString('en-US')}: its argument is one more reference.`;
    const ul = document.createElement('ul');
    for (const part of ex.parts) {
      const li = document.createElement('li');
      li.textContent = `${part.n === 1 ? '1' : part.n.toLocaleString('en-US')} × ${part.holder}`;
      ul.append(li);
    }
    const other = otherReferencesText(ex, v, state.objects);
    if (other) {
      const li = document.createElement('li');
      li.className = 'hv-other';
      li.textContent = ex.other > 0 ? `${ex.other.toLocaleString('en-US')} × ${other.replace(/^[\d,]+ /, '')}` : other;
      ul.append(li);
    }
    const sum = document.createElement('p');
    sum.className = 'hv-explain-sum';
    sum.textContent = ex.complete
      ? `Total: ${v.refcnt.toLocaleString('en-US')}, every reference accounted for.`
      : `Total: ${v.refcnt.toLocaleString('en-US')} (${(v.refcnt - ex.other).toLocaleString('en-US')} named above).`;
    return [h, ul, sum];
  }

  private onKey(e: KeyboardEvent): void {
    if (this.trace === null || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    // the slider and the check box handle their own keys
    if (target === this.slider || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA') return;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => this.go(this.index - 1),
      ArrowRight: () => this.go(this.index + 1),
      Home: () => this.go(0),
      End: () => this.go(Infinity),
    };
    const act = keys[e.key];
    if (act === undefined) return;
    e.preventDefault();
    act();
  }
}

const islands = new WeakMap<Element, HeapViewIsland>();

/** Bring one view to life (src/lib/heap-view/boot.ts calls this on first use). */
export function initHeapView(root: HTMLElement, record: boolean): void {
  let island = islands.get(root);
  if (island === undefined) {
    island = new HeapViewIsland(root);
    islands.set(root, island);
  }
  if (record) void island.record();
}
