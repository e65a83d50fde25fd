/**
 * Brings the <Exercise> components of a page to life: Check sends the answer to the checking
 * worker, the feedback is shown in words, hints open one at a time, and the solution opens after
 * three failed checks or, earlier, after a confirmation. Every check and every hint is recorded
 * in the progress store (`progress.exercises[id]`, see entry.ts), and restored on the next visit.
 */
import type { Answer, ExerciseData } from '../../checks/types.ts';
import { editorOf } from '../editor-island.ts';
import { loadProgress, saveExerciseEntry } from '../progress.ts';
import { runInWorker } from '../sim-client.ts';
import { checkInWorker, prewarmChecker, type CheckResult } from './check-client.ts';
import { CHECKED_EVENT } from './events.ts';
import { PICKS_EVENT, readPicks } from '../heap-view/picks.ts';
import { afterCheck, afterHelp, readEntries, solutionUnlocked, FAILURES_BEFORE_SOLUTION, type ExerciseEntry } from './entry.ts';


function nowIso(): string {
  return new Date().toISOString();
}

class ExerciseIsland {
  private readonly data: ExerciseData;
  private entry: ExerciseEntry | null;
  private readonly checkButton: HTMLButtonElement;
  private readonly hintButton: HTMLButtonElement | null;
  private readonly solutionButton: HTMLButtonElement;
  private readonly confirm: HTMLElement;
  private readonly feedback: HTMLElement;
  private readonly errors: HTMLElement;
  private readonly state: HTMLElement;
  private readonly hints: HTMLLIElement[];
  private checking = false;

  constructor(private readonly root: HTMLElement) {
    const q = <T extends Element>(sel: string): T => {
      const el = root.querySelector<T>(sel);
      if (!el) throw new Error(`exercise markup is missing ${sel}`);
      return el;
    };
    this.data = JSON.parse(q<HTMLScriptElement>('script[data-exercise-json]').textContent ?? '{}') as ExerciseData;
    this.data.id = root.dataset.exerciseId ?? this.data.id;
    this.checkButton = q<HTMLButtonElement>('[data-check]');
    this.hintButton = root.querySelector<HTMLButtonElement>('[data-hint]');
    this.solutionButton = q<HTMLButtonElement>('[data-show-solution]');
    this.confirm = q<HTMLElement>('[data-confirm]');
    this.feedback = q<HTMLElement>('[data-feedback]');
    this.errors = q<HTMLElement>('[data-check-errors]');
    this.state = q<HTMLElement>('[data-exercise-state]');
    this.hints = [...root.querySelectorAll<HTMLLIElement>('[data-hints] > li')];
    this.entry = readEntries(loadProgress().exercises)[this.data.id] ?? null;
    this.restore();
    this.bind();
    root.dataset.ready = 'true';
  }

  private bind(): void {
    this.checkButton.addEventListener('click', () => void this.check());
    this.checkButton.addEventListener('pointerenter', prewarmChecker, { once: true });
    this.checkButton.addEventListener('focus', prewarmChecker, { once: true });
    this.hintButton?.addEventListener('click', () => this.showHint());
    this.solutionButton.addEventListener('click', () => {
      if (solutionUnlocked(this.entry)) this.revealSolution(true);
      else {
        this.confirm.hidden = false;
        this.confirm.querySelector<HTMLButtonElement>('[data-confirm-no]')?.focus();
      }
    });
    this.confirm.querySelector('[data-confirm-yes]')?.addEventListener('click', () => {
      this.confirm.hidden = true;
      this.revealSolution(true);
    });
    this.confirm.querySelector('[data-confirm-no]')?.addEventListener('click', () => {
      this.confirm.hidden = true;
      this.solutionButton.focus();
    });
    // the answer changed: an earlier verdict no longer describes it
    this.root.querySelector('[data-prediction]')?.addEventListener('input', () => this.clearVerdict());
    this.root.querySelector('[data-options]')?.addEventListener('change', () => this.clearVerdict());
    this.root.addEventListener(PICKS_EVENT, () => this.clearVerdict());
  }

