/**
 * The course's lessons and exercises read straight from `content/` (Node only): the build-time
 * loader and the grader need them before, or without, Astro's content layer. Frontmatter is parsed
 * with `yaml`, as the content layer does; ids follow the collections' rules (a lesson's id is its
 * file name, an exercise's id is its `id` field or else its file name).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ExerciseData } from './check-contract.ts';
import type { KnownIds } from './module-schema.ts';
import type { Catalog, CatalogExercise, CatalogLesson, ExerciseKind } from './types.ts';

const LESSON_FILE = /^(\d\d-[^/]+)\.mdx$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export interface CourseContent {
  catalog: Catalog;
  /** Full exercise data (solutions and checks included): for the grader, never for pages. */
  exercises: Map<string, ExerciseData>;
  known: KnownIds;
}

function walk(dir: string, ext: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path, ext);
      return entry.isFile() && entry.name.endsWith(ext) ? [path] : [];
    })
    .sort();
}

export function frontmatter(text: string, file: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file}: no YAML frontmatter`);
  const data: unknown = parse(match[1]);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${file}: frontmatter is not a mapping`);
  return data as Record<string, unknown>;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** @param root the project's root directory (the one holding `content/`) */
export function loadCourseContent(root: string): CourseContent {
  const lessons: CatalogLesson[] = [];
  for (const path of walk(join(root, 'content', 'lessons'), '.mdx')) {
    const match = LESSON_FILE.exec(basename(path));
    if (!match) continue;
    const data = frontmatter(readFileSync(path, 'utf8'), relative(root, path));
    lessons.push({ id: match[1], title: str(data.title) || match[1], order: typeof data.order === 'number' ? data.order : 0 });
  }
  lessons.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

  const exercises = new Map<string, ExerciseData>();
  for (const path of walk(join(root, 'content', 'exercises'), '.md')) {
    const data = frontmatter(readFileSync(path, 'utf8'), relative(root, path));
    const id = typeof data.id === 'string' ? data.id : basename(path, '.md');
    exercises.set(id, { ...(data as Partial<ExerciseData>), id, hints: Array.isArray(data.hints) ? (data.hints as string[]) : [] } as ExerciseData);
  }
  const catalogExercises: CatalogExercise[] = [...exercises.values()]
    .map((e) => ({ id: e.id, title: str(e.title) || e.id, topic: str(e.topic), kind: e.kind as ExerciseKind, lesson: str(e.lesson) }))
    .sort((a, b) => a.id.localeCompare(b.id));

  return {
    catalog: { lessons, exercises: catalogExercises },
    exercises,
    known: { lessons: new Set(lessons.map((l) => l.id)), exercises: new Set(exercises.keys()) },
  };
}
