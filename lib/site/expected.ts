/**
 * What each page kind should show, as data. `missing` = these minus what was read
 * (a metric read as `null` was shown, so it is not missing).
 */
import type { MetricKey, PageKind } from '../metrics';

export const EXPECTED: Readonly<Record<PageKind, readonly MetricKey[]>> = {
  home: ['gmv', 'orders'],
  analytics: ['gmv', 'orders'],
  'shop-score': ['sps', 'negativeReviewRate', 'returnRefundRate', 'sellerCancellationRate', 'onTimeDeliveryRate'],
  'account-health': [], // region-dependent: see HEALTH_SCORE_BY_REGION
  partner: ['gmv'],
  unknown: [],
};

/** US and UK rate account health 0–1000; Southeast Asia counts violation points. */
const HEALTH_SCORE_BY_REGION: Readonly<Record<string, MetricKey>> = {
  US: 'ahr',
  GB: 'ahr',
  MY: 'violationPoints',
  PH: 'violationPoints',
  SG: 'violationPoints',
  VN: 'violationPoints',
  ID: 'violationPoints',
  TH: 'violationPoints',
};

/** The health score a region's pages show, or null where that is not known. */
export function healthKeyOf(region: string | null): MetricKey | null {
  return (region && HEALTH_SCORE_BY_REGION[region]) || null;
}

export function expectedMetrics(page: PageKind, region: string | null): MetricKey[] {
  if (page !== 'account-health') return [...EXPECTED[page]];
  const score = region ? HEALTH_SCORE_BY_REGION[region] : undefined;
  return score ? [score] : ['ahr', 'violationPoints'];
}

/** Expected metrics not present in `metrics`; for an unknown-region health page either score will do. */
export function missingMetrics(
  page: PageKind,
  region: string | null,
  metrics: Partial<Record<MetricKey, number | null>>,
): MetricKey[] {
  const expected = expectedMetrics(page, region);
  const has = (k: MetricKey) => Object.hasOwn(metrics, k);
  if (page === 'account-health' && expected.length > 1 && expected.some(has)) return [];
  return expected.filter((k) => !has(k));
}
