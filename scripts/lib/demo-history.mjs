// A synthetic history in the export format (shared/DOMAIN.md contract 3): a US shop
// whose Shop Performance Score drifts down toward 3.5 over the past weeks. The demo
// imports it so the popup has charts and forecasts; E2E tests use it as seed data.
// It ends on the day the demo runs (its last readings are from earlier today).
import { isoDay, sinceMidnight } from './demo-dates.mjs';

/**
 * @param {{ now: Date, days?: number, shopId?: string, spsFrom?: number, spsTo?: number, ahrFrom?: number, ahrTo?: number }} opts
 */
export function demoHistory({ now, days = 45, shopId = '7495012345678901234', spsFrom = 4.1, spsTo = 3.66, ahrFrom = 200, ahrTo = 176 }) {
  const key = `US:${shopId}`;
  const shop = { key, region: 'US', shopId };
  const readings = [];
  // Each day's readings are taken at the same time of day, before `now` on its own day: at 9:00,
  // or earlier when the demo runs before then (a run at 00:20 still ends today, at 00:05).
  const elapsed = sinceMidnight(now);
  const base = Math.min(9 * 3_600_000, elapsed / 4);
  const step = Math.min(600_000, elapsed / 4);
  for (let i = days - 1; i >= 0; i--) {
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() - i); // local, across DST too
    const at = new Date(midnight.getTime() + base);
    const f = (days - 1 - i) / Math.max(1, days - 1);
    // A steady slide with a little day-to-day wobble, rounded like Seller Center shows it.
    const wobble = Math.sin(i * 1.7) * 0.03;
    const sps = Math.round((spsFrom + (spsTo - spsFrom) * f + wobble) * 100) / 100;
    const orders90 = Math.round(58 - 14 * f);
    readings.push({
      shop,
      capturedAt: at.toISOString(),
      page: 'shop-score',
      path: '/health-center/experience-score',
      period: null,
      currency: null,
      metrics: { sps, ordersLast90Days: orders90 },
      source: 'import',
    });
    if (i % 3 === 0) {
      readings.push({
        shop,
        capturedAt: new Date(at.getTime() + step).toISOString(),
        page: 'account-health',
        path: '/health-center',
        period: null,
        currency: null,
        metrics: { ahr: Math.round(ahrFrom + (ahrTo - ahrFrom) * f) },
        source: 'import',
      });
    }
    const day = isoDay(at);
    readings.push({
      shop,
      capturedAt: new Date(at.getTime() + 2 * step).toISOString(),
      page: 'analytics',
      path: '/compass/data-overview',
      period: { start: day, end: day },
      currency: 'USD',
      metrics: {
        gmv: Math.round((4200 + Math.sin(i / 4) * 700 + Math.sin(i * 1.3) * 150) * 100) / 100,
        orders: Math.round(85 + Math.sin(i) * 15),
        gmvLive: Math.round(900 + Math.sin(i / 2) * 200),
        gmvVideo: Math.round(800 + Math.cos(i) * 300),
        gmvProductCard: Math.round(2500 + Math.sin(i) * 400),
      },
      source: 'import',
    });
  }
  const times = readings.map((r) => r.capturedAt).sort();
  return {
    format: 'shop-pulse-history',
    version: 1,
    exportedAt: now.toISOString(),
    shops: [
      { ...shop, name: 'Demo Outdoor Co.', currency: 'USD', firstSeen: times[0], lastSeen: times[times.length - 1], readingCount: readings.length },
    ],
    readings,
  };
}

/**
 * Imports the demo history into the running extension, the way a user's Import does
 * (through the background, from an extension page).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 */
export async function seedDemoHistory(context, extensionId, now = new Date()) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const text = JSON.stringify(demoHistory({ now }));
  const reply = await page.evaluate((t) => chrome.runtime.sendMessage({ type: 'history/import', text: t, dryRun: false }), text);
  await page.close();
  if (!reply?.ok || !reply.data?.ok) throw new Error(`demo history import failed: ${JSON.stringify(reply)}`);
  return reply.data.counts;
}
