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
  source: { label: 'seed 002' },
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

  it('keeps the rules’ English for a basis it has no sentence for', () => {
    const t = translator('pl');
    const other = { ...fee, estimate: { ...fee.estimate!, basis: 'Tier table (assumption)', basisDetail: { code: 'daily-gmv-tier', params: {} } } };
    render(<ProgramList programs={[other]} t={t} locale="pl-PL" currency="USD" />, root);
    expect(root.textContent).toContain('Tier table (assumption)');
  });
});
