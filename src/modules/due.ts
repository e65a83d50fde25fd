/**
 * Due dates: a calendar day (`2026-12-04`, due at the end of that day in the learner's time zone)
 * or an ISO 8601 date-time with an explicit offset (`2026-12-04T17:00:00+01:00`).
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isValidDue(value: string): boolean {
  const day = DAY.exec(value);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }
  return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** Human text for a due date; a bare day is shown as that day, never shifted by a time zone. */
export function formatDue(value: string): string {
  const day = DAY.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return date.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  return new Date(value).toLocaleString('en-GB', {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
  });
}

/** The instant a due date ends: a bare day ends at 23:59:59.999 local time of the given offset. */
export function dueInstant(value: string, localOffsetMinutes = 0): number {
  const day = DAY.exec(value);
  if (day) return Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 23, 59, 59, 999) + localOffsetMinutes * 60_000;
  return Date.parse(value);
}
