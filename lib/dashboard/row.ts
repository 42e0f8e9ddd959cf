/**
 * One line of the all-shops dashboard, and the order it is shown in: worst first. Pure data,
 * built by the worker (lib/worker/dashboard-view.ts) and drawn by components/dashboard.
 */
import type { ShopRecord } from '../history';
import type { MetricKey, Period } from '../metrics';
import type { Warning } from '../rules';
import type { BadgeSeverity } from '../ui/severity';

/** The figures the table shows, each the newest the shop has shown. */
export const DASHBOARD_METRICS: readonly MetricKey[] = ['sps', 'ordersLast90Days', 'ahr', 'violationPoints', 'gmv'];

export type DashboardRow = {
  shop: ShopRecord;
  /** Newest value of each DASHBOARD_METRICS metric the shop has shown (null = shown without a value). */
  figures: Partial<Record<MetricKey, number | null>>;
  /** The days the latest GMV covers. */
  gmvPeriod: Period | null;
  worst: BadgeSeverity;
  /** The shop's most serious warning, or null. */
  warning: Warning | null;
  warningCount: number;
  atRisk: Array<{ id: string; name: string; status: 'at-risk' | 'ineligible' }>;
  /** When a page last showed this shop. */
  lastRead: string;
};

const SEVERITY_RANK: Record<BadgeSeverity, number> = { critical: 3, warning: 2, info: 1, none: 0 };

/** How bad a row is, as a tuple compared left to right (bigger = worse). */
function badness(r: DashboardRow): number[] {
  const sps = r.figures.sps;
  return [
    SEVERITY_RANK[r.worst],
    r.warningCount,
    r.atRisk.length,
    // A lower score is worse; no score yet sits below every score but above a shop never scored.
    typeof sps === 'number' ? 5 - sps : sps === null ? 0.5 : 0,
  ];
}

/** Worst first; equals by name, so the order is stable between visits. */
export function worstFirst(rows: readonly DashboardRow[]): DashboardRow[] {
  const keyed = rows.map((r) => ({ r, b: badness(r), name: (r.shop.name ?? r.shop.shopId ?? r.shop.key).toLowerCase() }));
  keyed.sort((x, y) => {
    for (let i = 0; i < x.b.length; i++) if (x.b[i] !== y.b[i]) return y.b[i]! - x.b[i]!;
    return x.name < y.name ? -1 : x.name > y.name ? 1 : 0;
  });
  return keyed.map((k) => k.r);
}

export type DashboardFilter = { query: string; market: string | null; attention: boolean };
export const NO_FILTER: DashboardFilter = { query: '', market: null, attention: false };

/** Needs attention: a warning that is more than information, or a program at risk. */
export function needsAttention(r: DashboardRow): boolean {
  return SEVERITY_RANK[r.worst] >= SEVERITY_RANK.warning || r.atRisk.length > 0;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

export function filterRows(rows: readonly DashboardRow[], f: DashboardFilter): DashboardRow[] {
  const q = fold(f.query.trim());
  return rows.filter(
    (r) =>
      (f.market === null || r.shop.region === f.market) &&
      (!f.attention || needsAttention(r)) &&
      (q === '' || fold(r.shop.name ?? '').includes(q) || (r.shop.shopId ?? '').includes(q)),
  );
}

/** The markets present, sorted, for the market filter. */
export function marketsOf(rows: readonly DashboardRow[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.shop.region ? [r.shop.region] : [])))].sort();
}
