/**
 * The one message an extension page sends to a Seller Center tab's content script: "give
 * me this page as it is now" (for a page sample). The reply carries the whole page, so it
 * goes only to our own pages (the content script checks the sender) and is checked here.
 */
import { z } from 'zod';
import { CapturedReadingSchema } from '../messaging/protocol';

export { CAPTURE_REQUEST } from './capture-request';

/** What the content script read on the page (its PageReading, without the path; later fields pass through). */
const LiveReadingSchema = z.looseObject(CapturedReadingSchema.omit({ path: true }).shape);

export const CaptureReplySchema = z.strictObject({
  url: z.string().url().max(4096),
  /** capturePage's HTML: at most 60 MB, like an import file. */
  html: z.string().max(60_000_000),
  reading: LiveReadingSchema,
});
export type CaptureReply = z.infer<typeof CaptureReplySchema>;
