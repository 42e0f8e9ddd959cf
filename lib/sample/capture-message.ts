/**
 * The one message an extension page sends to a Seller Center tab's content script: "give
 * me this page as it is now" (for a page sample). The reply carries the whole page, so it
 * goes only to our own pages (the content script checks the sender) and is checked here.
 */
import { z } from 'zod';
import { MetricKeySchema, MetricsSchema, PageKindSchema, PeriodSchema } from '../metrics';

export { CAPTURE_REQUEST } from './capture-request';

/** What the content script read on the page (its PageReading; later fields pass through). */
const LiveReadingSchema = z.looseObject({
  page: PageKindSchema,
  region: z.string().regex(/^[A-Z]{2}$/).nullable(),
  shopId: z.string().min(1).max(64).nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  period: PeriodSchema.nullable(),
  metrics: MetricsSchema,
  missing: z.array(MetricKeySchema).max(64),
});

export const CaptureReplySchema = z.strictObject({
  url: z.string().url().max(4096),
  /** capturePage's HTML: at most 60 MB, like an import file. */
  html: z.string().max(60_000_000),
  reading: LiveReadingSchema,
});
export type CaptureReply = z.infer<typeof CaptureReplySchema>;
