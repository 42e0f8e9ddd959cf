// History from the page's own data: each past day becomes a reading of that day, unless
// the shop already has one for it; never overwriting, never twice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { History, NewReading } from '../../../lib/history';
import { freshHistory, reading } from './helpers';

let history: History;
beforeEach(async () => (history = await freshHistory()));
afterEach(() => history.close());

const KEY = 'US:7495';
const spsDay = (day: string, sps: number): NewReading =>
  reading({ capturedAt: `${day}T00:00:00.000Z`, metrics: { sps }, currency: null, source: 'page-data' });
const salesDay = (day: string, gmv: number): NewReading =>
  reading({ capturedAt: `${day}T00:00:00.000Z`, page: 'analytics', path: '/compass/data-overview', period: { start: day, end: day }, metrics: { gmv, orders: 2 }, source: 'page-data' });

describe('history.backfill', () => {
  it('stores one SPS reading a day, and the series shows them', async () => {
    const days = [spsDay('2025-06-01', 3.9), spsDay('2025-06-02', 3.8), spsDay('2025-06-03', 3.7)];
    await expect(history.backfill(days)).resolves.toEqual({ stored: 3, skipped: 0 });
    expect((await history.series(KEY, 'sps')).map((p) => [p.day, p.value])).toEqual([
      ['2025-06-01', 3.9],
      ['2025-06-02', 3.8],
      ['2025-06-03', 3.7],
    ]);
    expect((await history.readings(KEY)).every((r) => r.source === 'page-data')).toBe(true);
  });

  it("never overwrites a day's stored page reading, and adds nothing the second time", async () => {
    await history.addReading(reading({ capturedAt: '2025-06-02T15:00:00.000Z', metrics: { sps: 3.5, ordersLast90Days: 40 } }));
    const days = [spsDay('2025-06-01', 3.9), spsDay('2025-06-02', 3.8), spsDay('2025-06-03', 3.7)];
    await expect(history.backfill(days)).resolves.toEqual({ stored: 2, skipped: 1 });
    await expect(history.backfill(days)).resolves.toEqual({ stored: 0, skipped: 3 });
    expect((await history.series(KEY, 'sps')).map((p) => [p.day, p.value])).toEqual([
      ['2025-06-01', 3.9],
      ['2025-06-02', 3.5],
      ['2025-06-03', 3.7],
    ]);
    expect(await history.readings(KEY)).toHaveLength(3);
  });

  it("a page reading later that day still wins the day's chart point", async () => {
    await history.backfill([spsDay('2025-06-02', 3.8)]);
    await history.addReading(reading({ capturedAt: '2025-06-02T09:00:00.000Z', metrics: { sps: 3.6 } }));
    expect((await history.series(KEY, 'sps')).map((p) => p.value)).toEqual([3.6]);
  });

  it("skips a day's sales that a stored one-day reading already shows, whenever it was captured", async () => {
    // Seen the next morning on Data Compass, with "yesterday" selected.
    await history.addReading({ ...salesDay('2025-06-02', 58.1), capturedAt: '2025-06-03T08:00:00.000Z', source: 'page' });
    const days = [salesDay('2025-06-01', 46.71), salesDay('2025-06-02', 99), salesDay('2025-06-03', 120.5)];
    await expect(history.backfill(days)).resolves.toEqual({ stored: 2, skipped: 1 });
    const stored = (await history.readings(KEY)).map((r) => [r.period?.start, r.metrics.gmv, r.source]);
    expect(stored).toEqual(
      expect.arrayContaining([
        ['2025-06-01', 46.71, 'page-data'],
        ['2025-06-02', 58.1, 'page'],
        ['2025-06-03', 120.5, 'page-data'],
      ]),
    );
    expect(stored).toHaveLength(3);
  });

  it('a week-long reading does not stop a day of it from being filled in', async () => {
    await history.addReading({ ...salesDay('2025-06-01', 454), period: { start: '2025-06-01', end: '2025-06-07' }, capturedAt: '2025-06-08T08:00:00.000Z', source: 'page' });
    await expect(history.backfill([salesDay('2025-06-01', 46.71)])).resolves.toEqual({ stored: 1, skipped: 0 });
  });

  it('rejects the whole batch when one day is invalid, storing nothing', async () => {
    const bad = { ...spsDay('2025-06-02', 3.8), metrics: { sps: 9 } };
    await expect(history.backfill([spsDay('2025-06-01', 3.9), bad])).rejects.toMatchObject({ code: 'invalid' });
    expect((await history.stats()).readings).toBe(0);
  });
});
