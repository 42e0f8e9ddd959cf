/**
 * After each stored reading and on the periodic alarm: assess shops, raise the
 * notifications the decision rules allow, and set the badge to the worst severity.
 * All side effects come in through `deps`, so this is tested with fakes.
 */
import type { History, ShopRecord as Shop } from '../history';
import { decideNotifications, EMPTY_MEMORY, type NotifyMemory } from '../notify/decide';
import type { Prefs } from '../prefs/schema';
import type { Assessment, Warning } from '../rules';
import { worstOf, type BadgeSeverity } from '../ui/severity';
import { assessShop } from './assess-shop';

export type ShopCheckState = { notify: NotifyMemory; worst: BadgeSeverity };

export type CheckDeps = {
  history: { get(): Promise<History> };
  now: () => Date;
  loadPrefs: () => Promise<Prefs>;
  state: { get(shopKey: string): Promise<ShopCheckState | null>; set(shopKey: string, s: ShopCheckState): Promise<void> };
  notify: (shop: Shop, warning: Warning, prefs: Prefs) => Promise<void>;
  badge: (worst: BadgeSeverity) => Promise<void>;
};

async function checkShop(deps: CheckDeps, shop: Shop, prefs: Prefs, now: Date): Promise<ShopCheckState> {
  const history = await deps.history.get();
  const assessment: Assessment = await assessShop(history, shop, prefs, now.toISOString());
  const before = (await deps.state.get(shop.key)) ?? { notify: EMPTY_MEMORY, worst: 'none' };
  const decision = decideNotifications(assessment.warnings, before.notify, prefs.notifications, now, now.getHours());
  for (const w of decision.notify) {
    const full = assessment.warnings.find((x) => x.code === w.code);
    if (full) await deps.notify(shop, full, prefs);
  }
  const state = { notify: decision.memory, worst: worstOf(assessment.warnings.map((w) => w.severity)) };
  await deps.state.set(shop.key, state);
  return state;
}

/** Checks one shop (after a reading) or all (alarm), then refreshes the badge from every shop's state. */
export async function runChecks(deps: CheckDeps, onlyShopKey?: string): Promise<void> {
  const now = deps.now();
  const prefs = await deps.loadPrefs();
  const shops = await (await deps.history.get()).shops();
  const worst: BadgeSeverity[] = [];
  for (const shop of shops) {
    if (onlyShopKey === undefined || shop.key === onlyShopKey) worst.push((await checkShop(deps, shop, prefs, now)).worst);
    else worst.push((await deps.state.get(shop.key))?.worst ?? 'none');
  }
  await deps.badge(worstOf(worst));
}
