// The bundled demo Seller Center: a few realistic pages served at the real host,
// so anyone without a seller account sees Shop Pulse work.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { localDay, sellerCenterDate } from './demo-dates.mjs';

export const DEMO_ORIGIN = 'https://seller-us.tiktok.com';
export const DEMO_QUERY = '?shop_region=US&shop_id=7495012345678901234';

/** Path → [page file, title]. */
export const DEMO_PAGES = {
  '/homepage': ['homepage', 'Home'],
  '/compass/data-overview': ['data-overview', 'Data Compass'],
  '/health-center/experience-score': ['experience-score', 'Shop Performance'],
  '/health-center': ['health-center', 'Account Health'],
};

const SITE = resolve('demo/site');

/**
 * HTML for a demo URL, or null when the demo has no such page. Dates in the pages are
 * written `{{day:-6}}` (six days before `now`) and come out as Seller Center shows them,
 * "Nov 16, 2026", so the demo is always current.
 * @param {URL} url
 * @param {Date} [now]
 */
export function demoPage(url, now = new Date()) {
  const entry = DEMO_PAGES[url.pathname];
  if (!entry) return null;
  const [file, title] = entry;
  const layout = readFileSync(`${SITE}/layout.html`, 'utf8');
  const content = readFileSync(`${SITE}/pages/${file}.html`, 'utf8');
  const current = `href="${url.pathname}${DEMO_QUERY}"`;
  return layout
    .replace('{{title}}', title)
    .replace('{{content}}', content)
    .replace(current, `${current} aria-current="page"`)
    .replace(/\{\{day:(-?\d+)\}\}/g, (_, days) => sellerCenterDate(localDay(now, Number(days))));
}
