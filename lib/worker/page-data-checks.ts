/**
 * Where the label reader and the page's own data disagreed (issue 13): the data's value was
 * stored, and the difference is kept here for the options page, one entry per shop, page
 * kind and metric (the newest), so a reader mistake can be seen and reported.
 */
import type { MetricKey, PageKind } from '../metrics';
import type { KeyValue } from './kv';

export type PageDataCheck = {
  shopKey: string;
  page: PageKind;
  path: string;
  metric: MetricKey;
  /** What the labels showed (null: shown without a value). */
  label: number | null;
  /** What the page's data said, and what was stored. */
  data: number | null;
  at: string;
};

export const PAGE_DATA_CHECKS_KEY = 'page-data-checks';
const MAX_CHECKS = 50;

export async function listPageDataChecks(kv: KeyValue): Promise<PageDataCheck[]> {
  return (await kv.get<PageDataCheck[]>(PAGE_DATA_CHECKS_KEY)) ?? [];
}

export async function notePageDataChecks(kv: KeyValue, checks: PageDataCheck[]): Promise<void> {
  if (checks.length === 0) return;
  const same = (a: PageDataCheck, b: PageDataCheck) => a.shopKey === b.shopKey && a.page === b.page && a.metric === b.metric;
  const others = (await listPageDataChecks(kv)).filter((old) => !checks.some((c) => same(c, old)));
  await kv.set(PAGE_DATA_CHECKS_KEY, [...checks, ...others].slice(0, MAX_CHECKS));
}
