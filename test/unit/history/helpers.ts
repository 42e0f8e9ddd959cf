import { openHistory, type History, type NewReading } from '../../../lib/history';

let n = 0;
/** A database name no other test uses. */
export function uniqueName(prefix = 'history-test'): string {
  n += 1;
  return `${prefix}-${n}-${Math.random().toString(36).slice(2)}`;
}

export async function freshHistory(): Promise<History> {
  return openHistory({ name: uniqueName() });
}

export function reading(over: Partial<NewReading> = {}): NewReading {
  return {
    shop: { region: 'US', shopId: '7495', name: 'Acme Store' },
    capturedAt: '2025-10-01T10:00:00.000Z',
    page: 'shop-score',
    path: '/health-center/experience-score',
    period: null,
    currency: 'USD',
    metrics: { sps: 4.6, ordersLast90Days: 120 },
    source: 'page',
    ...over,
  };
}

/** `base` plus `minutes` minutes, as ISO. */
export function plus(base: string, minutes: number): string {
  return new Date(Date.parse(base) + minutes * 60_000).toISOString();
}
