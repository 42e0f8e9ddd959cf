// The options page's "Page data checks": where the labels and the page's own data disagreed,
// in the user's language, with an empty state and an error that says what to do.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { send } from '../../../lib/messaging/client';
import type { PageDataCheck } from '../../../lib/worker/page-data-checks';
import { fakeBackground, mount, text, unmount, waitFor } from './harness';

vi.mock('../../../lib/messaging/client', () => ({ send: vi.fn() }));

const CHECKS: PageDataCheck[] = [
  { shopKey: 'US:7495', page: 'shop-score', path: '/health-center/experience-score', metric: 'sps', label: 3.2, data: 3.62, at: '2025-06-14T10:00:00.000Z' },
  { shopKey: 'US:7495', page: 'analytics', path: '/compass/data-overview', metric: 'conversionRate', label: null, data: 0.0168, at: '2025-06-13T10:00:00.000Z' },
];

const section = (root: HTMLElement) => root.querySelector<HTMLElement>('#page-data')!;

describe('options page: page data checks', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.mocked(send).mockReset();
  });
  afterEach(() => unmount(root));

  function open(checks: () => unknown, language: 'en' | 'de' = 'en') {
    const bg = fakeBackground({ language }, { 'page-data/checks': checks });
    vi.mocked(send).mockImplementation(bg.handle as never);
    root = mount();
  }

  it('lists each disagreement: the figure, what the page text showed and what was saved', async () => {
    open(() => CHECKS);
    await waitFor(() => expect(section(root).querySelectorAll('tbody tr')).toHaveLength(2));
    const rows = [...section(root).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent));
    expect(rows).toEqual([
      ['US:7495 /health-center/experience-score', 'Shop Performance Score', '3.20', '3.62'],
      ['US:7495 /compass/data-overview', 'Conversion rate', '—', '1.68%'],
    ]);
  });

  it('says so when nothing disagreed', async () => {
    open(() => []);
    await waitFor(() => expect(text(section(root))).toContain("No differences so far: every figure read from the page's text matched the page's own data."));
    expect(section(root).querySelector('table')).toBeNull();
  });

  it('shows an error that says what to do', async () => {
    open(() => {
      throw new Error('worker stopped');
    });
    await waitFor(() => expect(section(root).querySelector('[role="alert"]')?.textContent).toBe('The checks could not load: worker stopped. Reload this page; if it keeps failing, reload the extension.'));
  });

  it('speaks the chosen language', async () => {
    open(() => CHECKS, 'de');
    await waitFor(() => expect(section(root).querySelector('h2')?.textContent).toBe('Abgleich mit Seitendaten'));
    await waitFor(() => expect(text(section(root))).toContain('Seitentext zeigte'));
  });
});
