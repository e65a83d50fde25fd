/**
 * The shapes shared by module pages (browser), the build (Astro loader) and the grader (Node).
 * Nothing here imports a library, so the browser bundle stays small.
 */

/** One step of a module, in the order the instructor chose. */
export type ModuleItem = { kind: 'lesson'; id: string } | { kind: 'exercise'; id: string };

/** How many of the module's exercises a learner must pass (lessons are reading, never graded). */
export type PassRule = { kind: 'all' } | { kind: 'at-least'; count: number };

export interface ModuleData {
  id: string;
  title: string;
  description: string;
  instructor?: string;
  /** `YYYY-MM-DD` or an ISO 8601 date-time with an offset. */
  due?: string;
  items: ModuleItem[];
  pass: PassRule;
}

export type ExerciseKind = 'code' | 'predict' | 'choose';

/** What the module pages and the builder need to know about the course (no solutions, no checks). */
export interface CatalogLesson {
  id: string;
  title: string;
  order: number;
}
export interface CatalogExercise {
  id: string;
  title: string;
  topic: string;
  kind: ExerciseKind;
  lesson: string;
}
export interface Catalog {
  lessons: CatalogLesson[];
  exercises: CatalogExercise[];
}

/** Matches the id rule of the content collections: a lowercase slug. */
export const SLUG = /^[a-z0-9][a-z0-9-]*$/;
export const MAX_ITEMS = 100;
export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 2000;
