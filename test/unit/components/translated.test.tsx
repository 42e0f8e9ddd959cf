import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgramList } from '../../../components/ProgramList';
import { WarningList } from '../../../components/WarningList';
import { translator } from '../../../lib/i18n';
import type { ProgramResult, Warning } from '../../../lib/rules';

const root = document.createElement('div');
afterEach(() => render(null, root));

const fee: ProgramResult = {
  id: 'smart-promotion',
  name: 'Smart Promotion',
  status: 'eligible',
  reasons: ['SPS 4.10 is 0.60 above the 3.5 minimum'],
  details: [{ code: 'sps-above-min', params: { value: 4.1, min: 3.5, diff: 0.6 } }],
  estimate: {
    low: 4700,
    high: 6100,
    currency: 'USD',
    basis: 'Fee 3.5%–4.5% (in campaigns) of $135,374 GMV per 30 days, from the GMV of 2026-11-16–2026-11-22',
    basisDetail: { code: 'fee-on-gmv', params: { lowRate: 0.035, highRate: 0.045, gmv: 135374, days: 30, start: '2026-11-16', end: '2026-11-22', currency: 'USD' } },
  },
  source: { label: 'Ebrun (亿邦动力), “TikTok Shop推出智能促销计划 承诺可实现5倍ROI”, 2026-02-12', publisher: 'Ebrun (亿邦动力)', title: 'TikTok Shop推出智能促销计划 承诺可实现5倍ROI', date: '2026-02-12', url: 'https://m.ebrun.com/640434.html' },
};
const channel: Warning = {
  code: 'channel-concentration',
  severity: 'warning',
  metric: 'gmvProductCard',
  value: 0.82,
  threshold: 0.7,
  params: { kind: 'product-card-share' },
  advice: 'Sales lean on the product card: build one steady short-video channel before stocking up.',
};

describe('reasons, estimates and advice in the UI language', () => {
  it('gives a German seller the fee basis, the reasons and the advice in German, with German numbers', () => {
    const t = translator('de');
    render(
      <>
        <ProgramList programs={[fee]} t={t} locale="de-DE" currency="USD" />
        <WarningList warnings={[channel]} t={t} locale="de-DE" currency="USD" />
      </>,
      root,
    );
    const text = (root.textContent ?? '').replace(/\s/g, ' '); // Intl uses no-break spaces
    expect(text).toContain('Gebühr 3,5 %–4,5 % (in Kampagnen) auf 135.374 $ GMV pro 30 Tage');
    expect(text).toContain('Baue einen stetigen Kurzvideo-Kanal auf');
    expect(text).not.toContain('Sales lean on the product card');
    expect(text).not.toContain('Fee 3.5%');
  });

  it('cites the source with its publisher, a link on its title and the date in the UI language', () => {
    render(<ProgramList programs={[fee]} t={translator('de')} locale="de-DE" currency="USD" />, root);
    const source = root.querySelector('.source')!;
    expect(source.textContent).toContain('Quelle: Ebrun (亿邦动力), “TikTok Shop推出智能促销计划 承诺可实现5倍ROI”, 12.02.2026');
    const link = source.querySelector('a')!;
    expect(link.textContent).toBe('TikTok Shop推出智能促销计划 承诺可实现5倍ROI');
    expect(link.getAttribute('href')).toBe('https://m.ebrun.com/640434.html');
  });

  it('cites a source known only to the month, and one without a public link, without inventing either', () => {
    const monthOnly = { ...fee, source: { label: 'x', publisher: 'TikTok Shop Seller University', title: 'NewStar', date: '2025-10' } };
    render(<ProgramList programs={[monthOnly]} t={translator('en')} locale="en-US" currency="USD" />, root);
    expect(root.querySelector('.source')!.textContent).toContain('TikTok Shop Seller University, “NewStar”, Oct 2025');
    expect(root.querySelector('.source a')).toBeNull();
  });

  it('keeps the rules’ English for a basis it has no sentence for', () => {
    const t = translator('pl');
    const other = { ...fee, estimate: { ...fee.estimate!, basis: 'Tier table (assumption)', basisDetail: { code: 'daily-gmv-tier', params: {} } } };
    render(<ProgramList programs={[other]} t={t} locale="pl-PL" currency="USD" />, root);
    expect(root.textContent).toContain('Tier table (assumption)');
  });
});
