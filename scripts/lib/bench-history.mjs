// A large synthetic history in the export format: `shops` shops × `days` days, ~7 readings
// a shop a day (score page, account health, analytics at different hours) ≈ 50,000 readings
// for 10 shops over two years. Deterministic for a given `now`.
const DAY_MS = 86_400_000;

export function benchHistory({ now = new Date(), shops = 10, days = 730, perDay = 7 } = {}) {
  const readings = [];
  const shopRows = [];
  for (let s = 0; s < shops; s++) {
    const shopId = String(7495012345678900000n + BigInt(s));
    const shop = { key: `US:${shopId}`, region: 'US', shopId };
    let count = 0;
    for (let d = days; d >= 1; d--) {
      const dayStart = now.getTime() - d * DAY_MS;
      const day = new Date(dayStart).toISOString().slice(0, 10);
      for (let k = 0; k < perDay; k++) {
        const at = new Date(dayStart + (8 + k * 2) * 3_600_000 + s * 60_000).toISOString();
        const f = (days - d) / days;
        const kind = k % 3;
        const base = { shop, capturedAt: at, currency: null, period: null, source: 'import' };
        if (kind === 0) {
          const sps = Math.round((4.3 - f * 0.7 + Math.sin(d * 1.7 + s + k) * 0.05) * 100) / 100;
          readings.push({ ...base, page: 'shop-score', path: '/health-center/experience-score', metrics: { sps, ordersLast90Days: 40 + ((d + k + s) % 30) } });
        } else if (kind === 1) {
          readings.push({ ...base, page: 'account-health', path: '/health-center', metrics: { ahr: 150 + ((d * 7 + k + s) % 60), violationPoints: (d + s) % 5 } });
        } else {
          readings.push({
            ...base,
            page: 'analytics',
            path: '/compass/data-overview',
            currency: 'USD',
            period: { start: day, end: day },
            metrics: { gmv: 3000 + ((d * 13 + k * 7 + s * 3) % 2000), orders: 60 + ((d + k) % 40), gmvLive: 500 + (d % 300), gmvVideo: 600 + (k * 40), gmvProductCard: 1800 + (s * 10) },
          });
        }
        count++;
      }
    }
    const times = readings.slice(-count).map((r) => r.capturedAt);
    shopRows.push({ ...shop, name: `Bench shop ${s + 1}`, currency: 'USD', firstSeen: times[0], lastSeen: times.at(-1), readingCount: count });
  }
  return { format: 'shop-pulse-history', version: 1, exportedAt: now.toISOString(), shops: shopRows, readings };
}
