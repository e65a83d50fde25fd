/**
 * The exercise checker's contract, as the grader uses it: the types live with the checker
 * (src/checks/types.ts); checker-adapter.ts binds the implementation to `CheckExercise`.
 */
import type { Answer, CheckLimits, CheckOutcome, ExerciseData } from '../checks/types.ts';

export type { Answer, CheckLimits, CheckOutcome, ExerciseData };

export type CheckExercise = (exercise: ExerciseData, answer: Answer, limits?: CheckLimits) => CheckOutcome;
