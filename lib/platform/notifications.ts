/** Desktop notifications for warnings; a click opens the Seller Center page of the metric. */
import { browser } from 'wxt/browser';
import type { ShopRecord as Shop } from '../history';
import type { Translate } from '../i18n';
import { metricPageUrl, notificationId, parseNotificationId } from '../notify/target';
import type { Warning } from '../rules';
import { shopTitle } from '../ui/shop-title';
import { warningText } from '../ui/warning-text';

export async function showWarningNotification(shop: Shop, warning: Warning, t: Translate, locale: string, now: Date): Promise<void> {
  const id = notificationId(shop.key, warning.code, warning.metric, now.toISOString().slice(0, 10));
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('notification.title', { shop: shopTitle(shop, t) }),
    message: warningText(warning, t, locale, shop.currency),
    priority: warning.severity === 'critical' ? 2 : 1,
  });
}

/** Shops named in one notification; the rest are counted. */
const MANY_NAMED = 4;
const MANY_PREFIX = 'shop-pulse-many|';

/** Several shops crossed something in one check: one notification naming them; a click opens the dashboard. */
export async function showManyNotification(due: Array<{ shop: Shop; warning: Warning }>, t: Translate, locale: string, now: Date): Promise<void> {
  const lines = due.slice(0, MANY_NAMED).map(({ shop, warning }) => `${shopTitle(shop, t)}: ${warningText(warning, t, locale, shop.currency)}`);
  if (due.length > MANY_NAMED) lines.push(t('notification.many.more', { count: due.length - MANY_NAMED }));
  await browser.notifications.create(`${MANY_PREFIX}${now.toISOString()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('notification.many.title', { count: due.length }),
    message: lines.join('\n'),
    priority: due.some((d) => d.warning.severity === 'critical') ? 2 : 1,
  });
}

/** Registered synchronously at start-up: clicks may wake the worker. */
export function listenForNotificationClicks(findShop: (key: string) => Promise<Shop | undefined>): void {
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith(MANY_PREFIX)) {
      void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }).then(() => browser.notifications.clear(id));
      return;
    }
    const parsed = parseNotificationId(id);
    if (!parsed) return;
    void (async () => {
      const shop = await findShop(parsed.shopKey);
      const metric = parsed.metric as Warning['metric'];
      await browser.tabs.create({ url: metricPageUrl(metric, shop ?? { region: null, shopId: null }) });
      await browser.notifications.clear(id);
    })();
  });
}
