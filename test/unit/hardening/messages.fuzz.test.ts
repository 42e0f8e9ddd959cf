// Every message through the one handler, from every kind of sender: arbitrary values,
// valid messages with one part replaced, extra or missing keys, prototype keys, huge
// strings. The handler never throws; a route runs only for a message that is exactly
// valid, from a sender allowed to send it, and every metric it carries is in range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMetricKey, isValidMetricValue } from '../../../lib/metrics';
import { createMessageHandler, type Routes, type Sender } from '../../../lib/messaging/handler';
import { CONTENT_MESSAGE_TYPES, MessageSchema } from '../../../lib/messaging/protocol';
import { editedCopy, type Edit } from './edits';
import { caseCounter, runs, timeFor } from './fuzz';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN_ID}/`;

const reading = {
  page: 'shop-score',
  region: 'US',
  shopId: '7495012345678901234',
  currency: 'USD',
  period: { start: '2025-09-01', end: '2025-09-30' },
  metrics: { sps: 3.62, ordersLast90Days: 41, onTimeDeliveryRate: 0.934, gmv: null },
  missing: ['ahr'],
  path: '/health-center/experience-score',
};
const importText = JSON.stringify({ format: 'shop-pulse-history', version: 1, exportedAt: '2025-01-01T00:00:00.000Z', shops: [], readings: [] });
const VALID: unknown[] = [
  { type: 'reading/captured', reading },
  { type: 'reading/captured', reading, pageData: { fromData: ['sps', 'ordersLast90Days'], labels: { sps: 3.2 } } },
  {
    type: 'reading/backfill',
    shop: { region: 'US', shopId: '7495' },
    page: 'shop-score',
    path: '/health-center/experience-score',
    currency: 'USD',
    days: [
      { day: '2025-09-01', period: null, metrics: { sps: 3.9 } },
      { day: '2025-09-02', period: { start: '2025-09-02', end: '2025-09-02' }, metrics: { gmv: 46.71, orders: 2, conversionRate: 0.0168 } },
    ],
  },
  { type: 'page-data/checks' },
  { type: 'page/unreadable', reading: { ...reading, metrics: {} } },
  { type: 'overlay/status', shop: { region: 'US', shopId: '7495' } },
  { type: 'shops/list' },
  { type: 'popup/view', preferredShopKey: 'US:7495' },
  { type: 'popup/view', preferredShopKey: null },
  { type: 'shop/status', shopKey: 'US:7495' },
  { type: 'shop/charts', shopKey: 'US:7495' },
  { type: 'reading/manual', reading: { shopKey: 'US:7495', metrics: { sps: 4 } } },
  { type: 'prefs/get' },
  { type: 'prefs/set', change: { retentionMonths: 12 } },
  { type: 'history/stats' },
  { type: 'history/export', format: 'json' },
  { type: 'history/import', text: importText, dryRun: true },
  { type: 'history/clear' },
];

const SENDERS: Record<string, Sender> = {
  content: { id: OWN_ID, url: 'https://seller-us.tiktok.com/homepage', tab: { id: 1, url: 'https://seller-us.tiktok.com/homepage' } },
  page: { id: OWN_ID, url: `${ORIGIN}options.html` },
  otherExtension: { id: 'zyxwvutsrqponmlkzyxwvutsrqponmlk', url: 'chrome-extension://zyxwvutsrqponmlkzyxwvutsrqponmlk/bg.js' },
  otherHost: { id: OWN_ID, url: 'https://www.tiktok.com/', tab: { id: 2 } },
  lookAlike: { id: OWN_ID, url: 'https://seller-us.tiktok.com.evil.example/', tab: { id: 3 } },
  http: { id: OWN_ID, url: 'http://seller-us.tiktok.com/', tab: { id: 4 } },
  noUrl: { id: OWN_ID },
  noTab: { id: OWN_ID, url: 'https://seller-us.tiktok.com/homepage' },
  nothing: {},
  fakeOrigin: { id: OWN_ID, url: `chrome-extension://${OWN_ID}.evil/`, tab: { id: 5 } },
};
const ALLOWED: Record<string, 'content' | 'page' | null> = {
  content: 'content',
  page: 'page',
  otherExtension: null,
  otherHost: null,
  lookAlike: null,
  http: null,
  noUrl: null,
  noTab: null,
  nothing: null,
  fakeOrigin: null,
};

