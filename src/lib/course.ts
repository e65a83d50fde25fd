/** Build-time views of the course content, shared by pages (never shipped to the browser). */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Lesson = CollectionEntry<'lessons'>;
export type Exercise = CollectionEntry<'exercises'>;

export async function getLessons(): Promise<Lesson[]> {
  const lessons = await getCollection('lessons');
  return lessons.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export async function getExercises(): Promise<Exercise[]> {
  return (await getCollection('exercises')).sort((a, b) => a.id.localeCompare(b.id));
}

export function lessonHref(id: string): string {
  return `/lessons/${id}/`;
}
