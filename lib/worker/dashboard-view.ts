/**
 * The all-shops dashboard in one reply: every shop's newest figures, worst warning and programs
 * at risk from its last check (the worker checks each shop after every reading it stores, so
 * this is one stored record per shop; a shop never checked is read and assessed now), worst
 * first, and the partner totals.
 */
import type { History, ShopRecord } from '../history';
import { latestFigures } from '../dashboard/figures';
import { worstFirst, type DashboardRow } from '../dashboard/row';
import { partnerTotals, type PartnerTotals } from '../dashboard/totals';
import type { Prefs } from '../prefs/schema';
import { assessReadings, readingsForRules } from './assess-shop';
import { summaryOf, type CheckSummary, type ShopCheckState } from './checks';
import type { KeyValue } from './kv';

export type DashboardView = { rows: DashboardRow[]; totals: PartnerTotals };

async function summaryFor(history: History, state: ShopCheckState | undefined, shop: ShopRecord, prefs: Prefs, now: string, sellers: number): Promise<CheckSummary & { worst: ShopCheckState['worst'] }> {
  if (state?.summary?.figures) return { ...state.summary, worst: state.worst };
  const readings = await readingsForRules(history, shop, prefs, now);
  const summary = summaryOf(assessReadings(shop, readings, prefs, now, { sellers }), latestFigures(readings), now);
  return { ...summary, worst: summary.warnings[0]?.severity ?? 'none' };
}

export async function dashboardView(history: History, kv: KeyValue, prefs: Prefs, now: string): Promise<DashboardView> {
  // Both reads at once: the shops from the history, every shop's last check from storage.
  const [shops, states] = await Promise.all([history.shops(), kv.getPrefix<ShopCheckState>('check:')]);
  const summaries = await Promise.all(shops.map((s) => summaryFor(history, states[`check:${s.key}`], s, prefs, now, shops.length)));
  const rows = shops.map((shop, i): DashboardRow => {
    const s = summaries[i]!;
    return {
      shop,
      figures: s.figures,
      gmvPeriod: s.gmvPeriod,
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
