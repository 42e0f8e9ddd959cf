/** What the popup, overlay and options page ask for: views, preferences, export/import. */
import type { Routes } from '../messaging/handler';
import { shopCharts } from './charts';
import type { WorkerDeps } from './deps';
import { dashboardView } from './dashboard-view';
import { PAGE_DATA_CHECKS_KEY } from './page-data-checks';
import { popupView } from './popup-view';
import { overlayStatus, shopList, shopStatus } from './status';

type DataRoutes = Omit<Routes, 'reading/captured' | 'page/unreadable' | 'reading/manual' | 'sample/open' | 'reading/backfill' | 'page-data/checks'>;

export function dataRoutes(deps: WorkerDeps): DataRoutes {
  const history = () => deps.history.get();
  const now = () => deps.now().toISOString();
  return {
    async 'shops/list'() {
      return shopList(await history(), deps.kv);
    },
    async 'popup/view'({ preferredShopKey }) {
      const prefs = deps.prefs.load();
      prefs.catch(() => undefined); // awaited by popupView; not "unhandled" if the history fails to open first
      return popupView(await history(), deps.kv, preferredShopKey, prefs, now());
    },
    async 'shop/status'({ shopKey }) {
      return shopStatus(await history(), deps.kv, shopKey, await deps.prefs.load(), now());
    },
    async 'shop/charts'({ shopKey }) {
      return shopCharts(await history(), shopKey, now());
    },
    async 'dashboard/view'() {
      return dashboardView(await history(), deps.kv, await deps.prefs.load(), now());
    },
    async 'overlay/status'({ shop }) {
      return overlayStatus(await history(), shop, await deps.prefs.load(), now());
    },
    async 'prefs/get'() {
      return deps.prefs.load();
    },
    async 'prefs/set'({ change }) {
      const saved = await deps.prefs.save(change);
      await deps.afterChange?.();
      return saved;
    },
    async 'history/stats'() {
      return (await history()).stats();
    },
    async 'history/export'({ format }) {
      const h = await history();
      const stamp = now().slice(0, 10);
      return format === 'json'
        ? { filename: `shop-pulse-history-${stamp}.json`, mime: 'application/json', text: JSON.stringify(await h.exportJson(now()), null, 1) }
        : { filename: `shop-pulse-history-${stamp}.csv`, mime: 'text/csv', text: await h.exportCsv() };
    },
    async 'history/import'({ text, dryRun }) {
      const h = await history();
      if (dryRun) return h.previewImport(text);
      const result = await h.importFile(text);
      if (result.ok) await deps.afterChange?.();
      return result;
    },
    async 'history/clear'() {
      await (await history()).clear();
      // Everything that names a shop goes: "could not read" reports and each shop's notification memory.
      await deps.kv.remove('unreadable');
      await deps.kv.remove(PAGE_DATA_CHECKS_KEY);
      await deps.kv.removePrefix('check:');
      await deps.afterChange?.();
      return { cleared: true };
    },
  };
}
