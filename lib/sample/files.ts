/**
 * The two files a page sample is saved as: the scrubbed page (`.html`) and what Shop Pulse
 * read (`.json`): from the copy its keys and made-up values, from the live page only which
 * metrics it read and missed — never a real value, date or id.
 */
import type { PageReading } from '../site';
import type { PageSample } from '../site/sample';
import { hashText } from '../site/sample/random';
import { METRIC_KEYS, type MetricKey } from '../metric-defs';

export const SAMPLE_FORMAT = 'shop-pulse-page-sample';

export type SampleReport = {
  format: typeof SAMPLE_FORMAT;
  version: 1;
  /** The extension version that wrote it. */
  extension: string;
  url: string;
  /** What Shop Pulse reads in the sample (a maintainer sees the miss at once). */
  read: Pick<PageReading, 'page' | 'region' | 'currency' | 'period' | 'metrics' | 'missing'>;
  /** What it read on the live page: which metrics only. */
  livePage: { metrics: MetricKey[]; missing: MetricKey[] };
  removed: PageSample['counts'];
};

const keysOf = (metrics: PageReading['metrics']): MetricKey[] => METRIC_KEYS.filter((k) => Object.hasOwn(metrics, k));

export function sampleReport(sample: PageSample, copy: PageReading, live: Pick<PageReading, 'metrics' | 'missing'>, extension: string): SampleReport {
  const { page, region, currency, period, metrics, missing } = copy;
  return {
    format: SAMPLE_FORMAT,
    version: 1,
    extension,
    url: sample.url,
    read: { page, region, currency, period, metrics, missing },
    livePage: { metrics: keysOf(live.metrics), missing: [...live.missing] },
    removed: sample.counts,
  };
}

/** `shop-pulse-sample-shop-score-3f9a2c.html` / `.json`: the page kind and a short hash of the copy. */
export function sampleFileNames(sample: PageSample, page: PageReading['page']): { html: string; json: string } {
  const base = `shop-pulse-sample-${page}-${hashText(sample.html).toString(16).padStart(8, '0').slice(0, 6)}`;
  return { html: `${base}.html`, json: `${base}.json` };
}

/** Does the copy read the same metric keys as the live page? The list the live page read, else null. */
export function differingKeys(copy: PageReading, live: Pick<PageReading, 'metrics'>): MetricKey[] | null {
  const a = keysOf(copy.metrics).join();
  const b = keysOf(live.metrics);
  return a === b.join() ? null : b;
}
