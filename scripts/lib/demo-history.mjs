// A synthetic history in the export format (shared/DOMAIN.md contract 3): a US shop
// whose Shop Performance Score drifts down toward 3.5 over the past weeks. The demo
// imports it so the popup has charts and forecasts; E2E tests use it as seed data.

const DAY_MS = 86_400_000;

/**
 * @param {{ now: Date, days?: number, shopId?: string, spsFrom?: number, spsTo?: number, ahrFrom?: number, ahrTo?: number }} opts
 */
export function demoHistory({ now, days = 45, shopId = '7495012345678901234', spsFrom = 4.1, spsTo = 3.66, ahrFrom = 200, ahrTo = 176 }) {
  const key = `US:${shopId}`;
  const shop = { key, region: 'US', shopId };
  const readings = [];
  for (let i = days; i >= 1; i--) {
    const at = new Date(now.getTime() - i * DAY_MS + 9 * 3_600_000);
    const f = (days - i) / Math.max(1, days - 1);
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
        capturedAt: new Date(at.getTime() + 600_000).toISOString(),
        page: 'account-health',
        path: '/health-center',
        period: null,
        currency: null,
        metrics: { ahr: Math.round(ahrFrom + (ahrTo - ahrFrom) * f) },
        source: 'import',
      });
    }
    const day = at.toISOString().slice(0, 10);
    readings.push({
      shop,
      capturedAt: new Date(at.getTime() + 1_200_000).toISOString(),
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
