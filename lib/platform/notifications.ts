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

/** Registered synchronously at start-up: clicks may wake the worker. */
export function listenForNotificationClicks(findShop: (key: string) => Promise<Shop | undefined>): void {
  browser.notifications.onClicked.addListener((id) => {
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
