import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderOverlay } from '../../../components/overlay-panel';
import { parseManualEntry } from '../../../components/ManualEntry';
import { translator } from '../../../lib/i18n';
import type { OverlayStatus } from '../../../lib/worker/status';

const t = translator('en');
const status: OverlayStatus = {
  shopKey: 'US:42',
  latest: { sps: { value: 3.58, at: '2026-11-23T09:00:00Z', readingId: 1 }, ordersLast90Days: { value: 33, at: '2026-11-23T09:00:00Z', readingId: 1 } },
  warnings: [{ code: 'sps-near-threshold', severity: 'warning', metric: 'sps', value: 3.58, threshold: 3.5, params: { diff: 0.08 } }],
  worst: 'warning',
  currency: 'USD',
  language: 'auto',
};
const root = document.createElement('div');
afterEach(() => root.replaceChildren());

describe('overlay panel', () => {
  it('shows the headline numbers and the count in one line, and the warnings when expanded', () => {
    renderOverlay(root, { status, collapsed: false, onToggle: () => undefined, t, locale: 'en-US' });
    const line = root.querySelector('button.line')!;
    expect(line.textContent).toContain('Shop Performance Score 3.58');
    expect(line.textContent).toContain('Orders, last 90 days 33');
    expect(line.textContent).toContain('1 thing to look at');
    expect(root.querySelector('[data-code="sps-near-threshold"]')?.textContent).toContain('only 0.08 above 3.50');
  });

  it('collapses to the name and the count, and says so to assistive tech', () => {
    const toggle = vi.fn();
    renderOverlay(root, { status, collapsed: true, onToggle: toggle, t, locale: 'en-US' });
    const line = root.querySelector<HTMLButtonElement>('button.line')!;
    expect(line.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.warnings')).toBeNull();
    line.click();
    expect(toggle).toHaveBeenCalledOnce();
  });

  it('shows page text as text, never as markup', () => {
    const hostile = { ...status, warnings: [{ ...status.warnings[0]!, code: 'made-up', message: '<img src=x onerror=alert(1)>' }] };
    renderOverlay(root, { status: hostile, collapsed: false, onToggle: () => undefined, t, locale: 'en-US' });
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says all clear when nothing needs the seller', () => {
    renderOverlay(root, { status: { ...status, warnings: [], worst: 'none' }, collapsed: false, onToggle: () => undefined, t, locale: 'en-US' });
    expect(root.textContent).toContain('All clear');
  });
});

describe('parseManualEntry', () => {
  it.each([
    ['3.62', false, '41', { sps: 3.62, ordersLast90Days: 41 }],
    ['3,62', false, '', { sps: 3.62 }],
    ['', true, '12', { sps: null, ordersLast90Days: 12 }],
    ['5.01', false, '', 'manual.invalidSps'],
    ['', false, '4.5', 'manual.invalidOrders'],
    ['', false, '', 'manual.empty'],
  ])('%j, no score %s, orders %j → %j', (sps, noScore, orders, expected) => {
    expect(parseManualEntry(sps, noScore, orders)).toEqual(expected);
  });
});
