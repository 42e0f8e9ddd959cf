import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, type PopupProps } from '../../../entrypoints/popup/App';
import { translator } from '../../../lib/i18n';
import type { Assessment } from '../../../lib/rules';
import type { ShopCharts } from '../../../lib/worker/charts';
import type { PopupView } from '../../../lib/worker/popup-view';
import type { ShopStatus } from '../../../lib/worker/status';

const send = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/messaging/client', () => ({ send }));

const t = translator('en');
const shop = { key: 'US:42', region: 'US', shopId: '42', name: 'Acme', currency: 'USD', firstSeen: '2026-10-01T00:00:00Z', lastSeen: '2026-11-23T09:00:00Z' };
const latest = { sps: { value: 3.58, at: '2026-11-23T09:00:00Z', readingId: 9 }, ordersLast90Days: { value: 33, at: '2026-11-23T09:00:00Z', readingId: 9 } };
const assessment: Assessment = {
  warnings: [
    { code: 'orders90-near-threshold', severity: 'warning', metric: 'ordersLast90Days', value: 33, threshold: 30, params: { diff: 3, perWeek: 3 }, advice: 'Keep about 3 orders a week coming in.' },
    { code: 'sps-below-threshold', severity: 'critical', metric: 'sps', value: 3.38, threshold: 3.5, eta: '2026-11-30' },
  ],
  programs: [
    { id: 'smart-promotion', name: 'Smart Promotion', status: 'at-risk', reasons: ['SPS 3.58 is 0.08 above the 3.5 minimum'], details: [{ code: 'sps-above-min', params: { value: 3.58, min: 3.5, diff: 0.08 } }], estimate: { low: 100, high: 130, currency: 'USD', basis: 'Fee 3.5% of GMV', basisDetail: { code: 'fee-on-gmv', params: {} } }, source: { label: 'Ebrun (亿邦动力), “TikTok Shop推出智能促销计划 承诺可实现5倍ROI”, 2026-02-12', publisher: 'Ebrun (亿邦动力)', title: 'TikTok Shop推出智能促销计划 承诺可实现5倍ROI', date: '2026-02-12', url: 'https://m.ebrun.com/640434.html' }, assumptions: ['feeRate'] },
  ],
};
const status: ShopStatus = {
  shop,
  latest,
  gmvDaily: [],
  assessment,
  gmvPeriod: null,
  unreadable: [],
};

const charts: ShopCharts = { sps: [{ day: '2026-11-01', value: 3.9, at: '' }, { day: '2026-11-23', value: 3.58, at: '' }] };

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  send.mockReset();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** The popup as main.tsx starts it: the first view asked for, then the page drawn. */
async function show(extra: Partial<PopupProps> = {}) {
  const view = Promise.resolve().then(() => send({ type: 'popup/view', preferredShopKey: null }) as Promise<PopupView>);
  await act(async () => {
    render(<App t={t} locale="en-US" view={view} openOptions={() => undefined} openDashboard={() => undefined} {...extra} />, root);
  });
  await settle();
  await settle(); // the charts, asked for once the cards are drawn
}

