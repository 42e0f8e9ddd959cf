/**
 * The message an extension page sends a Seller Center tab for a page sample. Alone in its
 * file so the content script imports it without capture-message.ts's zod schemas.
 */
export const CAPTURE_TYPE = 'sample/capture';
export const CAPTURE_REQUEST = { type: CAPTURE_TYPE } as const;