/** A copy of `value` with one edit; a frozen or exotic part (typed array, sealed) keeps the message as it was. */
function applyEdit(value: unknown, edit: Edit): unknown {
  try {
    return editedCopy(value, edit, structuredClone);
  } catch {
    return value;
  }
}

const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1, 5.01, 1001, 49, 1.5, 2 ** 53, '3.62', '', 'x'.repeat(100_000), [], {}, null, undefined),
  fc.double(),
);
const edit: fc.Arbitrary<Edit> = fc.record({
  path: fc.array(fc.nat(), { maxLength: 4 }),
  op: fc.constantFrom('set', 'set', 'delete', 'add'),
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'type', 'extra', 'sps', 'toString'), fc.string({ maxLength: 12 })),
  value: hostileValue,
});
const message = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...VALID), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([m, edits]) => edits.reduce(applyEdit, m)) },
  { weight: 1, arbitrary: fc.constantFrom(...VALID) },
  { weight: 2, arbitrary: hostileValue },
  { weight: 1, arbitrary: fc.record({ type: fc.oneof(fc.constantFrom(...VALID.map((m) => (m as { type: string }).type)), fc.string()) }, { requiredKeys: [] }) },
);

function setup() {
  const calls: Array<{ type: string; msg: unknown; sender: Sender }> = [];
  const route = (type: string) => async (msg: unknown, sender: Sender) => {
    calls.push({ type, msg, sender });
    return null;
  };
  const routes = Object.fromEntries(VALID.map((m) => (m as { type: string }).type).map((t) => [t, route(t)])) as unknown as Routes;
  return { calls, handle: createMessageHandler(routes, { ownId: OWN_ID, extensionOrigin: ORIGIN }) };
}

/** Every metrics object a message carries: its reading's, the labels' beside page data, each backfilled day's. */
function metricsIn(msg: unknown): Array<[string, unknown]> {
  const m = msg as {
    reading?: { metrics?: Record<string, unknown> };
    pageData?: { labels?: Record<string, unknown> };
    days?: Array<{ metrics?: Record<string, unknown> }>;
  };
  const all = [m.reading?.metrics, m.pageData?.labels, ...(Array.isArray(m.days) ? m.days.map((d) => d.metrics) : [])];
  return all.flatMap((x) => (x ? Object.entries(x) : []));
}

describe('hardening: message handler', () => {
  const counter = caseCounter('messages');
  const n = runs('messages');
  it(`rejects everything but an exact message from an allowed sender (${n} cases)`, { timeout: timeFor(n, 3) }, async () => {
    const { calls, handle } = setup();
    await fc.assert(
      fc.asyncProperty(message, fc.constantFrom(...Object.keys(SENDERS), 'content', 'content', 'page', 'page', 'page'), async (msg, senderName) => {
        counter.tried++;
        calls.length = 0;
        const reply = await handle(msg, SENDERS[senderName]!);
        expect(reply && typeof reply.ok).toBe('boolean');
        if (!reply.ok) {
          counter.rejected++;
          expect(calls).toEqual([]);
          return;
        }
        // Accepted: exactly one route ran, with a message that is valid as given…
        expect(calls).toHaveLength(1);
        const call = calls[0]!;
        expect(MessageSchema.safeParse(msg).success).toBe(true);
        // …from a sender allowed to send it…
        const role = ALLOWED[senderName];
        expect(role).not.toBeNull();
        expect(CONTENT_MESSAGE_TYPES.has(call.type)).toBe(role === 'content');
        // …and carrying no key the schema does not know, and only in-range metrics.
        expect(Object.keys(call.msg as object).every((k) => ['type', 'reading', 'shop', 'shopKey', 'preferredShopKey', 'change', 'format', 'text', 'dryRun', 'pageData', 'page', 'path', 'currency', 'days'].includes(k))).toBe(true);
        // A backfilled day's period is that day alone.
        for (const d of (call.msg as { days?: Array<{ day: string; period: { start: string; end: string } | null }> }).days ?? []) {
          if (d.period) expect([d.period.start, d.period.end]).toEqual([d.day, d.day]);
        }
        for (const [k, v] of metricsIn(call.msg)) {
          expect(isMetricKey(k), k).toBe(true);
          if (v !== null) expect(isMetricKey(k) && typeof v === 'number' && isValidMetricValue(k, v), `${k}=${String(v)}`).toBe(true);
        }
      }),
      { numRuns: n },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
