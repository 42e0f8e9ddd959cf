/**
 * The user's preferences, kept in `browser.storage.local` (small, synced to every
 * surface): rule settings (thresholds, margins, programs, assumptions — see
 * lib/rules/settings.ts), notifications, retention, language.
 */
import { z } from 'zod';

export const LANGUAGES = ['auto', 'en', 'zh_CN', 'de', 'pl', 'uk'] as const;

const Hour = z.number().int().min(0).max(23);

export const PrefsSchema = z.strictObject({
  /** Partial rule settings, merged over the defaults by `resolveSettings`. */
  rules: z.record(z.string(), z.unknown()),
  notifications: z.strictObject({
    enabled: z.boolean(),
    /** Per warning code; a code not listed is on. */
    codes: z.record(z.string(), z.boolean()),
    /** Local hours in which nothing pops up; start > end wraps midnight (22 → 7). */
    quietHours: z.strictObject({ start: Hour, end: Hour }).nullable(),
    /** At most one notification per shop and warning code within this many hours. */
    cooldownHours: z.number().int().min(1).max(24 * 14),
  }),
  /** Drop readings older than this many months; null keeps everything. */
  retentionMonths: z.number().int().min(1).max(120).nullable(),
  language: z.enum(LANGUAGES),
});

export type Prefs = z.infer<typeof PrefsSchema>;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_PREFS: Prefs = {
  rules: {},
  notifications: { enabled: true, codes: {}, quietHours: { start: 22, end: 7 }, cooldownHours: 24 },
  retentionMonths: null,
  language: 'auto',
};

/** Stored prefs over the defaults; a corrupt stored section falls back to its default. */
export function parsePrefs(stored: unknown): Prefs {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_PREFS;
  const merged: Record<string, unknown> = { ...DEFAULT_PREFS };
  for (const [key, value] of Object.entries(stored)) {
    if (!(key in DEFAULT_PREFS)) continue;
    const candidate = { ...merged, [key]: value };
    if (PrefsSchema.safeParse(candidate).success) merged[key] = value;
  }
  return PrefsSchema.parse(merged);
}
