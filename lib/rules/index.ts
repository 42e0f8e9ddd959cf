/**
 * `assess` (shared/DOMAIN.md contract 2): where a shop stands on each program, what is at risk,
 * when, and what it could earn. Pure: no extension APIs, no clock (`now` is an input).
 */
import { buildContext } from './context';
import { evaluateProgram } from './evaluate';
import { PROGRAMS } from './programs';
import { resolveSettings } from './settings';
import type { AssessInput, Assessment } from './types';
import { buildWarnings } from './warnings';

export type { AssessInput, Assessment, Estimate, ProgramResult, Severity, Status, Warning } from './types';
export type { Settings, SettingsOverride } from './settings';
export { DEFAULT_SETTINGS, SettingsSchema, resolveSettings } from './settings';
export { PROGRAMS, ProgramSchema, type Program } from './programs';
export type { Detail, Params } from './reasons';

/**
 * Programs shown: enabled in settings and matching the audience ('seller' hides partner programs,
 * 'partner' hides seller programs, 'both' shows all), in catalog order. Warnings follow.
 */
export function assess(input: AssessInput): Assessment {
  const settings = resolveSettings(input.settings);
  if (!Number.isFinite(Date.parse(input.now))) return { programs: [], warnings: [] };
  const ctx = buildContext(input, settings);
  const programs = PROGRAMS.filter(
    (p) =>
      settings.programs[p.id]?.enabled !== false &&
      (settings.audience === 'both' || settings.audience === p.audience),
  ).map((p) => evaluateProgram(p, ctx));
  return { programs, warnings: buildWarnings(ctx) };
}
