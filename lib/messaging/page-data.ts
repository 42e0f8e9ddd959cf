/**
 * The message parts of the page-data channel (issue 13): what of a captured reading came
 * from the page's own responses, and the history those responses carry. Checked like every
 * message (strict, in range) on arrival in the background.
 */
import { z } from 'zod';
import { MetricKeySchema, MetricsSchema, PageKindSchema, PeriodSchema } from '../metrics';

export const PageDataNoteSchema = z.strictObject({
  /** Metrics whose value came from the page's data (the reading carries the data's value). */
  fromData: z.array(MetricKeySchema).max(64),
  /** What the labels showed for those of them the labels showed too: the background compares. */
  labels: MetricsSchema,
});
export type PageDataNote = z.infer<typeof PageDataNoteSchema>;

/** One day of history: SPS of a day (no period) or a day's sales (period = that day). */
const BackfillDaySchema = z
  .strictObject({ day: z.iso.date(), period: PeriodSchema.nullable(), metrics: MetricsSchema })
  .refine((d) => d.period === null || (d.period.start === d.day && d.period.end === d.day), { message: 'period is not that day' })
  .refine((d) => Object.keys(d.metrics).length > 0, { message: 'no figures' });

export const MAX_BACKFILL_DAYS = 400;

export const BackfillMessageSchema = z.strictObject({
  type: z.literal('reading/backfill'),
  shop: z.strictObject({ region: z.string().regex(/^[A-Z]{2}$/).nullable(), shopId: z.string().min(1).max(64).nullable() }),
  page: PageKindSchema,
  /** URL path only, like a captured reading's. */
  path: z.string().startsWith('/').max(512),
  /** Currency of the money figures among the days. */
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  days: z.array(BackfillDaySchema).min(1).max(MAX_BACKFILL_DAYS),
});
export type BackfillMessage = z.infer<typeof BackfillMessageSchema>;
