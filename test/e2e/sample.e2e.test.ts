// "When a page is not read", on the built extension: a demo Shop Performance page whose
// SPS the reader misses (the label is worded in a way it does not know, the page plainly
// shows 3.71). The panel says so and stays clear of the page's chat button; its "Save a
// page sample" opens the sample page, whose button downloads the scrubbed page and its
// JSON; no planted name, contact or id survives; and the sample, served as a page, reads
// the same metric keys as the page it came from.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORIGIN, DEMO_QUERY, demoPage } from '../../scripts/lib/demo-site.mjs';
import { launch, storedRecords, waitFor, type ExtensionBrowser } from './harness';

const PATH = '/health-center/experience-score';
const SAMPLE_SHOP = '7400000000000000777';
const CANARIES = ['Quillon', 'Vexbury', 'vexmail', '013-2747', '5771234567890123456', '7495012345678901234', 'Demo Outdoor'];

/** The demo's Shop Performance page with an SPS label the reader does not know, a chat button and private data. */
function missedPage(url: URL): string | null {
  const html = demoPage(url);
  if (!html) return null;
  return html
    .replace('<div class="_t_2lm9x_4">Shop Performance Score</div>', '<div class="_t_2lm9x_4">Merchant vitality index</div>')
    .replace('style="font-size:40px">3.62<', 'style="font-size:40px">3.71<')
    .replace(
      '</main>',
      '<div class="_contact_4kq1_2">Questions? Quillon Vexbury (quillon.vexbury@vexmail.com, +1 (555) 013-2747) about order 5771234567890123456.</div></main>' +
        '<button class="_chat_9f2a_1" style="position:fixed;right:24px;bottom:24px;width:210px;height:48px;z-index:10">Chat with Seller Support</button>',
    );
}

type Row = { page: string; shop: { shopId: string | null }; metrics: Record<string, number | null> };

