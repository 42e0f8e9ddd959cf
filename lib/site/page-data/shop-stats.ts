/**
 * `GET /api/v3/insights/seller/shop/overview/performance/stats`: Data Compass's figures.
 * `data.segments[] {time_descriptor: {granularity}, timed_stats: [{start, end, stats}]}`.
 * The `all` segment's latest entry is the page's period; `1D` entries are one day each (a
 * history). `end` is exclusive: an entry from 06-04 to 06-05 is the day 06-04.
 */
import type { MetricKey, Metrics } from '../../metric-defs';
import type { DayFigures, DayRange, PageDataFigures } from './types';
import { currencyOf, dayBefore, dayOf, field, fieldAt, listOf, metricValue } from './values';

/** `stats` field → metric; money fields are `{amount}` objects (or plain values). */
export const STATS_FIELDS: ReadonlyArray<readonly [string, MetricKey]> = [
  ['revenue', 'gmv'],
  ['main_order_cnt', 'orders'],
  ['item_sold_cnt', 'unitsSold'],
  ['product_page_visitor_cnt', 'visitors'],
  ['conversion_rate', 'conversionRate'],
];

const MAX_SEGMENTS = 20;
const MAX_ENTRIES = 400;

type Entry = { period: DayRange; metrics: Metrics; currency: string | null };

function amountOf(v: unknown): unknown {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? field(v, 'amount') : v;
}

/** One `timed_stats` entry: its days (inclusive) and figures, or undefined when unusable. */
function entryOf(raw: unknown): Entry | undefined {
  const start = dayOf(field(raw, 'start'));
  const end = dayOf(field(raw, 'end'));
  if (!start || !end || end <= start) return undefined;
  const stats = field(raw, 'stats');
  const metrics: Metrics = {};
  for (const [name, key] of STATS_FIELDS) {
    const value = metricValue(key, amountOf(field(stats, name)));
    if (value !== undefined) metrics[key] = value;
  }
  if (Object.keys(metrics).length === 0) return undefined;
  return { period: { start, end: dayBefore(end) }, metrics, currency: currencyOf(fieldAt(stats, 'revenue', 'currency')) };
}

function entriesOf(segment: unknown): Entry[] {
  const out: Entry[] = [];
  for (const raw of listOf(field(segment, 'timed_stats'), MAX_ENTRIES, true)) {
    const entry = entryOf(raw);
    if (entry) out.push(entry);
  }
  return out;
}

export function readShopStats(data: unknown): Omit<PageDataFigures, 'endpoint'> {
  let latest: Entry | undefined;
  const byDay = new Map<string, DayFigures>();
  let dayCurrency: string | null = null;
  for (const segment of listOf(field(data, 'segments'), MAX_SEGMENTS)) {
    const granularity = fieldAt(segment, 'time_descriptor', 'granularity');
    if (granularity === 'all') {
      for (const e of entriesOf(segment)) if (!latest || e.period.start > latest.period.start) latest = e;
    } else if (granularity === '1D') {
      for (const e of entriesOf(segment)) {
        if (e.period.start !== e.period.end) continue; // not one day after all
        byDay.set(e.period.start, { day: e.period.start, period: e.period, metrics: e.metrics });
        dayCurrency ??= e.currency;
      }
    }
  }
  const days = [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1)).slice(-MAX_ENTRIES);
  return {
    metrics: latest?.metrics ?? {},
    period: latest?.period ?? null,
    currency: latest?.currency ?? dayCurrency,
    days,
  };
}
