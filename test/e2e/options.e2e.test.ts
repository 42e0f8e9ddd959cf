// The options page on the built extension: Export downloads the history file, Clear
// all data empties the store, Import brings back exactly the same rows.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoHistory } from '../../scripts/lib/demo-history.mjs';
import { launch, storedRecords, waitFor, type ExtensionBrowser } from './harness';

type Row = { capturedAt: string; shopKey: string; page: string; metrics: Record<string, number | null> };
const comparable = (rows: Row[]) => rows.map((r) => JSON.stringify([r.shopKey, r.capturedAt, r.page, r.metrics])).sort();

describe('options page: export, clear, import', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch();
    await seedDemoHistory(browser.context, browser.extensionId);
  });
  afterAll(async () => browser?.close());

  it('exports, clears and imports back the same readings', async () => {
    const before = await storedRecords<Row>(browser, 'readings');
    expect(before.length).toBeGreaterThan(100);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export', exact: true }).click()]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number; readings: unknown[] };
    expect(exported).toMatchObject({ format: 'shop-pulse-history', version: 1 });
    expect(exported.readings).toHaveLength(before.length);

    await options.getByRole('button', { name: 'Clear all data' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await waitFor(async () => (await storedRecords<Row>(browser, 'readings')).length === 0);

    const chooser = options.waitForEvent('filechooser');
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(file);
    const confirm = options.getByRole('button', { name: `Import ${before.length} readings` });
    await confirm.click();
    const after = await waitFor(async () => {
      const rows = await storedRecords<Row>(browser, 'readings');
      return rows.length === before.length ? rows : null;
    });
    expect(comparable(after)).toEqual(comparable(before));

    // The same file again adds nothing.
    const again = options.waitForEvent('filechooser');
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await (await again).setFiles(file);
    await options.getByText('there is nothing to import').waitFor();
    expect(await storedRecords<Row>(browser, 'readings')).toHaveLength(before.length);
  });

  it('links to the privacy statement shipped inside the extension', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const link = options.getByRole('link', { name: 'Read the full privacy statement' });
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href).toBe(`chrome-extension://${browser.extensionId}/PRIVACY.md`);
    const text = await options.evaluate((url) => fetch(url).then((r) => r.text()), href);
    expect(text).toContain('sends nothing anywhere');
    await options.close();
  });

  it('refuses a corrupt file with a clear message and changes nothing', async () => {
    const before = await storedRecords<Row>(browser, 'readings');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const chooser = options.waitForEvent('filechooser');
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"shop-pulse-history","version":1,"readings":[{"oops":') });
    await expect(options.getByRole('alert').filter({ hasText: 'not valid JSON' }).textContent()).resolves.toContain('Nothing was imported');
    expect(await storedRecords<Row>(browser, 'readings')).toHaveLength(before.length);
  });
});
