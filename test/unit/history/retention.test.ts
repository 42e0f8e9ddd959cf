import { afterEach, describe, expect, it, vi } from 'vitest';
import { cutoffFor, requestPersistence, type History } from '../../../lib/history';
import { freshHistory, reading } from './helpers';

let h: History;
afterEach(() => {
  h?.close();
  vi.unstubAllGlobals();
});

describe('cutoffFor (pure)', () => {
  it('goes back whole calendar months in UTC, clamping to the month end', () => {
    expect(cutoffFor(1, '2025-03-31T12:00:00.000Z')).toBe('2025-02-28T12:00:00.000Z');
    expect(cutoffFor(12, '2024-02-29T00:00:00.000Z')).toBe('2023-02-28T00:00:00.000Z');
    expect(cutoffFor(3, '2025-01-15T08:30:00+02:00')).toBe('2024-10-15T06:30:00.000Z');
  });
  it.each([0, -1, 1.5, Number.NaN])('refuses %s months', (m) => {
    expect(() => cutoffFor(m, '2025-01-01T00:00:00Z')).toThrow(/month/);
  });
});

describe('prune', () => {
  it('keeps everything by default, drops only readings older than N months, and keeps roll-ups consistent', async () => {
    h = await freshHistory();
    await h.addReading(reading({ capturedAt: '2025-01-10T08:00:00.000Z', metrics: { sps: 3.0 } }));
    await h.addReading(reading({ capturedAt: '2025-03-31T08:00:00.000Z', metrics: { sps: 3.5 } }));
    await h.addReading(reading({ capturedAt: '2025-03-31T20:00:00.000Z', metrics: { sps: 3.6 } }));
    await h.addReading(reading({ capturedAt: '2025-06-01T08:00:00.000Z', metrics: { sps: 4.0 } }));
    expect((await h.stats()).readings).toBe(4);

    // cutoff 2025-03-31T12:00Z: the morning reading of that day goes, the evening one stays
    expect(await h.prune(4, '2025-07-31T12:00:00.000Z')).toBe(2);
    expect((await h.readings('US:7495')).map((r) => r.capturedAt)).toEqual(['2025-03-31T20:00:00.000Z', '2025-06-01T08:00:00.000Z']);
    expect(await h.series('US:7495', 'sps')).toEqual([
      { day: '2025-03-31', value: 3.6, at: '2025-03-31T20:00:00.000Z' },
      { day: '2025-06-01', value: 4, at: '2025-06-01T08:00:00.000Z' },
    ]);
    expect(await h.listShops()).toMatchObject([{ key: 'US:7495', readingCount: 2 }]);
    expect(await h.prune(4, '2025-07-31T12:00:00.000Z')).toBe(0);
    await expect(h.prune(0, '2025-06-30T12:00:00.000Z')).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('clear and stats', () => {
  it('clear empties every store', async () => {
    h = await freshHistory();
    await h.addReading(reading());
    expect(await h.stats()).toEqual({ readings: 1, shops: 1, skippedInvalid: 0, lastError: null });
    await h.clear();
    expect(await h.stats()).toEqual({ readings: 0, shops: 0, skippedInvalid: 0, lastError: null });
    expect(await h.latest('US:7495')).toEqual({});
  });
});

describe('requestPersistence', () => {
  it('asks navigator.storage.persist when available', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
    expect(await requestPersistence()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
  });
  it('does not ask again when already persisted', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist, persisted: async () => true } });
    expect(await requestPersistence()).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });
  it('returns false when unsupported or refused, never throws', async () => {
    vi.stubGlobal('navigator', {});
    expect(await requestPersistence()).toBe(false);
    vi.stubGlobal('navigator', { storage: { persist: async () => { throw new Error('nope'); } } });
    expect(await requestPersistence()).toBe(false);
  });
});