  /** What the learner saw last time: their answer, opened hints, the solution, the verdict. */
  private restore(): void {
    const entry = this.entry;
    if (entry === null) return;
    const answer = entry.lastAnswer;
    if (answer?.kind === 'predict') {
      const box = this.root.querySelector<HTMLTextAreaElement>('[data-prediction]');
      if (box) box.value = answer.prediction;
    } else if (answer?.kind === 'choose' && this.data.pick === 'heap') {
      const view = this.root.querySelector<HTMLElement>('[data-heap-view]');
      if (view) view.dataset.restorePicks = JSON.stringify(answer.choice);
    } else if (answer?.kind === 'choose') {
      this.root.querySelectorAll<HTMLInputElement>('[data-options] input').forEach((input) => {
        input.checked = answer.choice.includes(Number(input.value));
      });
    }
    for (let i = 0; i < Math.min(entry.hintsShown, this.hints.length); i++) this.hints[i].hidden = false;
    this.updateHintButton();
    if (entry.solutionShown) this.revealSolution(false);
    const explanation = this.root.querySelector<HTMLElement>('[data-explanation]');
    if (explanation && entry.status === 'passed') explanation.hidden = false;
    this.showState();
  }

  private answer(): Answer {
    switch (this.data.kind) {
      case 'code': {
        const figure = this.root.querySelector('figure[data-editor]');
        const handle = figure ? editorOf(figure) : undefined;
        const initial = figure?.querySelector('script[data-initial-code]')?.textContent;
        const code = handle ? handle.code() : initial ? (JSON.parse(initial) as string) : (this.data.starter ?? '');
        return { kind: 'code', code: code.endsWith('\n') ? code : `${code}\n` };
      }
      case 'predict':
        return { kind: 'predict', prediction: this.root.querySelector<HTMLTextAreaElement>('[data-prediction]')?.value ?? '' };
      case 'choose': {
        if (this.data.pick === 'heap') return { kind: 'choose', choice: readPicks(this.root.querySelector('[data-heap-view]')) };
        const checked = [...this.root.querySelectorAll<HTMLInputElement>('[data-options] input:checked')];
        return { kind: 'choose', choice: checked.map((input) => Number(input.value)) };
      }
    }
  }

  async check(): Promise<void> {
    if (this.checking) return;
    const answer = this.answer();
    if (answer.kind === 'choose' && answer.choice.length === 0) {
      this.say(this.data.pick === 'heap'
        ? 'Pick objects first: visualize the program, go to the marked step, and click the objects (or focus one and press Enter).'
        : 'Choose an option first.', 'failed');
      return;
    }
    if (answer.kind === 'predict' && answer.prediction.trim() === '') {
      this.say('Write your prediction first: what the program prints, one line per print() call.', 'failed');
      return;
    }
    this.checking = true;
    this.checkButton.setAttribute('aria-disabled', 'true');
    this.root.dataset.checking = 'true';
    this.say('Checking…', 'pending');
    this.errors.hidden = true;
    let result: CheckResult;
    try {
      result = await checkInWorker(this.data, answer);
    } finally {
      this.checking = false;
      this.checkButton.removeAttribute('aria-disabled');
      this.root.dataset.checking = 'false';
    }
    this.report(answer, result);
  }

