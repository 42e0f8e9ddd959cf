/**
 * Does a program apply here and now? Region: a shop outside the program's regions gets the program
 * as 'unknown' with "not offered in GB" (kept visible, `applicable: false`, never an estimate), so
 * a GB seller sees why a US program is missing instead of a wrong answer. Dates: outside the
 * (editable) period the program is 'unknown' with the dates, never eligible.
 */
import type { Context } from './context';
import type { Program } from './programs';
import { reason, type Reason } from './reasons';

export type Period = { start: string; end: string | null };

/** Catalog dates with the user's override (settings.programs[id].start / end). */
export function programPeriod(p: Program, ctx: Context): Period {
  const o = ctx.settings.programs[p.id];
  return { start: o?.start ?? p.start, end: o?.end !== undefined ? o.end : p.end };
}

/** Reasons the program does not apply (empty when it does), plus notes that it applies with caveats. */
export function applicability(p: Program, ctx: Context): { blockers: Reason[]; notes: Reason[] } {
  const blockers: Reason[] = [];
  const notes: Reason[] = [];
  const regions = p.regions.join(', ');
  if (ctx.region === undefined) notes.push(reason('region-unknown', { regions }));
  else if (!p.regions.includes(ctx.region)) blockers.push(reason('region-not-offered', { region: ctx.region, regions }));
  const { start, end } = programPeriod(p, ctx);
  if (ctx.today < start) blockers.push(reason('period-not-started', { start }));
  else if (end !== null && ctx.today > end) blockers.push(reason('period-ended', { end }));
  const o = ctx.settings.programs[p.id];
  if (p.datesEstimated && o?.start === undefined && o?.end === undefined) notes.push(reason('dates-estimated'));
  return { blockers, notes };
}
