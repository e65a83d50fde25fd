/**
 * Brings the <Editor> components of a page to life. Before any interaction an editor is static
 * highlighted HTML and this small module is all the JavaScript there is; Monaco (~700 KB gzip) is
 * imported when the learner reaches for an editor (pointer, focus, key) or, once the page has seen
 * some sign of life or has sat idle for a while, during browser idle time. Run works without
 * Monaco: it runs whatever the editor currently holds.
 */
import type * as Monaco from 'monaco-editor/editor';
import { clearEdits, loadEdits, saveEdits } from './edits-store.ts';
import { OutputView } from './output-view.ts';
import { markLessonRun } from './progress.ts';
import { DEFAULT_TIME_LIMIT_MS, pendingRuns, prewarm, runInWorker, type RunOutcome } from './sim-client.ts';

type MonacoApi = typeof Monaco;

/** Idle upgrade waits this long after load unless the learner shows up earlier (keeps load quiet). */
const IDLE_UPGRADE_DELAY_MS = 4000;

let monacoPromise: Promise<MonacoApi> | null = null;
function loadMonaco(): Promise<MonacoApi> {
  monacoPromise ??= import('./monaco.ts').then((m) => m.monaco);
  return monacoPromise;
}

let themesDefined = false;
/** Monaco's themes with the static code's backgrounds, so the swap doesn't flash. */
function defineThemes(monaco: MonacoApi): void {
  if (themesDefined) return;
  themesDefined = true;
  monaco.editor.defineTheme('pml-light', { base: 'vs', inherit: true, rules: [], colors: { 'editor.background': '#ffffff' } });
  monaco.editor.defineTheme('pml-dark', { base: 'vs-dark', inherit: true, rules: [], colors: { 'editor.background': '#0d1117' } });
}

function darkQuery(): MediaQueryList {
  return window.matchMedia('(prefers-color-scheme: dark)');
}

/** Test and diagnosis overrides: `?timeLimit=300&stepBudget=1000000000` on the page's URL. */
function overrides(root: HTMLElement): { timeLimitMs: number; stepBudget?: number } {
  const params = new URLSearchParams(location.search);
  const time = Number(params.get('timeLimit') ?? root.dataset.timeLimit ?? DEFAULT_TIME_LIMIT_MS);
  const steps = params.get('stepBudget');
  return {
    timeLimitMs: Number.isFinite(time) && time > 0 ? time : DEFAULT_TIME_LIMIT_MS,
    stepBudget: steps && Number(steps) > 0 ? Number(steps) : undefined,
  };
}

function plainLines(code: string): HTMLElement {
  const pre = document.createElement('pre');
  pre.className = 'astro-code pml-plain';
  const codeEl = document.createElement('code');
  const lines = code.replace(/\n$/, '').split('\n');
  lines.forEach((line, i) => {
    const span = document.createElement('span');
    span.className = 'line';
    span.textContent = line;
    codeEl.append(span);
    if (i < lines.length - 1) codeEl.append('\n');
  });
  pre.append(codeEl);
  return pre;
}

/** Detail of the `pml:ran` event an editor root dispatches (bubbling) after every run. */
export interface RanDetail {
  source: string;
  outcome: RunOutcome;
  stdout: string;
  stderr: string;
}

/** What other islands (the exercise checker) may do with an editor. */
export interface EditorHandle {
  code(): string;
  run(): Promise<void>;
}

const islandsByRoot = new WeakMap<Element, EditorIsland>();

/** The editor whose root is `root` (a `figure[data-editor]`), once the page has initialised it. */
export function editorOf(root: Element): EditorHandle | undefined {
  const island = islandsByRoot.get(root);
  return island && { code: () => island.currentCode(), run: () => island.run() };
}

class EditorIsland {
  private readonly host: HTMLElement;
  private readonly runButton: HTMLButtonElement;
  private readonly resetButton: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly output: OutputView;
  private readonly key: string;
  private readonly initial: string;
  private readonly staticHtml: string;
  private code: string;
  private editor: Monaco.editor.IStandaloneCodeEditor | null = null;
  private monaco: MonacoApi | null = null;
  private decorations: Monaco.editor.IEditorDecorationsCollection | null = null;
  private upgrading: Promise<void> | null = null;
  /** Keys typed while Monaco was loading, replayed into it so nothing typed is lost. */
  private typeAhead = '';
  private running = false;
  private lastError: { line: number; message: string } | null = null;
  private traceLine: Monaco.editor.IEditorDecorationsCollection | null = null;

