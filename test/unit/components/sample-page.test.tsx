import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, type SampleAppProps } from '../../../entrypoints/sample/App';
import { sampleTranslator } from '../../../lib/i18n/sample';
import type { CaptureReply } from '../../../lib/sample/capture-message';
import { readPage } from '../../../lib/site';
import { capturePage } from '../../../lib/site/sample/capture';
import { parseHtml } from '../site/load';

const URL_ = 'https://seller-us.tiktok.com/health-center/experience-score?shop_region=US&shop_id=7495012345678901234';
/** A Shop Performance page whose SPS label the reader does not know ("Merchant vitality index"), with private data around it. */
const PAGE = `<!doctype html><html lang="en"><head><title>Quillon Vexbury</title></head><body>
<header><div class="shop-name">Quillon Vexbury</div></header>
<main>
<div class="card"><div class="t">Merchant vitality index</div><div class="v">3.71</div></div>
<div class="card"><div class="t">Negative review rate</div><div class="v">0.84%</div></div>
<div class="card"><div class="t">Return/refund rate</div><div class="v">1.92%</div></div>
<div class="card"><div class="t">Seller-fault cancellation rate</div><div class="v">0.61%</div></div>
<div class="card"><div class="t">On-time delivery rate</div><div class="v">93.47%</div></div>
<table><thead><tr><th>Customer</th></tr></thead><tbody><tr><td>marisol.ztan@vexmail.com</td></tr></tbody></table>
</main></body></html>`;

function reply(): CaptureReply {
  const live = parseHtml(PAGE);
  const { page, region, shopId, currency, period, metrics, missing } = readPage(live, URL_);
  return { url: URL_, html: capturePage(live), reading: { page, region, shopId, currency, period, metrics, missing } };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(props: Partial<SampleAppProps>) {
  const all: SampleAppProps = {
    t: sampleTranslator('en'),
    locale: 'en-US',
    tabId: 3,
    listTabs: async () => [],
    capture: async () => reply(),
    chooseTab: () => undefined,
    parse: parseHtml,
    saveManual: async () => undefined,
    download: () => undefined,
    version: '0.1.0',
    ...props,
  };
  await act(async () => render(<App {...all} />, root));
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}

const preview = () => root.querySelector('iframe.preview')?.getAttribute('srcdoc') ?? '';

describe('the page-sample page', () => {
  it('says what this page shows but was not read, and asks by hand for exactly that', async () => {
    const saveManual = vi.fn(async () => undefined);
    await show({ saveManual });
    expect(root.textContent).toContain('This page shows your Shop Performance Score, but Shop Pulse could not read it.');
    const fields = Array.from(root.querySelectorAll<HTMLInputElement>('form.manual input[type="text"]')).map((i) => i.name);
    expect(fields).toEqual(['sps']);
    const input = root.querySelector<HTMLInputElement>('form.manual input[name="sps"]')!;
    await act(async () => {
      input.value = '3.71';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector('form.manual')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    // A shop seen only on this page is named by the page, so the figure is never lost.
    expect(saveManual).toHaveBeenCalledWith({ shopKey: 'US:7495012345678901234', shop: { region: 'US', shopId: '7495012345678901234' }, metrics: { sps: 3.71 } });
  });

  it('previews the scrubbed copy, lists what was taken out, and reads the same metrics in it', async () => {
    await show({});
    const html = preview();
    expect(html).toContain('Negative review rate');
    for (const gone of ['Quillon', 'Vexbury', 'marisol', '0.84%', '93.47%', '7495012345678901234']) expect(html).not.toContain(gone);
    const removed = Array.from(root.querySelectorAll('.removed li')).map((li) => li.getAttribute('data-kind'));
    expect(removed).toEqual(expect.arrayContaining(['figures', 'names', 'emails', 'texts']));
    expect(root.textContent).toContain('The same figures as on the page (Negative review rate, Return/refund rate, Seller cancellation rate, and On-time delivery rate), with made-up values.');
  });

  it('takes out a kept text the seller ticks, and downloads the copy and what was read in it', async () => {
    const download = vi.fn();
    await show({ download });
    expect(preview()).toContain('Merchant vitality index');
    const box = Array.from(root.querySelectorAll<HTMLLabelElement>('.kept label')).find((l) => l.textContent === 'Merchant vitality index')!.querySelector('input')!;
    await act(async () => {
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(preview()).not.toContain('Merchant vitality index');
    await act(async () => root.querySelector<HTMLButtonElement>('.save button.primary')!.click());
    expect(download).toHaveBeenCalledTimes(2);
    const [[htmlName, htmlMime, html], [jsonName, jsonMime, json]] = download.mock.calls as [[string, string, string], [string, string, string]];
    expect(htmlName).toMatch(/^shop-pulse-sample-shop-score-[0-9a-f]{6}\.html$/);
    expect(jsonName).toBe(htmlName.replace(/\.html$/, '.json'));
    expect([htmlMime, jsonMime]).toEqual(['text/html', 'application/json']);
    expect(html).toBe(preview());
    const report = JSON.parse(json) as { format: string; url: string; read: { missing: string[]; metrics: Record<string, number> }; livePage: { metrics: string[]; missing: string[] } };
    expect(report.format).toBe('shop-pulse-page-sample');
    expect(report.url).toBe('https://seller-us.tiktok.com/health-center/experience-score?shop_region=US');
    expect(report.read.missing).toEqual(['sps']);
    expect(report.livePage).toEqual({ metrics: ['negativeReviewRate', 'returnRefundRate', 'sellerCancellationRate', 'onTimeDeliveryRate'], missing: ['sps'] });
    // What was read in the copy are its made-up values, never the page's.
    expect(report.read.metrics.negativeReviewRate).not.toBe(0.0084);
    expect(json).not.toContain('7495012345678901234');
    expect(root.querySelector('.save [role="status"]')?.textContent).toBe(`Saved ${htmlName} and ${jsonName} to your downloads.`);
  });

  it('says what to do when the tab cannot be reached, and tries again', async () => {
    const capture = vi.fn().mockRejectedValueOnce(new Error('Could not establish connection')).mockResolvedValue(reply());
    await show({ capture });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Shop Pulse cannot reach that tab (Could not establish connection). Reload the Seller Center page');
    await act(async () => root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click());
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(capture).toHaveBeenCalledTimes(2);
    expect(root.querySelector('iframe.preview')).not.toBeNull();
  });

  it('opened from options, lists the open Seller Center tabs to copy, or says to open one', async () => {
    const chooseTab = vi.fn();
    await show({ tabId: null, chooseTab, listTabs: async () => [{ id: 9, title: 'Shop Performance', url: URL_ }] });
    await act(async () => root.querySelector<HTMLButtonElement>('.tabs button')!.click());
    expect(chooseTab).toHaveBeenCalledWith(9);
    render(null, root);
    await show({ tabId: null, listTabs: async () => [] });
    expect(root.textContent).toContain('No Seller Center page is open.');
  });
});
