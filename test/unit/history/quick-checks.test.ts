import fc from 'fast-check';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openHistory } from '../../../lib/history';
import { quickDaily, quickReading, storedReading } from '../../../lib/history/quick-checks';
import { DailyRecordSchema, ReadingRecordSchema } from '../../../lib/history/records';
import { METRIC_KEYS, METRICS, type MetricKey } from '../../../lib/metrics';
import { reading, uniqueName } from './helpers';

/** What the schema makes of `raw`, as text (key order included), or null when it refuses. */
function bySchema(schema: typeof ReadingRecordSchema | typeof DailyRecordSchema, raw: unknown): string | null {
  const parsed = schema.safeParse(raw);
  return parsed.success ? JSON.stringify(parsed.data) : null;
}

const day = fc.integer({ min: Date.parse('1999-01-01'), max: Date.parse('2040-12-31') }).map((t) => new Date(t).toISOString());
/** Any value a metric may hold: null, or in its range (whole for counts). */
const metricValue = (key: MetricKey) => {
  const { unit, min, max } = METRICS[key];
  return fc.oneof(fc.constant(null), unit === 'count' ? fc.integer({ min, max: Math.min(max, 1e9) }) : fc.double({ min, max, noNaN: true }));
};
const metrics = fc.record(Object.fromEntries(METRIC_KEYS.map((k) => [k, metricValue(k)])) as Record<MetricKey, fc.Arbitrary<number | null>>, {
  requiredKeys: [],
});

const canonicalReading = fc.record({
  id: fc.integer({ min: 1, max: 1e9 }),
  shopId: fc.oneof(fc.constant(null), fc.stringMatching(/^[0-9]{1,20}$/)),
  region: fc.oneof(fc.constant(null), fc.constantFrom('US', 'GB', 'de')),
  capturedAt: day,
  page: fc.constantFrom('home', 'analytics', 'shop-score', 'account-health', 'partner', 'unknown'),
  path: fc.constantFrom('/', '/health-center', '/compass/data-overview'),
  period: fc.oneof(fc.constant(null), fc.record({ start: fc.constant('2025-10-01'), end: fc.constantFrom('2025-10-01', '2025-10-31') })),
  currency: fc.constantFrom(null, 'USD', 'EUR'),
  metrics,
  source: fc.constantFrom('page', 'manual', 'import'),
}).map(({ region, shopId, ...r }) => ({ ...r, shopKey: `${region ?? '--'}:${shopId ?? '--'}`, shop: { region, shopId } }));

/** One change a damaged, older or foreign record could have: each may or may not still be valid. */
const damage = fc.oneof(
  fc.constant((r: Record<string, unknown>) => ({ ...r, capturedAt: '2025-10-01T12:00:00+02:00' })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, capturedAt: '2025-10-01T12:00:00Z' })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, capturedAt: '2025-02-30T12:00:00.000Z' })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, capturedAt: '2024-02-29T23:59:59.999Z' })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, capturedAt: '0000-01-01T00:00:00.000Z' })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, capturedAt: '2025-10-01T24:00:00.000Z' })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, capturedAt: '2025-10-01T12:60:00.000Z' })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, capturedAt: '2025-10-01T12:00:00.5Z' })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, capturedAt: '+012025-10-01T12:00:00.000Z' })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, path: '/health-center?shop_id=1#x' })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, path: 'health-center' })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, id: 0 })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, id: 2.5 })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, shopKey: 'US:other' })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, shop: { region: '--', shopId: '1' }, shopKey: '--:1' })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, shop: { region: 'US', shopId: 'a\nb' }, shopKey: 'US:a\nb' })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, extra: 1 })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, currency: 'usd' })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, source: 'guess' })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, period: { start: '2025-10-31', end: '2025-10-01' } })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, period: { start: '2025-10-01', end: '2025-10-02', days: 2 } })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, metrics: { ...(r.metrics as object), sps: 7 } })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, metrics: { ...(r.metrics as object), orders: 1.5 } })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, metrics: { ...(r.metrics as object), gmv: undefined } })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, metrics: { ...(r.metrics as object), score: 1 } })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, metrics: { violationPoints: 3, sps: 4.1 } })),
  fc.constant((r: Record<string, unknown>) => ({ ...r, metrics: [] })),
  fc.constant((r: Record<string, unknown>) => {
    const { page: _, ...rest } = r;
    return rest;
  }),
);