  constructor(private readonly root: HTMLElement) {
    const q = <T extends Element>(sel: string): T => {
      const el = root.querySelector<T>(sel);
      if (!el) throw new Error(`editor markup is missing ${sel}`);
      return el;
    };
    this.host = q<HTMLElement>('[data-code-host]');
    this.runButton = q<HTMLButtonElement>('[data-run]');
    this.resetButton = q<HTMLButtonElement>('[data-reset]');
    this.status = q<HTMLElement>('[data-status]');
    this.output = new OutputView(q<HTMLElement>('[data-output]'));
    this.key = root.dataset.storageKey ?? root.dataset.editor ?? '';
    this.initial = JSON.parse(q<HTMLScriptElement>('script[data-initial-code]').textContent ?? '""') as string;
    this.staticHtml = this.host.innerHTML;
    const saved = loadEdits(this.key);
    this.code = saved ?? this.initial;
    if (saved !== null && saved !== this.initial) {
      this.host.replaceChildren(plainLines(saved));
      root.dataset.edited = 'true';
    }
    this.bind();
    root.dataset.state = 'static';
  }

  private bind(): void {
    const reach = (): void => {
      prewarm();
      void this.upgrade(true);
    };
    this.host.addEventListener('pointerdown', reach);
    this.host.addEventListener('focus', reach);
    this.host.addEventListener('keydown', (event) => {
      if (this.editor) return;
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') return; // handled on root
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        this.typeAhead += event.key;
        event.preventDefault();
      } else if (event.key === 'Enter') {
        this.typeAhead += '\n';
        event.preventDefault();
      }
    });
    this.root.addEventListener('keydown', (event) => {
      // Inside Monaco its own key handler runs the code; anywhere else in the editor, this one.
      const inMonaco = this.editor && this.host.contains(event.target as Node);
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && !inMonaco) {
        event.preventDefault();
        void this.run();
      }
    });
    this.runButton.addEventListener('pointerenter', prewarm, { once: true });
    this.runButton.addEventListener('focus', prewarm, { once: true });
    this.runButton.addEventListener('click', () => void this.run());
    this.resetButton.addEventListener('click', () => this.reset());
    // A HeapView stepping through this editor's code names the line about to run (null clears it).
    this.root.addEventListener('pml:highlight-line', (event) => {
      const line = (event as CustomEvent<{ line: number | null }>).detail?.line ?? null;
      this.highlightTraceLine(line);
    });
  }

  currentCode(): string {
    return this.editor ? this.editor.getValue() : this.code;
  }

  upgrade(focus: boolean): Promise<void> {
    if (this.editor) {
      if (focus) this.editor.focus();
      return Promise.resolve();
    }
    this.upgrading ??= this.createEditor().catch(() => {
      // Offline or blocked: the static code stays, and Run still works on it.
      this.root.dataset.state = 'static';
      this.status.textContent = 'The editor could not be loaded; Run still runs the code shown.';
    });
    return this.upgrading.then(() => {
      // Don't pull focus back if the learner has moved on while Monaco loaded.
      const active = document.activeElement;
      if (focus && (active === document.body || this.host.contains(active))) this.editor?.focus();
    });
  }

  private async createEditor(): Promise<void> {
    this.root.dataset.state = 'loading';
    const monaco = await loadMonaco();
    this.monaco = monaco;
    const hadFocus = this.host.contains(document.activeElement);
    const height = this.host.getBoundingClientRect().height;
    this.host.style.height = `${Math.max(height, 60)}px`;
    this.host.replaceChildren();
    // Monaco's own input element is the accessible textbox from now on.
    this.host.removeAttribute('role');
    this.host.removeAttribute('aria-multiline');
    this.host.removeAttribute('aria-label');
    this.host.removeAttribute('tabindex');
    const dark = darkQuery();
    defineThemes(monaco);
    const editor = monaco.editor.create(this.host, {
      value: this.code,
      language: 'python',
      theme: dark.matches ? 'pml-dark' : 'pml-light',
      ariaLabel: `${this.root.querySelector('figcaption')?.textContent ?? 'Python example'}: Python code`,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      padding: { top: 12, bottom: 12 },
      fontSize: 14,
      lineNumbersMinChars: 3,
      glyphMargin: false,
      folding: false,
      renderLineHighlight: 'none',
      overviewRulerLanes: 0,
      fixedOverflowWidgets: true,
      tabSize: 4,
      insertSpaces: true,
      scrollbar: { alwaysConsumeMouseWheel: false },
    });
    this.editor = editor;
    dark.addEventListener('change', (e) => monaco.editor.setTheme(e.matches ? 'pml-dark' : 'pml-light'));
    const fit = (): void => {
      this.host.style.height = `${Math.min(Math.max(editor.getContentHeight(), 60), 600)}px`;
    };
    editor.onDidContentSizeChange(fit);
    fit();
    editor.onDidChangeModelContent(() => {
      this.code = editor.getValue();
      saveEdits(this.key, this.code, this.initial);
      this.root.dataset.edited = String(this.code !== this.initial);
      this.clearErrorMark();
    });
    // Not addCommand: its keybindings are global and would run the most recently created editor.
    editor.onKeyDown((event) => {
      if ((event.ctrlKey || event.metaKey) && event.keyCode === monaco.KeyCode.Enter) {
        event.preventDefault();
        event.stopPropagation();
        void this.run();
      }
    });
    this.root.dataset.state = 'monaco';
    // An error or a trace step marked on the static code before Monaco arrived is marked again in Monaco.
    if (this.lastError) this.markErrorLine(this.lastError.line, this.lastError.message);
    if (this.root.dataset.traceLine !== undefined) this.highlightTraceLine(Number(this.root.dataset.traceLine));
    if (this.typeAhead) {
      const typed = this.typeAhead;
      this.typeAhead = '';
      editor.focus();
      editor.trigger('keyboard', 'type', { text: typed });
    } else if (hadFocus) {
      editor.focus();
    }
  }

  private reset(): void {
    this.code = this.initial;
    clearEdits(this.key);
    this.root.dataset.edited = 'false';
    if (this.editor) this.editor.setValue(this.initial);
    else this.host.innerHTML = this.staticHtml;
    this.clearErrorMark();
    this.output.clear();
    this.status.textContent = 'Reset to the lesson’s code.';
  }

  async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const code = this.currentCode();
    const source = code.endsWith('\n') ? code : `${code}\n`;
    this.clearErrorMark();
    this.output.start();
    this.status.textContent = pendingRuns() > 0 ? 'Waiting for the example already running…' : 'Running…';
    this.root.dataset.running = 'true';
    this.runButton.setAttribute('aria-disabled', 'true');
    const settings = overrides(this.root);
    const streams = { stdout: '', stderr: '' };
    const outcome = await runInWorker(source, {
      ...settings,
      onStart: () => void (this.status.textContent = 'Running…'),
      onOutput: (stream, text) => {
        streams[stream] += text;
        this.output.append(stream, text);
      },
    });
    this.running = false;
    this.root.dataset.running = 'false';
    this.runButton.removeAttribute('aria-disabled');
    this.report(outcome);
    markLessonRun(location.pathname);
    const detail: RanDetail = { source, outcome, ...streams };
    this.root.dispatchEvent(new CustomEvent<RanDetail>('pml:ran', { detail, bubbles: true }));
  }

  private report(outcome: RunOutcome): void {
    if (outcome.kind === 'timeout') {
      const seconds = (outcome.limitMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 });
      const message =
        `Stopped: the program ran for more than ${seconds} s, so the simulator was stopped and restarted. ` +
        'Your code is unchanged — look for a loop that never ends.';
      this.output.notice(message);
      this.status.textContent = 'Stopped (time limit).';
      this.root.dataset.outcome = 'timeout';
      return;
    }
    if (outcome.kind === 'crashed') {
      this.output.notice(`The simulator failed (${outcome.message}). It has been restarted; your code is unchanged.`);
      this.status.textContent = 'Simulator error.';
      this.root.dataset.outcome = 'crashed';
      return;
    }
    if (!this.output.text) this.output.notice('(no output)');
    if (outcome.limit) {
      const what = { steps: 'step', time: 'time', output: 'output', heap: 'memory' }[outcome.limit];
      this.status.textContent = `Stopped: the ${what} limit was reached.`;
      this.root.dataset.outcome = 'limit';
    } else if (outcome.error) {
      this.status.textContent = `Finished with ${outcome.error.type} (exit status ${outcome.exitCode}).`;
      this.root.dataset.outcome = 'error';
    } else {
      this.status.textContent = `Finished (exit status ${outcome.exitCode}).`;
      this.root.dataset.outcome = outcome.exitCode === 0 ? 'ok' : 'error';
    }
    if (outcome.error?.lineno) this.markErrorLine(outcome.error.lineno, `${outcome.error.type}: ${outcome.error.message}`);
  }

  private markErrorLine(line: number, message: string): void {
    this.lastError = { line, message };
    this.root.dataset.errorLine = String(line);
    const monaco = this.monaco;
    const editor = this.editor;
    if (monaco && editor) {
      const model = editor.getModel();
      if (!model || line > model.getLineCount()) return;
      this.decorations = editor.createDecorationsCollection([
        {
          range: new monaco.Range(line, 1, line, 1),
          options: {
            isWholeLine: true,
            className: 'pml-error-line',
            linesDecorationsClassName: 'pml-error-gutter',
            hoverMessage: { value: message },
          },
        },
      ]);
      monaco.editor.setModelMarkers(model, 'python', [
        {
          severity: monaco.MarkerSeverity.Error,
          message,
          startLineNumber: line,
          startColumn: model.getLineFirstNonWhitespaceColumn(line) || 1,
          endLineNumber: line,
          endColumn: model.getLineMaxColumn(line),
        },
      ]);
      editor.revealLineInCenterIfOutsideViewport(line);
      return;
    }
    this.host.querySelectorAll('.line')[line - 1]?.classList.add('pml-error-line');
  }

  private highlightTraceLine(line: number | null): void {
    this.traceLine?.clear();
    this.traceLine = null;
    this.host.querySelectorAll('.pml-trace-line').forEach((el) => el.classList.remove('pml-trace-line'));
    if (line === null) {
      delete this.root.dataset.traceLine;
      return;
    }
    this.root.dataset.traceLine = String(line);
    const monaco = this.monaco;
    const editor = this.editor;
    const model = editor?.getModel();
    if (monaco && editor && model) {
      if (line > model.getLineCount()) return;
      this.traceLine = editor.createDecorationsCollection([
        { range: new monaco.Range(line, 1, line, 1), options: { isWholeLine: true, className: 'pml-trace-line' } },
      ]);
      editor.revealLineInCenterIfOutsideViewport(line);
      return;
    }
    this.host.querySelectorAll('.line')[line - 1]?.classList.add('pml-trace-line');
  }

  private clearErrorMark(): void {
    this.lastError = null;
    delete this.root.dataset.errorLine;
    this.decorations?.clear();
    this.decorations = null;
    const model = this.editor?.getModel();
    if (model && this.monaco) this.monaco.editor.setModelMarkers(model, 'python', []);
    this.host.querySelectorAll('.pml-error-line').forEach((el) => el.classList.remove('pml-error-line'));
  }
}

function scheduleIdleUpgrade(islands: EditorIsland[]): void {
  let scheduled = false;
  const go = (): void => {
    if (scheduled) return;
    scheduled = true;
    const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1));
    idle(() => islands.forEach((island) => void island.upgrade(false)));
  };
  for (const type of ['pointermove', 'scroll', 'keydown', 'touchstart'] as const) {
    window.addEventListener(type, go, { once: true, passive: true });
  }
  const later = (): void => void setTimeout(go, IDLE_UPGRADE_DELAY_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

export function initEditors(): void {
  const roots = document.querySelectorAll<HTMLElement>('figure[data-editor]');
  const islands: EditorIsland[] = [];
  roots.forEach((root) => {
    if (root.dataset.state) return;
    const island = new EditorIsland(root);
    islandsByRoot.set(root, island);
    islands.push(island);
  });
  if (islands.length) scheduleIdleUpgrade(islands);
}