/** Types a score into the manual-entry form and submits it, as the seller would. */
async function submitManualScore(value: string) {
  const input = root.querySelector<HTMLInputElement>('form.manual input[name="sps"]')!;
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    root.querySelector<HTMLFormElement>('form.manual')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

/** Lets pending replies arrive and the popup draw them. */
async function settle() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

describe('popup', () => {
  it('says it is loading until the background answers', async () => {
    send.mockReturnValue(new Promise(() => undefined));
    await show();
    expect(root.textContent).toContain('Loading…');
  });

  it('explains an error and what to do', async () => {
    send.mockRejectedValue(new Error('Shop Pulse did not answer'));
    await show();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/did not answer.*Close and reopen/);
  });

  it('tells a fresh install where to get the first reading', async () => {
    send.mockResolvedValue({ shops: [], unreadable: [], status: null } satisfies PopupView);
    await show();
    expect(root.textContent).toContain('No readings yet');
    expect(root.textContent).toContain('Shop Performance page');
  });

  it('points a development build at the bundled demo, and a release build does not', async () => {
    const { EmptyState } = await import('../../../components/EmptyState');
    await act(async () => render(<EmptyState t={t} dev />, root));
    expect(root.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\/seller-us\.tiktok\.com\/health-center\/experience-score/);
    await act(async () => render(<EmptyState t={t} dev={false} />, root));
    expect(root.querySelector('a')).toBeNull();
  });

  it('puts the critical warning first, then the cards with margin and chart, then programs', async () => {
    send.mockImplementation(async (msg: { type: string }) => (msg.type === 'popup/view' ? ({ shops: [shop], unreadable: [], status } satisfies PopupView) : charts));
    await show();
    const items = [...root.querySelectorAll('.warnings li')].map((li) => li.getAttribute('data-code'));
    expect(items).toEqual(['sps-below-threshold', 'orders90-near-threshold']);
    expect(root.querySelector('[data-code="sps-below-threshold"]')?.textContent).toContain('SPS 3.38 is below 3.50.');
    const sps = root.querySelector('[data-metric="sps"]')!;
    expect(sps.textContent).toContain('0.08 above 3.50');
    expect(sps.querySelector('svg.sparkline line.threshold')).not.toBeNull();
    const program = root.querySelector('[data-program="smart-promotion"]')!;
    expect(program.textContent).toContain('At risk');
    expect(program.textContent).toContain('estimated fee');
    expect(program.textContent).toContain('$100 – $130');
  });

  it('offers manual entry when the score could not be read, and rejects a score above 5', async () => {
    const noScore = { ...status, latest: { ordersLast90Days: latest.ordersLast90Days }, unreadable: [{ shopKey: 'US:42', page: 'shop-score' as const, path: '/x', missing: ['sps' as const], at: '2026-11-23T09:00:00Z' }] };
    send.mockImplementation(async (msg: { type: string }) =>
      msg.type === 'popup/view' ? { shops: [shop], unreadable: noScore.unreadable, status: noScore } : msg.type === 'shop/status' ? noScore : msg.type === 'shop/charts' ? {} : { status: 'stored', id: 1 },
    );
    await show();
    expect(root.textContent).toContain('Could not read this page');
    await submitManualScore('7');
    expect(root.querySelector('form.manual [role="alert"]')?.textContent).toContain('from 0 to 5');
    expect(send).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'reading/manual' }));
  });

  describe('on a page Shop Pulse read only in part (the rates, not the SPS it plainly shows)', () => {
    const report = { shopKey: 'US:42', page: 'shop-score' as const, path: '/health-center/experience-score', missing: ['sps' as const, 'negativeReviewRate' as const], at: '2026-11-23T09:00:00Z' };
    const notRead: Assessment['programs'][number] = { id: 'smart-promotion', name: 'Smart Promotion', status: 'unknown', reasons: ['SPS not read yet: open the Shop Performance page in Seller Center'], details: [{ code: 'sps-not-read', params: {} }] };
    const partial: ShopStatus = { ...status, latest: { ordersLast90Days: latest.ordersLast90Days }, unreadable: [report], assessment: { warnings: [], programs: [notRead] } };
    const reply = async (msg: { type: string }) =>
      msg.type === 'popup/view' ? { shops: [shop], unreadable: [report], status: partial } : msg.type === 'shop/status' ? partial : msg.type === 'shop/charts' ? {} : { status: 'stored', id: 1 };
    const here = { id: 7, path: '/health-center/experience-score', shopKey: 'US:42' };

    it('says what this page shows but was not read, and offers a page sample of this tab', async () => {
      send.mockImplementation(reply);
      const openSample = vi.fn();
      await show({ activeTab: here, openSample });
      const notice = root.querySelector('.unreadable')!;
      expect(notice.textContent).toContain('This page shows your Shop Performance Score and Negative review rate, but Shop Pulse could not read them.');
      const sample = Array.from(notice.querySelectorAll('button')).find((b) => b.textContent === 'Save a page sample')!;
      await act(async () => sample.click());
      expect(openSample).toHaveBeenCalledWith(7, 'sample');
    });

    it('asks by hand for exactly the metrics it missed, and never tells the seller to open the page they are on', async () => {
      send.mockImplementation(reply);
      await show({ activeTab: here, openSample: () => undefined });
      const fields = Array.from(root.querySelectorAll<HTMLInputElement>('form.manual input[type="text"]')).map((i) => i.name);
      expect(fields).toEqual(['sps', 'negativeReviewRate']);
      expect(root.textContent).not.toContain('open the Shop Performance page');
      expect(root.querySelector('[data-program="smart-promotion"]')?.textContent).toContain(
        'Shop Pulse could not read the SPS on the Shop Performance page: enter it by hand or save a page sample',
      );
      const rate = root.querySelector<HTMLInputElement>('form.manual input[name="negativeReviewRate"]')!;
      await act(async () => {
        rate.value = '0.84';
        rate.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(async () => {
        root.querySelector<HTMLFormElement>('form.manual')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      });
      expect(send).toHaveBeenCalledWith({ type: 'reading/manual', reading: { shopKey: 'US:42', metrics: { negativeReviewRate: 0.0084 } } });
    });

    it('on another tab, says when and where, without a sample button for a page that is not open', async () => {
      send.mockImplementation(reply);
      await show({ activeTab: { ...here, path: '/homepage' }, openSample: () => undefined });
      const notice = root.querySelector('.unreadable')!;
      expect(notice.textContent).toContain('the Shop Performance page did not show what Shop Pulse looks for');
      expect(notice.querySelector('button')).toBeNull();
    });

    it('for a shop with no reading yet, offers manual entry and the sample on the sample page', async () => {
      send.mockImplementation(async () => ({ shops: [], unreadable: [report], status: null }) satisfies PopupView);
      const openSample = vi.fn();
      await show({ activeTab: here, openSample });
      const buttons = Array.from(root.querySelectorAll<HTMLButtonElement>('.unreadable button'));
      expect(buttons.map((b) => b.textContent)).toEqual(['Enter by hand', 'Save a page sample']);
      await act(async () => buttons[0]!.click());
      expect(openSample).toHaveBeenCalledWith(7, 'manual');
    });
  });

  it("draws the first shop's cards from the one reply it asked for on opening, and its charts when they come", async () => {
    let sendCharts: (c: ShopCharts) => void = () => undefined;
    send.mockImplementation((msg: { type: string }) =>
      msg.type === 'popup/view' ? Promise.resolve({ shops: [shop], unreadable: [], status } satisfies PopupView) : new Promise((r) => (sendCharts = r)),
    );
    await show();
    const sps = root.querySelector('[data-metric="sps"]')!;
    expect(sps.querySelector('.value')?.textContent).toBe('3.58');
    expect(sps.textContent).toContain('0.08 above 3.50');
    expect(sps.querySelector('svg.sparkline')).toBeNull();
    expect(send.mock.calls.map(([m]) => m)).toEqual([
      { type: 'popup/view', preferredShopKey: null },
      { type: 'shop/charts', shopKey: 'US:42' },
    ]);
    await act(async () => sendCharts(charts));
    await settle();
    expect(root.querySelector('[data-metric="sps"] svg.sparkline polyline')).not.toBeNull();
  });

  it('offers "All shops" once there is more than one shop, and opens the dashboard', async () => {
    const allShops = () => [...root.querySelectorAll('header button')].find((b) => b.textContent === 'All shops');
    send.mockImplementation(async (msg: { type: string }) => (msg.type === 'popup/view' ? ({ shops: [shop], unreadable: [], status } satisfies PopupView) : charts));
    await show();
    expect(allShops()).toBeUndefined();
    render(null, root);
    const opened = vi.fn();
    send.mockImplementation(async (msg: { type: string }) =>
      msg.type === 'popup/view' ? ({ shops: [shop, { ...shop, key: 'GB:7', region: 'GB', shopId: '7', name: 'Lumen' }], unreadable: [], status } satisfies PopupView) : charts,
    );
    await show({ openDashboard: opened });
    await act(async () => void allShops()!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(opened).toHaveBeenCalledOnce();
  });

  it('shows the status of the shop picked in the switcher, never a reply that comes late for another', async () => {
    const other = { ...shop, key: 'US:43', shopId: '43', name: 'Beta' };
    const third = { ...shop, key: 'US:44', shopId: '44', name: 'Gamma' };
    const statusOf = (s: typeof shop, sps: number): ShopStatus => ({ ...status, shop: s, latest: { sps: { ...latest.sps, value: sps } }, assessment: { warnings: [], programs: [] } });
    let releaseSlow: () => void = () => undefined;
    send.mockImplementation(async (msg: { type: string; shopKey?: string }) => {
      if (msg.type === 'popup/view') return { shops: [shop, other, third], unreadable: [], status } satisfies PopupView;
      if (msg.type === 'shop/charts') return {};
      if (msg.shopKey === 'US:43') {
        await new Promise<void>((r) => (releaseSlow = r));
        return statusOf(other, 4.9);
      }
      return statusOf(third, 4.4);
    });
    await show();
    const pick = async (key: string) =>
      act(async () => {
        const select = root.querySelector<HTMLSelectElement>('.shop-switcher select')!;
        select.value = key;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    await pick('US:43');
    expect(root.textContent).toContain('Loading…');
    await pick('US:44');
    await act(async () => {
      releaseSlow();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(root.querySelector('[data-metric="sps"] .value')?.textContent).toBe('4.40');
    expect(root.querySelector<HTMLSelectElement>('.shop-switcher select')?.value).toBe('US:44');
  });

  it('shows a score typed in by hand once it is saved', async () => {
    const noScore = { ...status, latest: { ordersLast90Days: latest.ordersLast90Days } };
    send.mockImplementation(async (msg: { type: string }) =>
      msg.type === 'popup/view' ? { shops: [shop], unreadable: [], status: noScore } : msg.type === 'shop/status' ? status : msg.type === 'shop/charts' ? {} : { status: 'stored', id: 1 },
    );
    await show();
    expect(root.querySelector('[data-metric="sps"]')).toBeNull();
    await submitManualScore('3.58');
    expect(send).toHaveBeenCalledWith({ type: 'reading/manual', reading: { shopKey: 'US:42', metrics: { sps: 3.58 } } });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(root.querySelector('[data-metric="sps"] .value')?.textContent).toBe('3.58');
  });
});
