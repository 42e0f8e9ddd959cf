// The reader in the built extension: fixture pages served at real Seller Center URLs,
// read by the content script, stored by the background. Three ways a page arrives:
// with an open (declarative) shadow-root card, rendered late after a skeleton, and
// reached by in-app navigation (history.pushState, no reload).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serveSite, storedRecords, waitFor, type ExtensionBrowser } from './harness';

const ORIGIN = 'https://seller-us.tiktok.com';
const FIXTURES = join(__dirname, '../fixtures');
const html = (name: string) => readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
const expected = (name: string) =>
  (JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as { expected: { metrics: Record<string, number | null> } })
    .expected;
const mainOf = (page: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(page)?.[1] ?? '';

/** The skeleton page, whose <main> gets `content` after `delayMs` (optionally after a pushState to `pushTo`). */
function lateRendering(content: string, delayMs: number, pushTo?: string): string {
  const script = `<script>setTimeout(() => {
    ${pushTo ? `history.pushState({}, '', ${JSON.stringify(pushTo)});` : ''}
    document.querySelector('main').innerHTML = ${JSON.stringify(content).replace(/</g, '\\u003c')};
  }, ${delayMs});</script>`;
  return html('us-skeleton').replace('</body>', `${script}</body>`);
}

type Row = { page: string; path: string; shop: { shopId: string | null }; metrics: Record<string, number | null> };

describe('reader in the built extension', () => {
  let browser: ExtensionBrowser;
  const pages = new Map<string, string>();

  beforeAll(async () => {
    browser = await launch();
    pages.set('/homepage?shop_region=US&shop_id=7400000000000000001', html('us-home-shadow'));
    pages.set('/compass/data-overview?shop_region=US&shop_id=7400000000000000002', lateRendering(mainOf(html('us-data-overview')), 1500));
    pages.set(
      '/order?shop_region=US&shop_id=7400000000000000003',
      lateRendering(mainOf(html('us-shop-score-not-enough')), 1000, '/health-center/experience-score?shop_region=US&shop_id=7400000000000000003'),
    );
    await serveSite(browser.context, ORIGIN, (url) => pages.get(url.pathname + url.search) ?? null);
  });
  afterAll(async () => browser?.close());

  const readingOf = (shopId: string, page: string) =>
    waitFor(
      async () => {
        const rows = await storedRecords<Row>(browser, 'readings');
        return rows.find((r) => r.shop.shopId === shopId && r.page === page) ?? null;
      },
      { timeoutMs: 30_000 },
    );

  it('reads a card inside an open shadow root', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${ORIGIN}/homepage?shop_region=US&shop_id=7400000000000000001`);
    const row = await readingOf('7400000000000000001', 'home');
    expect(row.metrics).toEqual(expected('us-home-shadow').metrics);
    await tab.close();
  });

  it('waits for a page that renders its cards 1.5 s after a skeleton', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${ORIGIN}/compass/data-overview?shop_region=US&shop_id=7400000000000000002`);
    const row = await readingOf('7400000000000000002', 'analytics');
    expect(row.metrics).toEqual(expected('us-data-overview').metrics);
    await tab.close();
  });

  it('reads the page reached by in-app navigation (pushState, no reload)', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${ORIGIN}/order?shop_region=US&shop_id=7400000000000000003`);
    const row = await readingOf('7400000000000000003', 'shop-score');
    expect(row.path).toBe('/health-center/experience-score');
    expect(row.metrics).toEqual(expected('us-shop-score-not-enough').metrics);
    await tab.close();
  });
});
