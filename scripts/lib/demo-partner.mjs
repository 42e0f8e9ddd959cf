// The demo Partner Center: one shop-analysis page listing eight shops in eight markets,
// served at the real host, so the all-shops dashboard has a portfolio to show.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const PARTNER_ORIGIN = 'https://partner.tiktokshop.com';
export const PARTNER_PATH = '/compass/shop-analysis';

/** HTML for a demo Partner Center URL, or null when the demo has no such page. */
export function partnerPage(url) {
  return url.pathname === PARTNER_PATH ? readFileSync(resolve('demo/site/partner/shop-analysis.html'), 'utf8') : null;
}
