import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '../../../lib/history/import';
import { send } from '../../../lib/messaging/client';
import type { Message } from '../../../lib/messaging/protocol';
import { button, fakeBackground, mount, text, unmount, waitFor } from './harness';

vi.mock('../../../lib/messaging/client', () => ({ send: vi.fn() }));

const GOOD = JSON.stringify({ format: 'shop-pulse-history', version: 1, exportedAt: '2025-11-02T10:00:00.000Z', shops: [], readings: [] });

function previewOf(msg: Message): ImportPreview {
  if (msg.type !== 'history/import') throw new Error('not an import');
  if (msg.text !== GOOD) return { ok: false, reason: 'not-json', message: 'This file is not valid JSON', issues: [] };
  return { ok: true, counts: { readings: 12, duplicates: 3, shops: 1 }, exportedAt: '2025-11-02T10:00:00.000Z', message: '12 new readings' };
}

/** Hand a file to the hidden file input, as the browser does after the user picks one. */
function pick(root: HTMLElement, file: Pick<File, 'name' | 'size' | 'text'>) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const data = (root: HTMLElement) => root.querySelector<HTMLElement>('#data')!;

describe('options page: your data', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.mocked(send).mockReset();
  });
  afterEach(() => unmount(root));

  async function open(overrides = {}) {
    const bg = fakeBackground({}, { 'history/import': previewOf, 'history/clear': () => ({ cleared: true }), ...overrides });
    vi.mocked(send).mockImplementation(bg.handle as never);
    root = mount();
    await waitFor(() => expect(text(root)).toContain('42 readings from 2 shops'));
    return bg;
  }

  it('previews an import, imports only after confirmation, then refreshes the counts', async () => {
    const bg = await open();
    const clickInput = vi.fn();
    root.querySelector<HTMLInputElement>('input[type="file"]')!.click = clickInput;
    button(data(root), 'Import').click();
    expect(clickInput).toHaveBeenCalled();
    pick(root, new File([GOOD], 'backup.json', { type: 'application/json' }));
    await waitFor(() => expect(text(data(root))).toContain('“backup.json” (exported'));
    expect(text(data(root))).toContain('12 new readings and 1 new shop.');
    expect(text(data(root))).toContain('3 readings are already here and will be skipped');
    expect(bg.of('history/import')).toEqual([{ type: 'history/import', text: GOOD, dryRun: true }]);

    button(data(root), 'Import 12 readings').click();
    await waitFor(() => expect(text(data(root))).toContain('Imported 12 readings.'));
    expect(bg.of('history/import').map((m) => m.dryRun)).toEqual([true, false]);
    // The counts are asked for again after the import message resolves: wait for it, don't race it.
    await waitFor(() => expect(bg.of('history/stats')).toHaveLength(2));
  });

  it('explains a damaged file and imports nothing', async () => {
    const bg = await open();
    pick(root, new File(['{"format": "shop-pulse-hist'], 'broken.json'));
    const alert = await waitFor(() => {
      const el = data(root).querySelector('[role="alert"]');
      expect(el).toBeTruthy();
      return el!;
    });
    expect(alert.textContent).toContain('not valid JSON');
    expect(alert.textContent).toContain('Nothing was imported');
    expect(bg.of('history/import').map((m) => m.dryRun)).toEqual([true]);
    expect(text(data(root))).not.toContain('Import 12 readings');
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const bg = await open();
    const read = vi.fn(async () => '');
    pick(root, { name: 'huge.json', size: 80 * 1024 * 1024, text: read });
    await waitFor(() => expect(data(root).querySelector('[role="alert"]')?.textContent).toContain('“huge.json” is 80 MB'));
    expect(read).not.toHaveBeenCalled();
    expect(bg.of('history/import')).toEqual([]);
  });

  it('clears everything only after the second, explicit confirmation', async () => {
    const bg = await open();
    button(data(root), 'Clear all data').click();
    await waitFor(() => expect(text(data(root))).toContain('It cannot be undone. Export first'));
    expect(bg.of('history/clear')).toEqual([]);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    button(data(root), 'Cancel').click();
    await waitFor(() => expect(text(data(root))).not.toContain('It cannot be undone'));
    expect(bg.of('history/clear')).toEqual([]);

    button(data(root), 'Clear all data').click();
    await waitFor(() => button(data(root), 'Yes, delete everything').click());
    await waitFor(() => expect(text(data(root))).toContain('All data was deleted.'));
    expect(bg.of('history/clear')).toHaveLength(1);
  });

  it('downloads the JSON export as is and the CSV with a byte-order mark', async () => {
    const files = { json: 'shop-pulse-history-2025-11-02.json', csv: 'shop-pulse-history-2025-11-02.csv' };
    await open({
      'history/export': (m: Message) =>
        m.type === 'history/export' && { filename: files[m.format], mime: m.format === 'json' ? 'application/json' : 'text/csv', text: 'shop,名字' },
    });
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    button(data(root), 'Export').click();
    await waitFor(() => expect(text(data(root))).toContain(`Downloaded ${files.json}.`));
    button(data(root), 'Export CSV').click();
    await waitFor(() => expect(text(data(root))).toContain(`Downloaded ${files.csv}.`));
    expect(downloads).toEqual([files.json, files.csv]);
    expect(await blobs[0]!.text()).toBe('shop,名字');
    const csv = new Uint8Array(await blobs[1]!.arrayBuffer());
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    vi.restoreAllMocks();
  });

  it('leads to the page-sample page for a page Shop Pulse does not read', async () => {
    await open();
    expect(text(data(root))).toContain('When a page is not read');
    const link = Array.from(data(root).querySelectorAll('a')).find((a) => a.textContent === 'Save a page sample');
    expect(link?.getAttribute('href')).toBe('/sample.html');
    expect(link?.getAttribute('target')).toBe('_blank');
  });

  it('switches retention between keeping everything and a number of months', async () => {
    const bg = await open();
    const radios = data(root).querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios[0]!.checked).toBe(true);
    radios[1]!.click();
    await waitFor(() => expect(bg.of('prefs/set')[0]?.change).toEqual({ retentionMonths: 12 }));
    expect(data(root).querySelector<HTMLInputElement>('input[type="text"]')!.value).toBe('12');
  });
});

describe('options page: counts in words', () => {
  afterEach(() => vi.mocked(send).mockReset());
  it('says "1 reading from 1 shop", not "1 shops"', async () => {
    const bg = fakeBackground({}, { 'history/stats': () => ({ readings: 1, shops: 1, skippedInvalid: 1, lastError: null }) });
    vi.mocked(send).mockImplementation(bg.handle as never);
    const root = mount();
    await waitFor(() => expect(text(root)).toContain('1 reading from 1 shop is stored in this browser.'));
    expect(text(root)).toContain('1 damaged record was skipped.');
    unmount(root);
  });
});
