/**
 * The exercise checker's contract (src/checks/index.ts, written by the checks engineer). Restated
 * here so the grader's logic and its tests compile on their own; checker-adapter.ts binds the real
 * implementation to it, and a mismatch between the two fails typechecking there, in one place.
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
  message: string;
  stdout: string;
  stderr: string;
  limit: 'steps' | 'output' | 'heap' | null;
}

export type CheckExercise = (exercise: ExerciseData, answer: Answer, limits?: CheckLimits) => CheckOutcome;
