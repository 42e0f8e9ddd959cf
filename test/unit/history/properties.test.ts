import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { History, StoredReading } from '../../../lib/history';
import { freshHistory, reading } from './helpers';

const BASE = Date.parse('2025-10-01T00:00:00.000Z');
const arbReading = fc.record({
  shopId: fc.constantFrom('1', '2'),
  page: fc.constantFrom('shop-score' as const, 'home' as const),
  minute: fc.integer({ min: 0, max: 3 * 24 * 60 }),
  sps: fc.constantFrom(3.4, 3.5, 4.1, null),
});

/** Naive roll-up from the stored readings: last sps of each UTC day (later capture, then higher id). */
function naiveSeries(rows: StoredReading[]) {
  const days = new Map<string, StoredReading>();
  for (const r of rows) {
    if (!('sps' in r.metrics)) continue;
    const day = r.capturedAt.slice(0, 10);
    const old = days.get(day);
    if (!old || r.capturedAt > old.capturedAt || (r.capturedAt === old.capturedAt && r.id > old.id)) days.set(day, r);
  }
  return [...days.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, r]) => ({ day, value: r.metrics.sps ?? null, at: r.capturedAt }));
}

async function check(h: History) {
  for (const key of ['US:1', 'US:2']) {
    const series = await h.series(key, 'sps');
    expect(series).toEqual(naiveSeries(await h.readings(key)));
    expect((await h.latest(key)).sps?.value ?? 'none').toEqual(series.at(-1)?.value ?? 'none');
  }
}

describe('properties', () => {
  it('in any arrival order, the roll-up equals a naive one, and export → import reproduces it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbReading, { maxLength: 25 }), async (items) => {
        const h = await freshHistory();
        const copy = await freshHistory();
        try {
          for (const it of items) {
            await h.addReading(
              reading({
                shop: { region: 'US', shopId: it.shopId },
                page: it.page,
                capturedAt: new Date(BASE + it.minute * 60_000).toISOString(),
                metrics: { sps: it.sps },
              }),
            );
          }
          await check(h);
          const text = JSON.stringify(await h.exportJson('2025-11-01T00:00:00Z'));
          await copy.importFile(text);
          await copy.importFile(text);
          expect((await copy.stats()).readings).toBe((await h.stats()).readings);
          for (const key of ['US:1', 'US:2']) expect(await copy.series(key, 'sps')).toEqual(await h.series(key, 'sps'));
          await check(copy);
        } finally {
          h.close();
          copy.close();
        }
      }),
      { numRuns: 30 },
    );
  });
});
