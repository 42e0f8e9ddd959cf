/**
 * Where a notification click takes the user: the Seller Center page that shows the
 * metric, on the shop's regional host, for that shop.
 */
import { REGIONAL_SELLER_HOSTS } from '../hosts';
import type { MetricKey } from '../metrics';

const PAGE_FOR_METRIC: Partial<Record<MetricKey, string>> = {
  sps: '/health-center/experience-score',
  ordersLast90Days: '/health-center/experience-score',
  ahr: '/health-center',
  violationPoints: '/health-center',
};
const DEFAULT_PAGE = '/compass/data-overview';

export function sellerCenterHost(region: string | null): string {
  const match = Object.entries(REGIONAL_SELLER_HOSTS).find(([host, r]) => r === region && host.endsWith('.tiktok.com'));
  return match?.[0] ?? 'seller.tiktokshopglobalselling.com';
}

export function metricPageUrl(metric: MetricKey, shop: { region: string | null; shopId: string | null }): string {
  const url = new URL(`https://${sellerCenterHost(shop.region)}${PAGE_FOR_METRIC[metric] ?? DEFAULT_PAGE}`);
  if (shop.region) url.searchParams.set('shop_region', shop.region);
  if (shop.shopId) url.searchParams.set('shop_id', shop.shopId);
  return url.toString();
}

/** Notification ids carry what the click needs, so nothing has to be remembered. */
export function notificationId(shopKey: string, code: string, metric: MetricKey, day: string): string {
  return ['shop-pulse', encodeURIComponent(shopKey), code, metric, day].join('|');
}

export function parseNotificationId(id: string): { shopKey: string; code: string; metric: string } | null {
  const [prefix, shopKey, code, metric] = id.split('|');
  if (prefix !== 'shop-pulse' || !shopKey || !code || !metric) return null;
  return { shopKey: decodeURIComponent(shopKey), code, metric };
}
