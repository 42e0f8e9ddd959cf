import { afterEach, describe, expect, it } from 'vitest';
import { openHistory, type History, type NewReading } from '../../../lib/history';

let history: History | undefined;
afterEach(() => history?.close());

const reading = (shopId: string, at: string): NewReading => ({
  shop: { region: 'US', shopId },
  capturedAt: at,
  page: 'shop-score',
  path: '/health-center/experience-score',
  period: null,
  currency: null,
  metrics: { sps: 4 },
  source: 'page',
});

describe('shops()', () => {
  it('lists the same shops as listShops, most recently seen first, without counting readings', async () => {
    history = await openHistory({ name: 'shops-list' });
    await history.addReading(reading('1', '2026-11-20T10:00:00.000Z'));
    await history.addReading(reading('2', '2026-11-22T10:00:00.000Z'));
    const shops = await history.shops();
    expect(shops.map((s) => s.key)).toEqual(['US:2', 'US:1']);
    expect(shops[0]).not.toHaveProperty('readingCount');
    expect((await history.listShops()).map(({ readingCount: _count, ...rest }) => rest)).toEqual(shops);
  });
});
