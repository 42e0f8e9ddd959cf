/**
 * After each stored reading (or each list page's rows) and on the periodic alarm: assess
 * shops, raise the notifications the decision rules allow, and set the badge to the worst
 * severity. Several shops crossing something in one check make one notification that names
 * them, not one each. All side effects come in through `deps`, so this is tested with fakes.
 */
import type { History, ShopRecord as Shop } from '../history';
import { decideNotifications, EMPTY_MEMORY, type NotifyMemory } from '../notify/decide';
import type { Prefs } from '../prefs/schema';
import type { Assessment, Warning } from '../rules';
import { sortWarnings } from '../ui/cards';
import { worstOf, type BadgeSeverity } from '../ui/severity';
import { latestFigures, type Figures } from '../dashboard/figures';
import { assessReadings, readingsForRules } from './assess-shop';

/** What the dashboard shows of a shop's last check, without reading or assessing it again. */
export type CheckSummary = Figures & {
  /** The shop's worst warning (at most one), without its English sentences (the UI words it from code and params). */
  warnings: Warning[];
  warningCount: number;
  /** Programs at risk or lost ('at-risk' / 'ineligible' while they apply). */
  atRisk: Array<{ id: string; name: string; status: 'at-risk' | 'ineligible' }>;
  at: string;
};

export type ShopCheckState = { notify: NotifyMemory; worst: BadgeSeverity; summary?: CheckSummary };

export type Due = { shop: Shop; warning: Warning };

export type CheckDeps = {
  history: { get(): Promise<History> };
  now: () => Date;
  loadPrefs: () => Promise<Prefs>;
  state: { get(shopKey: string): Promise<ShopCheckState | null>; set(shopKey: string, s: ShopCheckState): Promise<void> };
  notify: (shop: Shop, warning: Warning, prefs: Prefs) => Promise<void>;
  /** One notification for several shops (each with its most serious new warning). */
  notifyMany?: (due: Due[], prefs: Prefs) => Promise<void>;
  badge: (worst: BadgeSeverity) => Promise<void>;
};

export function summaryOf(assessment: Assessment, figures: Figures, at: string): CheckSummary {
  const warnings = sortWarnings(assessment.warnings);
  const atRisk = assessment.programs.flatMap((p) =>
    p.applicable !== false && (p.status === 'at-risk' || p.status === 'ineligible') ? [{ id: p.id, name: p.name ?? p.id, status: p.status }] : [],
  );
  // Stored for every shop and sent for all at once: the sentence is built from code and params.
  const top = warnings.slice(0, 1).map(({ advice: _a, message: _m, readAt: _r, ...w }) => w);
  return { ...figures, warnings: top, warningCount: warnings.length, atRisk, at };
}

async function checkShop(deps: CheckDeps, shop: Shop, prefs: Prefs, now: Date, sellers: number): Promise<{ state: ShopCheckState; due: Warning[] }> {
  const history = await deps.history.get();
  const readings = await readingsForRules(history, shop, prefs, now.toISOString());
  const assessment: Assessment = assessReadings(shop, readings, prefs, now.toISOString(), { sellers });
  const before = (await deps.state.get(shop.key)) ?? { notify: EMPTY_MEMORY, worst: 'none' };
  const decision = decideNotifications(assessment.warnings, before.notify, prefs.notifications, now, now.getHours());
  const due = decision.notify.flatMap((w) => assessment.warnings.find((x) => x.code === w.code) ?? []);
  const state: ShopCheckState = {
    notify: decision.memory,
    worst: worstOf(assessment.warnings.map((w) => w.severity)),
    summary: summaryOf(assessment, latestFigures(readings), now.toISOString()),
  };
  await deps.state.set(shop.key, state);
  return { state, due };
}

/** One shop's news as before (a notification per warning); several shops' in one summary. */
async function announce(deps: CheckDeps, due: Array<{ shop: Shop; warnings: Warning[] }>, prefs: Prefs): Promise<void> {
  const shops = due.filter((d) => d.warnings.length > 0);
  if (shops.length > 1 && deps.notifyMany) {
    await deps.notifyMany(shops.map((d) => ({ shop: d.shop, warning: sortWarnings(d.warnings)[0]! })), prefs);
    return;
  }
  for (const d of shops) for (const w of d.warnings) await deps.notify(d.shop, w, prefs);
}

/** Checks one shop (after a reading), several (a list page) or all (alarm), then refreshes the badge from every shop's state. */
export async function runChecks(deps: CheckDeps, only?: string | readonly string[]): Promise<void> {
  const now = deps.now();
  const prefs = await deps.loadPrefs();
  const shops = await (await deps.history.get()).shops();
  const wanted = only === undefined ? null : new Set(typeof only === 'string' ? [only] : only);
  const worst: BadgeSeverity[] = [];
  const due: Array<{ shop: Shop; warnings: Warning[] }> = [];
  for (const shop of shops) {
    if (wanted === null || wanted.has(shop.key)) {
      const checked = await checkShop(deps, shop, prefs, now, shops.length);
      worst.push(checked.state.worst);
      due.push({ shop, warnings: checked.due });
    } else worst.push((await deps.state.get(shop.key))?.worst ?? 'none');
  }
  await announce(deps, due, prefs);
  await deps.badge(worstOf(worst));
}
