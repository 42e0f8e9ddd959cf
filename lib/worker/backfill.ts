/**
 * The readings a backfill message makes (issue 13), pure. Each day is stamped 00:00 UTC of
 * that day, so any reading captured later that day (a page visit) comes after it in the
 * daily roll-up. A day's sales count only once the day is over everywhere (two days back
 * from today in UTC); a score may be today's.
 */
import type { NewReading } from '../history';
import { METRICS, type MetricKey } from '../metrics';
import type { BackfillMessage } from '../messaging/page-data';

const DAY_MS = 86_400_000;

export function backfillReadings(msg: BackfillMessage, now: Date): NewReading[] {
  const today = now.toISOString().slice(0, 10);
  const lastFullDay = new Date(Date.parse(`${today}T00:00:00Z`) - 2 * DAY_MS).toISOString().slice(0, 10);
  const out: NewReading[] = [];
  for (const d of msg.days) {
    if (d.day > (d.period ? lastFullDay : today)) continue;
    const money = (Object.keys(d.metrics) as MetricKey[]).some((k) => METRICS[k].unit === 'money');
    out.push({
      shop: msg.shop,
      capturedAt: `${d.day}T00:00:00.000Z`,
      page: msg.page,
      path: msg.path,
      period: d.period,
      currency: money ? msg.currency : null,
      metrics: d.metrics,
      source: 'page-data',
    });
  }
  return out;
}
