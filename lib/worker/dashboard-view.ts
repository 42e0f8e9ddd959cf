/**
 * The all-shops dashboard in one reply: every shop's newest figures (one transaction for all),
 * its worst warning and programs at risk from its last check (the worker checks each shop after
 * every reading; a shop never checked is assessed now), worst first, and the partner totals.
 */
import type { History, ShopRecord } from '../history';
import { DASHBOARD_METRICS, worstFirst, type DashboardRow } from '../dashboard/row';
import { partnerTotals, type PartnerTotals } from '../dashboard/totals';
import type { Prefs } from '../prefs/schema';
import { assessShop } from './assess-shop';
import { summaryOf, type CheckSummary, type ShopCheckState } from './checks';
import type { KeyValue } from './kv';

export type DashboardView = { rows: DashboardRow[]; totals: PartnerTotals };

async function summaryFor(history: History, kv: KeyValue, shop: ShopRecord, prefs: Prefs, now: string, sellers: number): Promise<CheckSummary & { worst: ShopCheckState['worst'] }> {
  const state = await kv.get<ShopCheckState>(`check:${shop.key}`);
  if (state?.summary) return { ...state.summary, worst: state.worst };
  const assessment = await assessShop(history, shop, prefs, now, { sellers });
  const summary = summaryOf(assessment, now);
  return { ...summary, worst: summary.warnings[0]?.severity ?? 'none' };
}

export async function dashboardView(history: History, kv: KeyValue, prefs: Prefs, now: string): Promise<DashboardView> {
  const shops = await history.shops();
  const [latest, summaries] = await Promise.all([
    history.latestMany(shops.map((s) => s.key), DASHBOARD_METRICS),
    Promise.all(shops.map((s) => summaryFor(history, kv, s, prefs, now, shops.length))),
  ]);
  const rows = shops.map((shop, i): DashboardRow => {
    const l = latest[shop.key];
    const s = summaries[i]!;
    const figures: DashboardRow['figures'] = {};
    for (const m of DASHBOARD_METRICS) if (l?.latest[m]) figures[m] = l.latest[m].value;
    return {
      shop,
      figures,
      gmvPeriod: l?.periods.gmv ?? null,
      worst: s.worst,
      warning: s.warnings[0] ?? null,
      warningCount: s.warningCount,
      atRisk: s.atRisk,
      lastRead: shop.lastSeen,
    };
  });
  const sorted = worstFirst(rows);
  return { rows: sorted, totals: partnerTotals(sorted) };
}
