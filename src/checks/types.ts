/**
 * The exercise checker's contract. src/modules/check-contract.ts re-exports it for the grader, and
 * src/modules/checker-adapter.ts binds this implementation to it, so a drift fails typechecking.
 */

/** An exercise as the content collection stores it (frontmatter fields; the body is the prompt). */
export interface ExerciseData {
  id: string;
  title: string;
  topic: string;
  kind: 'code' | 'predict' | 'choose';
  lesson: string;
  hints: string[];
  starter?: string;
  solution?: string;
  check?: string;
  program?: string;
  options?: (string | number)[];
  /** choose: `heap` when the learner clicks objects in a HeapView of `program` instead of options. */
  pick?: 'options' | 'heap';
  /** choose with pick heap: the 1-based line the view stops before (its gc.collect()). */
  stop?: number;
  answer?: string | number | (string | number)[];
  explanation?: string;
}

export type Answer =
  | { kind: 'code'; code: string }
  | { kind: 'predict'; prediction: string }
  | { kind: 'choose'; choice: number[] };

export interface CheckLimits {
  stepBudget?: number;
  maxOutputChars?: number;
}

export interface CheckOutcome {
  passed: boolean;
  /** Feedback for the learner, in words (never a JavaScript error). */
  message: string;
  /** What the learner's code printed (code), or the program's output once predicted right (predict). */
  stdout: string;
  stderr: string;
  limit: 'steps' | 'time' | 'output' | 'heap' | null;
}

/** Shown in tracebacks: the learner's code is `<string>` as in the editor's Run, the check `<check>`. */
export const LEARNER_FILENAME = '<string>';
export const CHECK_FILENAME = '<check>';
