import { describe, expect, it } from 'vitest';
import { dashboardCsv } from '../../../lib/dashboard/csv';
import { filterRows, marketsOf, needsAttention, worstFirst } from '../../../lib/dashboard/row';
import { partnerTotals, periodDays } from '../../../lib/dashboard/totals';
import { translator } from '../../../lib/i18n';
import { dashRow } from './helpers';
import type { Warning } from '../../../lib/rules';

const t = translator('en');
const warning = (code: string, severity: Warning['severity'], value: number | null, threshold: number): Warning => ({ code, severity, metric: 'sps', value, threshold });

const below = dashRow('Siam', 'TH', { worst: 'critical', warning: warning('sps-below-threshold', 'critical', 3.21, 3.5), warningCount: 1, figures: { sps: 3.21 } });
const near = dashRow('Maple', 'US', { worst: 'warning', warning: warning('sps-near-threshold', 'warning', 3.58, 3.5), warningCount: 1, figures: { sps: 3.58 } });
const fine = dashRow('Lion', 'SG', { figures: { sps: 4.55 } });
const weaker = dashRow('Kedai', 'MY', { figures: { sps: 4.12 } });
const noScore = dashRow('Toko', 'ID', { worst: 'info', warning: warning('sps-no-score', 'info', null, 3.5), warningCount: 1, figures: { sps: null } });

describe('the dashboard model', () => {
  it('puts the worst shop first: severity, then how much is wrong, then the lower score', () => {
    expect(worstFirst([fine, noScore, near, weaker, below]).map((r) => r.shop.name)).toEqual(['Siam', 'Maple', 'Toko', 'Kedai', 'Lion']);
  });

  it('filters by market, by "needs attention" and by a part of the name, any case', () => {
    const all = [below, near, fine, weaker, noScore];
    expect(filterRows(all, { query: '', market: 'US', attention: false })).toEqual([near]);
    expect(filterRows(all, { query: '', market: null, attention: true }).map((r) => r.shop.name)).toEqual(['Siam', 'Maple']);
    expect(filterRows(all, { query: 'APL', market: null, attention: false })).toEqual([near]);
    expect(needsAttention(dashRow('P', 'US', { atRisk: [{ id: 'newstar', name: 'NewStar', status: 'at-risk' }] }))).toBe(true);
    expect(marketsOf(all)).toEqual(['ID', 'MY', 'SG', 'TH', 'US']);
  });

  it('sums daily GMV per currency over the shops that showed one, never across currencies', () => {
    const nov = { start: '2026-11-01', end: '2026-11-30' };
    const rows = [
      dashRow('A', 'US', { figures: { gmv: 3000 }, gmvPeriod: nov }),
      dashRow('B', 'US', { figures: { gmv: 70 }, gmvPeriod: { start: '2026-11-24', end: '2026-11-30' } }),
      { ...dashRow('C', 'GB', { figures: { gmv: 300 }, gmvPeriod: nov }), shop: { ...dashRow('C', 'GB').shop, currency: 'GBP' } },
      dashRow('D', 'US', { figures: { gmv: 500 } }), // no period: not a daily figure
      dashRow('E', 'US', { figures: { gmv: null }, gmvPeriod: nov }),
    ];
    expect(periodDays(nov)).toBe(30);
    expect(partnerTotals(rows)).toEqual({ sellers: 5, dailyGmv: [{ currency: 'USD', perDay: 110, shops: 2 }, { currency: 'GBP', perDay: 10, shops: 1 }] });
  });

  it('exports the rows shown as CSV, one line per shop, quoted where a spreadsheet would split it', () => {
    const csv = dashboardCsv([below, dashRow('Comma, Inc', 'US', { figures: { sps: 4, ahr: 185 } })], t, 'en-US').trim().split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv[0]).toBe('Shop,shop_id,Market,SPS,"Orders, 90 days",Account Health Rating,Violation points,"GMV, latest period",currency,period_start,period_end,Worst warning,Programs at risk,Last read');
    expect(csv[1]).toMatch(/^Siam,Siam,TH,3.21,,,,,USD,,,SPS 3\.21 is below 3\.50/);
    expect(csv[2]).toMatch(/^"Comma, Inc","Comma, Inc",US,4,,185,/);
  });
});
