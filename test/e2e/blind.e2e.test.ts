// The blind fixtures (test/fixtures/blind: pages written from DOMAIN.md by writers who never
// saw the reader) through the built extension in Chromium: each served at its own Seller
// Center URL, read by the content script, stored by the background. What is stored must be
// exactly what the page shows. Each page gets a shop id of its own so readings never mix.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_MISSES } from '../unit/site/known-misses';
import { launch, serveSite, storedRecords, waitFor, type ExtensionBrowser } from './harness';

const DIR = join(__dirname, '../fixtures/blind');

type Fixture = { name: string; url: URL; html: string; metrics: Record<string, number | null>; missed: readonly string[] };

const withoutMissed = (metrics: Record<string, number | null>, missed: readonly string[]) =>
  Object.fromEntries(Object.entries(metrics).filter(([k]) => !missed.includes(k)));
type Row = { page: string; shop: { shopId: string | null }; metrics: Record<string, number | null> };

const fixtures: Fixture[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f, i) => {
    const { url, expected } = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { url: string; expected: { metrics: Record<string, number | null> } };
    const u = new URL(url);
    u.searchParams.set('shop_id', `E2E${String(i).padStart(4, '0')}`);
    const name = f.replace(/\.json$/, '');
    // What the reader is known to miss on a page (test/unit/site/known-misses.ts) is not compared here either.
    const missed = KNOWN_MISSES[`blind/${name}`]?.metrics ?? [];
    return { name, url: u, html: readFileSync(join(DIR, `${name}.html`), 'utf8'), metrics: withoutMissed(expected.metrics, missed), missed };
  })
  // A page that shows no metric of its own (a Partner Center list) stores nothing to compare.
  .filter((f) => Object.keys(f.metrics).length > 0);

describe('blind fixture pages through the built extension', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launch();
    const byOrigin = new Map<string, Fixture[]>();
    for (const f of fixtures) byOrigin.set(f.url.origin, [...(byOrigin.get(f.url.origin) ?? []), f]);
    for (const [origin, list] of byOrigin) {
      await serveSite(browser.context, origin, (url) => list.find((f) => f.url.pathname === url.pathname && f.url.search === url.search)?.html ?? null);
    }
  });
  afterAll(async () => browser?.close());

  it(`stores exactly what each of the ${fixtures.length} pages shows`, async () => {
    const BATCH = 6;
    for (let i = 0; i < fixtures.length; i += BATCH) {
      const batch = fixtures.slice(i, i + BATCH);
      const tabs = await Promise.all(batch.map(async (f) => {
        const tab = await browser.context.newPage();
        await tab.goto(f.url.href);
        return tab;
      }));
      for (const f of batch) {
        const id = f.url.searchParams.get('shop_id');
        const row = await waitFor(
          async () => (await storedRecords<Row>(browser, 'readings')).find((r) => r.shop.shopId === id) ?? null,
          { timeoutMs: 30_000 },
        );
        expect({ page: f.name, metrics: withoutMissed(row.metrics, f.missed) }).toEqual({ page: f.name, metrics: f.metrics });
      }
      await Promise.all(tabs.map((t) => t.close()));
    }
  }, 600_000);
});
