import type { DashboardRow } from '../../../lib/dashboard/row';

/** A dashboard row of a made-up shop, in USD, read on 1 Dec 2026. */
export function dashRow(name: string, region: string, extra: Partial<DashboardRow> = {}): DashboardRow {
  return {
    shop: { key: `${region}:${name}`, region, shopId: name, name, currency: 'USD', firstSeen: '2026-11-01T00:00:00.000Z', lastSeen: '2026-12-01T09:00:00.000Z' },
    figures: {},
    gmvPeriod: null,
    worst: 'none',
    warning: null,
    warningCount: 0,
    atRisk: [],
    lastRead: '2026-12-01T09:00:00.000Z',
    ...extra,
  };
}

