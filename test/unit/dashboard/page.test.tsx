import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/dashboard/App';
import { partnerTotals } from '../../../lib/dashboard/totals';
import { translator } from '../../../lib/i18n';
import type { DashboardView } from '../../../lib/worker/dashboard-view';
import { dashRow } from './helpers';

const send = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/messaging/client', () => ({ send }));

const t = translator('en');
const rows = [
  dashRow('Siam Silk House', 'TH', { worst: 'critical', warningCount: 1, figures: { sps: 3.21, violationPoints: 14 }, warning: { code: 'sps-below-threshold', severity: 'critical', metric: 'sps', value: 3.21, threshold: 3.5 } }),
  dashRow('Maple & Moss', 'US', { worst: 'warning', warningCount: 1, figures: { sps: 3.58, ahr: 168, gmv: 48210.55 }, gmvPeriod: { start: '2026-11-01', end: '2026-11-30' }, atRisk: [{ id: 'smart-promotion', name: 'Smart Promotion', status: 'at-risk' }] }),
  dashRow('Lion City Gadgets', 'SG', { figures: { sps: 4.55, violationPoints: 0 } }),
];
const view = (r = rows): DashboardView => ({ rows: r, totals: partnerTotals(r) });

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  location.hash = '';
  send.mockReset();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(v: Promise<DashboardView>) {
  await act(async () => render(<App t={t} locale="en-US" view={v} openOptions={() => undefined} />, root));
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}
const names = () => [...root.querySelectorAll('tbody th[scope="row"] button')].map((b) => b.textContent);
async function type(el: HTMLInputElement | HTMLSelectElement, value: string, event = 'input') {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

describe('the all-shops dashboard', () => {
  it('says it is loading, then shows one row per shop in the order given (worst first) with its figures', async () => {
    await show(new Promise(() => undefined));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Loading…');
    await show(Promise.resolve(view()));
    expect(names()).toEqual(['Siam Silk House', 'Maple & Moss', 'Lion City Gadgets']);
    expect(root.querySelector('caption')?.textContent).toBe('3 shops, worst first');
    const maple = root.querySelector('tr[data-shop="US:Maple & Moss"]')!;
    expect(maple.querySelector('[data-metric="sps"]')?.textContent).toBe('3.58');
    expect(maple.querySelector('[data-metric="health"]')?.textContent).toBe('AHR 168');
    expect(maple.querySelector('[data-metric="gmv"]')?.textContent).toContain('$48,211');
    expect(maple.textContent).toContain('Smart Promotion');
    expect(root.querySelector('tr[data-shop="TH:Siam Silk House"]')?.textContent).toContain('SPS 3.21 is below 3.50');
    expect(root.querySelector('tr[data-shop="TH:Siam Silk House"] [data-metric="health"]')?.textContent).toBe('14 / 48 points');
    expect(root.querySelector('.totals')?.textContent).toContain('Sellers served: 3');
  });

  it('filters by market, search and "needs attention", and says so when nothing matches', async () => {
    await show(Promise.resolve(view()));
    await type(root.querySelector('select')!, 'SG', 'change');
    expect(names()).toEqual(['Lion City Gadgets']);
    expect(root.querySelector('caption')?.textContent).toBe('1 / 3 shops, worst first');
    await type(root.querySelector('input[type="search"]')!, 'maple');
    expect(root.querySelector('.no-match')?.textContent).toContain('No shop matches these filters.');
    await act(async () => void root.querySelector<HTMLButtonElement>('.no-match button')!.click());
    expect(names()).toHaveLength(3);
    const attention = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await act(async () => void attention.click());
    expect(names()).toEqual(['Siam Silk House', 'Maple & Moss']);
  });

  it("opens a shop's view from its row (a button, so the keyboard reaches it), and the address remembers it", async () => {
    send.mockImplementation(async () => new Promise(() => undefined));
    await show(Promise.resolve(view()));
    const open = root.querySelector<HTMLButtonElement>('tbody button')!;
    expect(open.getAttribute('aria-label')).toBe('Open Siam Silk House');
    await act(async () => {
      open.click();
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(decodeURIComponent(location.hash)).toBe('#shop=TH:Siam Silk House');
    expect(send).toHaveBeenCalledWith({ type: 'shop/status', shopKey: 'TH:Siam Silk House' });
    expect(root.textContent).toContain('Back to all shops');
  });

  it('explains how shops get here when there are none', async () => {
    await show(Promise.resolve(view([])));
    expect(root.querySelector('.empty h1')?.textContent).toBe('No shops yet');
    expect(root.querySelector('table')).toBeNull();
  });
});
