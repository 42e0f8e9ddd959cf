import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderOverlay } from '../../../components/overlay-panel';
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

  it('says what this page shows but was not read, never "All clear", and offers manual entry and a page sample', () => {
    const onOpen = vi.fn();
    const clear = { ...status, warnings: [], worst: 'none' as const };
    renderOverlay(root, { status: clear, collapsed: false, onToggle: () => undefined, t, locale: 'en-US', missed: ['sps'], onOpen });
    expect(root.textContent).toContain('This page shows your Shop Performance Score, but Shop Pulse could not read it.');
    expect(root.textContent).not.toContain('All clear');
    expect(root.querySelector('button.line')?.textContent).toContain('Not read');
    expect(root.querySelector('.panel')?.classList.contains('sev-warning')).toBe(true);
    const buttons = Array.from(root.querySelectorAll<HTMLButtonElement>('.missed button'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Enter by hand', 'Save a page sample']);
    buttons.forEach((b) => b.click());
    expect(onOpen.mock.calls).toEqual([['manual'], ['sample']]);
    renderOverlay(root, { status: clear, collapsed: false, onToggle: () => undefined, t, locale: 'en-US', missed: ['sps', 'negativeReviewRate'] });
    expect(root.textContent).toContain('Shop Performance Score, Negative review rate, but Shop Pulse could not read them.');
  });

  it('still says "Not read" folded to a pill', () => {
    renderOverlay(root, { status, collapsed: true, onToggle: () => undefined, t, locale: 'en-US', missed: ['sps'] });
    expect(root.querySelector('.panel')?.classList.contains('pill')).toBe(true);
    expect(root.textContent).toContain('Not read');
    expect(root.querySelector('.missed')).toBeNull();
  });

  it('moves to another corner from the keyboard', () => {
    const onMove = vi.fn();
    renderOverlay(root, { status, collapsed: false, onToggle: () => undefined, t, locale: 'en-US', onMove });
    const move = Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Move to another corner');
    move?.click();
    expect(onMove).toHaveBeenCalledOnce();
  });

  it('shows nothing for a shop with nothing read and nothing missed yet', () => {
    renderOverlay(root, { status: { ...status, latest: {}, warnings: [], worst: 'none' }, collapsed: false, onToggle: () => undefined, t, locale: 'en-US' });
    expect(root.childElementCount).toBe(0);
  });
});

