/**
 * One reading per page visit: the label reader's reading with the page's own figures
 * merged in. The page's data wins where both give a metric (what the labels showed is kept
 * beside it, so the background can tell where the label reader is wrong: agree.ts); figures
 * only the data has are added, so a page drawn on a canvas (no label text) still yields a reading.
 */
import type { MetricKey, Metrics } from '../../metric-defs';
import type { PageReading } from '../index';
import type { DayFigures, PageDataFigures } from './types';

export type MergedReading = {
  reading: PageReading;
  /** Metrics whose value came from the page's data. */
  fromData: MetricKey[];
  /** What the labels showed for metrics the data replaced. */
  labels: Metrics;
  /** History the page's data carries (SPS per day, sales per day), for the backfill. */
  days: DayFigures[];
};

export function mergePageData(label: PageReading, figures: readonly PageDataFigures[]): MergedReading {
  const metrics: Metrics = { ...label.metrics };
  const labels: Metrics = {};
  const fromData: MetricKey[] = [];
  const days: DayFigures[] = [];
  let { period, currency } = label;
  for (const f of figures) {
    for (const [key, value] of Object.entries(f.metrics) as Array<[MetricKey, number | null]>) {
      if (Object.hasOwn(label.metrics, key)) labels[key] = label.metrics[key];
      metrics[key] = value;
      if (!fromData.includes(key)) fromData.push(key);
    }
    // The data's date range and currency are the ones its money and counts are in.
    period = f.period ?? period;
    currency = f.currency ?? currency;
    days.push(...f.days);
  }
  const reading: PageReading =
    fromData.length === 0 ? label : { ...label, period, currency, metrics, missing: label.missing.filter((k) => !Object.hasOwn(metrics, k)) };
  return { reading, fromData, labels, days };
}