describe('quick checks of stored records', () => {
  it('vouch only for readings the schema accepts, and return exactly what the schema returns', () => {
    fc.assert(
      fc.property(canonicalReading, fc.array(damage, { maxLength: 2 }), (r, changes) => {
        const raw = changes.reduce<Record<string, unknown>>((acc, change) => change(acc), r);
        // As generated (some objects without a prototype), and as IndexedDB hands records back.
        for (const value of [raw, structuredClone(raw)]) {
          const quick = quickReading(value);
          if (quick !== undefined) expect(JSON.stringify(quick)).toBe(bySchema(ReadingRecordSchema, value));
        }
        if (changes.length === 0) expect(quickReading(structuredClone(raw))).toBeDefined();
      }),
      { numRuns: 3000 },
    );
  });

  it('vouch only for roll-up rows the schema accepts, with the same result', () => {
    const daily = fc.record({
      shopKey: fc.constantFrom('US:1', '--:--'),
      metric: fc.constantFrom(...METRIC_KEYS, 'score'),
      day: fc.constantFrom('2025-10-01', '2024-02-29', '2025-02-29', '2025-13-01'),
      value: fc.oneof(fc.constant(null), fc.double(), fc.constant('3')),
      at: fc.oneof(day, fc.constant('2025-10-01T12:00:00+02:00')),
      readingId: fc.oneof(fc.integer({ min: -2, max: 1e6 }), fc.constant(1.5)),
    });
    fc.assert(
      fc.property(daily, (generated) => {
        if (quickDaily(generated) !== undefined) expect(JSON.stringify(quickDaily(generated))).toBe(bySchema(DailyRecordSchema, generated));
        const raw = structuredClone(generated);
        const quick = quickDaily(raw);
        const schema = bySchema(DailyRecordSchema, raw);
        if (quick !== undefined) expect(JSON.stringify(quick)).toBe(schema);
        // The one valid form left to the schema: an instant not in toISOString() form.
        else if (schema !== null) expect(raw.at).toMatch(/\+02:00$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('take the quick path for every record the history itself wrote', async () => {
    const name = uniqueName();
    const h = await openHistory({ name });
    await h.addReading(reading({ metrics: { violationPoints: 2, sps: 4.2, gmv: null }, period: { start: '2025-09-30', end: '2025-09-30' } }));
    await h.addReading(reading({ shop: { region: null, shopId: null }, capturedAt: '2025-10-02T08:00:00+02:00', path: '/x?shop_id=1' }));
    h.close();
    const db = await openDB(name, DB_VERSION);
    const [readings, daily] = await Promise.all([db.getAll('readings'), db.getAll('daily')]);
    db.close();
    expect(readings).toHaveLength(2);
    for (const raw of readings) expect(JSON.stringify(quickReading(raw))).toBe(bySchema(ReadingRecordSchema, raw));
    expect(daily.length).toBeGreaterThan(3);
    for (const raw of daily) expect(JSON.stringify(quickDaily(raw))).toBe(bySchema(DailyRecordSchema, raw));
  });

  it('leave an older record in another form to the schema, which still reads it', () => {
    const ctx = { skipped: 0 };
    const older = { id: 3, shopKey: 'US:1', shop: { region: 'US', shopId: '1' }, capturedAt: '2025-10-01T12:00:00+02:00', page: 'home', path: '/home?x=1', period: null, currency: null, metrics: { sps: 4 }, source: 'page' };
    expect(quickReading(older)).toBeUndefined();
    expect(storedReading(older, ctx)).toMatchObject({ capturedAt: '2025-10-01T10:00:00.000Z', path: '/home' });
    expect(storedReading({ ...older, metrics: { sps: 'high' } }, ctx)).toBeNull();
    expect(ctx.skipped).toBe(1);
  });
});