describe('a page sample, end to end', () => {
  let browser: ExtensionBrowser;
  let sampleHtml: string | null = null;

  beforeAll(async () => {
    browser = await launch();
    await browser.context.route(`${DEMO_ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      const served = url.searchParams.get('shop_id') === SAMPLE_SHOP ? sampleHtml : route.request().resourceType() === 'document' ? missedPage(url) : null;
      if (served === null) await route.fulfill({ status: 404, body: 'not found' });
      else await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: served });
    });
  });
  afterAll(async () => browser?.close());

  const readingOf = (shopId: string) =>
    waitFor(async () => (await storedRecords<Row>(browser, 'readings')).find((r) => r.shop.shopId === shopId && r.page === 'shop-score') ?? null, { timeoutMs: 30_000 });

  const panelText = (tab: Page) => tab.locator('shop-pulse-overlay').evaluate((h) => h.shadowRoot?.textContent ?? '');

  it('says on the page what it missed, keeps clear of the chat button, and downloads a scrubbed sample and its JSON', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${DEMO_ORIGIN}${PATH}${DEMO_QUERY}`);
    await waitFor(async () => (await panelText(tab)).includes('could not read it'));
    const text = await panelText(tab);
    expect(text).toContain('This page shows your Shop Performance Score, but Shop Pulse could not read it.');
    expect(text).not.toContain('All clear');

    // The panel sits above Seller Center's chat button, not on it.
    await tab.waitForTimeout(600);
    const panel = await tab.locator('shop-pulse-overlay').boundingBox();
    const chat = await tab.locator('._chat_9f2a_1').boundingBox();
    expect(panel && chat && panel.y + panel.height <= chat.y).toBe(true);

    const opened = browser.context.waitForEvent('page');
    await tab.locator('shop-pulse-overlay').getByRole('button', { name: 'Save a page sample' }).click();
    const samplePage = await opened;
    await samplePage.waitForLoadState();
    expect(samplePage.url()).toMatch(new RegExp(`^chrome-extension://${browser.extensionId}/sample\\.html\\?tab=\\d+$`));
    await samplePage.locator('iframe.preview').waitFor();
    await expect(samplePage.locator('.removed').textContent()).resolves.toContain('E-mail addresses: 1');

    const downloads: Download[] = [];
    samplePage.on('download', (d) => downloads.push(d));
    await samplePage.getByRole('button', { name: 'Download the sample', exact: true }).click();
    await waitFor(async () => downloads.length >= 2);
    const dir = mkdtempSync(join(tmpdir(), 'shop-pulse-sample-'));
    const saved = await Promise.all(
      downloads.map(async (d) => {
        const path = join(dir, d.suggestedFilename());
        await d.saveAs(path);
        return { name: d.suggestedFilename(), text: readFileSync(path, 'utf8') };
      }),
    );
    const html = saved.find((f) => f.name.endsWith('.html'))!;
    const json = saved.find((f) => f.name.endsWith('.json'))!;
    expect(html.name).toMatch(/^shop-pulse-sample-shop-score-[0-9a-f]{6}\.html$/);
    expect(json.name).toBe(html.name.replace(/\.html$/, '.json'));
    for (const canary of CANARIES) {
      expect(html.text).not.toContain(canary);
      expect(json.text).not.toContain(canary);
    }
    expect(html.text).not.toContain('3.71');
    expect(html.text).toContain('Merchant vitality index'); // the label the reader should learn
    const report = JSON.parse(json.text) as { read: { missing: string[] }; livePage: { metrics: string[]; missing: string[] } };
    expect(report.read.missing).toEqual(['sps']);
    expect(report.livePage.missing).toEqual(['sps']);
    sampleHtml = html.text;
    await samplePage.close();
    await tab.close();
  });

  it('reads the same metric keys in the sample, served as a page, as on the page it came from', async () => {
    expect(sampleHtml).not.toBeNull();
    const original = await readingOf('7495012345678901234');
    const tab = await browser.context.newPage();
    await tab.goto(`${DEMO_ORIGIN}${PATH}?shop_region=US&shop_id=${SAMPLE_SHOP}`);
    const fromSample = await readingOf(SAMPLE_SHOP);
    expect(Object.keys(fromSample.metrics).sort()).toEqual(Object.keys(original.metrics).sort());
    expect(fromSample.metrics).not.toEqual(original.metrics);
    await tab.close();
  });

  it('moves the panel to the corner it is dragged to, and keeps it there on this host', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${DEMO_ORIGIN}${PATH}${DEMO_QUERY}`);
    const host = tab.locator('shop-pulse-overlay');
    await waitFor(async () => (await panelText(tab)).includes('Shop Pulse'));
    const line = host.locator('button.line');
    const box = (await line.boundingBox())!;
    await tab.mouse.move(box.x + 20, box.y + box.height / 2);
    await tab.mouse.down();
    await tab.mouse.move(400, 300, { steps: 8 });
    await tab.mouse.move(120, 120, { steps: 8 });
    await tab.mouse.up();
    await waitFor(async () => ((await host.boundingBox())?.y ?? 999) < 100);
    const expandedBefore = await line.getAttribute('aria-expanded');
    await tab.reload();
    await waitFor(async () => (await panelText(tab)).includes('Shop Pulse'));
    await waitFor(async () => ((await host.boundingBox())?.y ?? 999) < 100);
    const after = (await host.boundingBox())!;
    expect(after.x).toBeLessThan(100);
    // The drop did not also fold or unfold the panel.
    expect(await host.locator('button.line').getAttribute('aria-expanded')).toBe(expandedBefore);
    await tab.close();
  });

  it('starts as a pill on a narrow window', async () => {
    const tab = await browser.context.newPage();
    await tab.setViewportSize({ width: 600, height: 800 });
    await tab.goto(`${DEMO_ORIGIN}${PATH}${DEMO_QUERY}`);
    await waitFor(async () => (await panelText(tab)).includes('Shop Pulse'));
    await expect(tab.locator('shop-pulse-overlay .panel').getAttribute('class')).resolves.toContain('pill');
    await tab.close();
  });
});
