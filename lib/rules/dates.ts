/** Calendar helpers on ISO dates (UTC). Pure: "today" is always a parameter. */
export const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' of an instant (ms since epoch), in UTC. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Milliseconds at 00:00 UTC of an ISO date ('YYYY-MM-DD'); NaN when invalid. */
export function dayStart(date: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
}

export function addDays(date: string, days: number): string {
  return isoDay(dayStart(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (b − a), both ISO dates. */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayStart(b) - dayStart(a)) / DAY_MS);
}

/** Days in an inclusive period, e.g. 2026-11-01..2026-11-28 → 28. */
export function periodDays(p: { start: string; end: string }): number {
  return daysBetween(p.start, p.end) + 1;
}
