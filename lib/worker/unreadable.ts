/**
 * "Could not read this page" reports, per shop, until a reading of the same page
 * kind succeeds. Kept in storage so the popup shows them after a worker restart.
 */
import type { MetricKey, PageKind } from '../metrics';
import type { KeyValue } from './kv';

export type UnreadableReport = { shopKey: string; page: PageKind; path: string; missing: MetricKey[]; at: string };

const KEY = 'unreadable';
const MAX_REPORTS = 50;

export async function listUnreadable(kv: KeyValue): Promise<UnreadableReport[]> {
  return (await kv.get<UnreadableReport[]>(KEY)) ?? [];
}

export async function noteUnreadable(kv: KeyValue, report: UnreadableReport): Promise<void> {
  const others = (await listUnreadable(kv)).filter((r) => !(r.shopKey === report.shopKey && r.page === report.page));
  await kv.set(KEY, [report, ...others].slice(0, MAX_REPORTS));
}

export async function clearUnreadable(kv: KeyValue, shopKey: string, page?: PageKind): Promise<void> {
  const all = await listUnreadable(kv);
  const kept = all.filter((r) => !(r.shopKey === shopKey && (page === undefined || r.page === page)));
  if (kept.length !== all.length) await kv.set(KEY, kept);
}
