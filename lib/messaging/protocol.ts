/**
 * The one typed protocol between content script, background and extension pages.
 * Every message is a strict zod object, checked on arrival (see handler.ts); types
 * come from the schemas so the two ends cannot drift apart.
 */
import { z } from 'zod';
import { MetricKeySchema, MetricsSchema, PageKindSchema, PeriodSchema } from '../metrics';
import { BackfillMessageSchema, PageDataNoteSchema } from './page-data';

// eslint-disable-next-line no-control-regex -- a shop name with control characters is refused
const ShopNameSchema = z.string().min(1).max(200).regex(/^[^\u0000-\u001f\u007f]*$/);

/** What a page says about one shop: where it is, which one, and its figures. */
const shopFigures = {
  region: z.string().regex(/^[A-Z]{2}$/).nullable(),
  shopId: z.string().min(1).max(64).nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  period: PeriodSchema.nullable(),
  metrics: MetricsSchema,
};

/** One shop row of a list page (PageReading.shops). */
export const ShopRowSchema = z.strictObject({ name: ShopNameSchema, ...shopFigures });
export type ShopRowReading = z.infer<typeof ShopRowSchema>;

/** What the content script saw on one page: PageReading plus where it was seen. */
export const CapturedReadingSchema = z.strictObject({
  page: PageKindSchema,
  ...shopFigures,
  missing: z.array(MetricKeySchema).max(64),
  /** URL path only; query strings carry shop ids, which live in `shopId`. */
  path: z.string().startsWith('/').max(512),
  /** The shop's name from the page header, when shown. */
  shopName: ShopNameSchema.nullable().optional(),
  /** List pages: one reading per shop row shown (a Partner Center page lists at most 50 a page). */
  shops: z.array(ShopRowSchema).max(200).optional(),
  /** Partner Center banners: the current run of the programs they name (lib/site/program-dates.ts). */
  programDates: z
    .array(
      z
        .strictObject({ programIds: z.array(z.string().regex(/^[a-z0-9-]{1,64}$/)).min(1).max(10), start: z.iso.date(), end: z.iso.date() })
        .refine((p) => p.start <= p.end, { message: 'period ends before it starts' }),
    )
    .max(10)
    .optional(),
});
export type CapturedReading = z.infer<typeof CapturedReadingSchema>;

const ShopKeySchema = z.string().min(1).max(140);

const ShopRefSchema = z.strictObject({
  region: z.string().regex(/^[A-Z]{2}$/).nullable(),
  shopId: z.string().min(1).max(64).nullable(),
});

/** A reading typed in by the user when a page cannot be read (issue 6). */
export const ManualReadingSchema = z.strictObject({
  shopKey: z.string().min(1).max(140),
  metrics: MetricsSchema,
  /** The shop as its page names it, for a shop the history does not know yet (issue 16). */
  shop: ShopRefSchema.optional(),
});

/** An import file travels as text; the history validates it (size, depth, schema). */
const ImportTextSchema = z.string().max(60_000_000);

/** Messages a content script on a Seller Center tab may send. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  /** `pageData`: what of the reading came from the page's own responses (issue 13). */
  z.strictObject({ type: z.literal('reading/captured'), reading: CapturedReadingSchema, pageData: PageDataNoteSchema.optional() }),
  z.strictObject({ type: z.literal('page/unreadable'), reading: CapturedReadingSchema }),
  z.strictObject({ type: z.literal('overlay/status'), shop: ShopRefSchema }),
  /** The panel's "Save a page sample" / "Enter by hand": open the sample page for the sender's tab (issue 16). */
  z.strictObject({ type: z.literal('sample/open'), section: z.enum(['sample', 'manual']) }),
  BackfillMessageSchema,
]);

/** Messages only our own pages (popup, options) may send: they read and change everything. */
export const PageMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('shops/list') }),
  /** The popup opening: shops, reports, and the status of the shop it shows first (`preferredShopKey` if known). */
  z.strictObject({ type: z.literal('popup/view'), preferredShopKey: ShopKeySchema.nullable() }),
  z.strictObject({ type: z.literal('shop/status'), shopKey: ShopKeySchema }),
  /** A shop's charts, asked for after its status is drawn. */
  z.strictObject({ type: z.literal('shop/charts'), shopKey: ShopKeySchema }),
  /** The all-shops dashboard: one row per shop, worst first, and the partner totals. */
  z.strictObject({ type: z.literal('dashboard/view') }),
  z.strictObject({ type: z.literal('reading/manual'), reading: ManualReadingSchema }),
  z.strictObject({ type: z.literal('prefs/get') }),
  z.strictObject({ type: z.literal('prefs/set'), change: z.record(z.string(), z.unknown()) }),
  z.strictObject({ type: z.literal('history/stats') }),
  z.strictObject({ type: z.literal('history/export'), format: z.enum(['json', 'csv']) }),
  z.strictObject({ type: z.literal('history/import'), text: ImportTextSchema, dryRun: z.boolean() }),
  z.strictObject({ type: z.literal('history/clear') }),
  /** Where the labels and the page's data disagreed (issue 13), for the options page. */
  z.strictObject({ type: z.literal('page-data/checks') }),
]);

export const MessageSchema = z.union([ContentMessageSchema, PageMessageSchema]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;
export type PageMessage = z.infer<typeof PageMessageSchema>;
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

export const CONTENT_MESSAGE_TYPES: ReadonlySet<string> = new Set(
  ContentMessageSchema.options.map((o) => o.shape.type.value),
);

/** Every reply has this envelope, so a caller always knows whether it worked. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
