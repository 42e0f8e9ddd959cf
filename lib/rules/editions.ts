/**
 * Programs that come back. The catalog's partner programs ran in Q4 2025; a later run is
 * never assumed. Its dates come from the page that announces it (Partner Center banners,
 * lib/site/program-dates.ts) or from the user, who is offered last run's dates moved to this
 * year in one click. Pure.
 */
export type Run = { start: string; end: string };

/** The user's rule override with the page's dates for each named program (null: nothing changes). */
export function withAnnouncedDates(
  rules: Readonly<Record<string, unknown>>,
  announced: ReadonlyArray<{ programIds: readonly string[]; start: string; end: string }>,
): Record<string, unknown> | null {
  const programs = { ...((rules.programs as Record<string, Record<string, unknown>> | undefined) ?? {}) };
  let changed = false;
  for (const a of announced) {
    for (const id of a.programIds) {
      const own = programs[id] ?? {};
      if (own.start === a.start && own.end === a.end) continue;
      programs[id] = { ...own, start: a.start, end: a.end };
      changed = true;
    }
  }
  return changed ? { ...rules, programs } : null;
}

const shiftYears = (iso: string, years: number) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;

/**
 * A run that has ended, moved by whole years to the first one that has not ended by `today`
 * (Oct 1 – Dec 31, 2025 → Oct 1 – Dec 31, 2026): what the user may confirm, never applied alone.
 * Null while the run is on, has no end, or is not over yet.
 */
export function nextRun(run: { start: string; end: string | null }, today: string): Run | null {
  if (run.end === null || run.end >= today) return null;
  let years = 1;
  while (shiftYears(run.end, years) < today) years++;
  const next = { start: shiftYears(run.start, years), end: shiftYears(run.end, years) };
  // 29 February moved to a year without one is no date: offer nothing rather than a wrong day.
  return [next.start, next.end].every((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d)) ? next : null;
}
