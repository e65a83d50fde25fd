/**
 * The learner's edits, one localStorage entry per editor. Storage can be unavailable (private
 * mode, quota, disabled cookies): editing still works, it just isn't remembered.
 */
const PREFIX = 'pml:edits:v1:';

export function loadEdits(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

/** Saves `code`, or forgets the entry when it equals the lesson's own code. */
export function saveEdits(key: string, code: string, original: string): void {
  try {
    if (code === original) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, code);
  } catch {
    // Not remembered; nothing else to do.
  }
}

export function clearEdits(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // As above.
  }
}