  private report(answer: Answer, result: CheckResult): void {
    if (result.kind === 'timeout') {
      const seconds = Math.round(result.limitMs / 1000);
      this.say(`The check took more than ${seconds} s and was stopped. Is there a loop that never ends? Your answer was not counted.`, 'failed');
      return;
    }
    if (result.kind === 'crashed') {
      this.say(`The simulator failed while checking (${result.message}). It has been restarted; your answer was not counted. Try again.`, 'failed');
      return;
    }
    const { outcome } = result;
    this.entry = afterCheck(this.entry, answer, outcome.passed, nowIso());
    const saved = saveExerciseEntry(this.data.id, this.entry);
    if (outcome.passed) {
      this.say(`✓ ${outcome.message}${saved ? '' : ' (This browser could not save your progress.)'}`, 'passed');
      const explanation = this.root.querySelector<HTMLElement>('[data-explanation]');
      if (explanation) explanation.hidden = false;
    } else {
      const extra: string[] = [];
      const unopened = this.hints.length - this.hints.filter((li) => !li.hidden).length;
      if (unopened > 0) extra.push('Stuck? Show a hint.');
      if (this.entry.failures === FAILURES_BEFORE_SOLUTION && !this.entry.solutionShown) extra.push('You can now look at the solution.');
      this.say([outcome.message, ...extra].join(' '), 'failed');
      if (answer.kind === 'code' && outcome.stderr.trim() !== '') {
        this.errors.textContent = outcome.stderr;
        this.errors.hidden = false;
      }
    }
    this.showState();
    this.root.dispatchEvent(new CustomEvent(CHECKED_EVENT, { detail: { id: this.data.id, passed: outcome.passed }, bubbles: true }));
  }

  private clearVerdict(): void {
    if (this.feedback.dataset.result === 'failed') {
      this.feedback.textContent = '';
      delete this.feedback.dataset.result;
    }
  }

  private say(text: string, result: 'passed' | 'failed' | 'pending'): void {
    this.feedback.textContent = text;
    this.feedback.dataset.result = result;
    this.root.dataset.result = result;
  }

  private showState(): void {
    const entry = this.entry;
    if (entry === null) return;
    this.state.hidden = false;
    this.state.dataset.status = entry.status;
    this.root.dataset.status = entry.status;
    const tries = `${entry.attempts} ${entry.attempts === 1 ? 'check' : 'checks'}`;
    this.state.textContent = entry.status === 'passed' ? `✓ Solved (${tries})` : `Not solved yet (${tries})`;
  }

  private showHint(): void {
    const next = this.hints.find((li) => li.hidden);
    if (!next) return;
    next.hidden = false;
    this.entry = afterHelp(this.entry, 'hint', nowIso());
    saveExerciseEntry(this.data.id, this.entry);
    this.updateHintButton();
    next.setAttribute('tabindex', '-1');
    next.focus();
  }

  private updateHintButton(): void {
    if (!this.hintButton) return;
    const shown = this.hints.filter((li) => !li.hidden).length;
    if (shown >= this.hints.length) {
      this.hintButton.hidden = true;
    } else {
      this.hintButton.textContent = shown === 0 ? 'Show a hint' : `Show another hint (${shown} of ${this.hints.length} shown)`;
    }
  }

  private revealSolution(record: boolean): void {
    const panel = this.root.querySelector<HTMLElement>('[data-solution]');
    if (!panel) return;
    panel.hidden = false;
    this.solutionButton.hidden = true;
    const explanation = this.root.querySelector<HTMLElement>('[data-explanation]');
    if (explanation) explanation.hidden = false;
    if (record) {
      this.entry = afterHelp(this.entry, 'solution', nowIso());
      saveExerciseEntry(this.data.id, this.entry);
      panel.setAttribute('tabindex', '-1');
      panel.focus();
    }
    const expected = panel.querySelector<HTMLElement>('[data-expected-output]');
    if (expected && this.data.program) void this.fillExpectedOutput(expected, this.data.program);
  }

  /** A predict exercise's answer is never stored: the simulator prints it. */
  private async fillExpectedOutput(target: HTMLElement, program: string): Promise<void> {
    let stdout = '';
    const outcome = await runInWorker(program.endsWith('\n') ? program : `${program}\n`, {
      timeLimitMs: 10_000,
      onOutput: (stream, text) => {
        if (stream === 'stdout') stdout += text;
      },
    });
    target.textContent = outcome.kind === 'done' && outcome.exitCode === 0 ? stdout : 'The simulator could not run this program right now.';
  }
}

export function initExercises(): void {
  document.querySelectorAll<HTMLElement>('section[data-exercise-id]').forEach((root) => {
    if (root.dataset.ready) return;
    try {
      new ExerciseIsland(root);
    } catch (error) {
      // a broken exercise must not stop the others
      console.error(error);
    }
  });
}
