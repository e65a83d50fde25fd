/** Where module items link to (browser-safe). */
import { SHARED_PATH } from './link.ts';

export const MODULES_PATH = '/modules/';
export const EXERCISE_PATH = '/modules/exercise/';

export function moduleHref(id: string): string {
  return `${MODULES_PATH}${id}/`;
}

export function lessonHref(id: string): string {
  return `/lessons/${id}/`;
}

/** An exercise opened from a module: its page links back to `back` (the module page's path and query). */
export function exerciseHref(id: string, back: string): string {
  return `${EXERCISE_PATH}${id}/?back=${encodeURIComponent(back)}`;
}

/**
 * The "back to module" target from an exercise page's `?back=`, or null. Only a module page of
 * this site is accepted: never another origin, never a `javascript:` URL, never an arbitrary path.
 */
export function safeBackHref(raw: string | null, origin: string): string | null {
  if (!raw || raw.length > 8000) return null;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  const isModule = /^\/modules\/[a-z0-9][a-z0-9-]*\/$/.test(url.pathname) && url.pathname !== `${MODULES_PATH}new/` && url.pathname !== EXERCISE_PATH;
  if (!isModule && url.pathname !== SHARED_PATH) return null;
  return `${url.pathname}${url.search}`;
}
