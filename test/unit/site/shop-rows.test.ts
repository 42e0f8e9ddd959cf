import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, type ShopRow } from '../../../lib/site';
import { readShopRows } from '../../../lib/site/shop-rows';
import { FIXTURES, parseHtml } from './load';

type ListFixture = { name: string; html: string; url: string; expected: { shops?: ShopRow[]; shopName?: string | null } };
const REPO = join(FIXTURES, '../..');

/** Our list pages, and the ones written blind from DOMAIN.md and the issue (expectations untouched). */
function listFixtures(dir: string): ListFixture[] {
  const root = join(FIXTURES, dir);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.json$/, '');
      // `html`: a page kept elsewhere in the repository (the demo's), instead of `<name>.html` beside the expectations.
      const { url, expected, html } = JSON.parse(readFileSync(join(root, f), 'utf8')) as Omit<ListFixture, 'name' | 'html'> & { html?: string };
      return { name: `${dir}/${name}`, html: readFileSync(html ? join(REPO, html) : join(root, `${name}.html`), 'utf8'), url, expected };
    });
}

const fixtures = [...listFixtures('lists'), ...listFixtures('lists-blind')];

describe('shop lists on fixture pages: every row, with its figures', () => {
  it('has list fixtures', () => expect(listFixtures('lists').length).toBeGreaterThanOrEqual(3));

  for (const f of fixtures) {
    it(f.name, () => {
      const reading = readPage(parseHtml(f.html), f.url);
      expect(reading.shops ?? []).toEqual(f.expected.shops ?? []);
      if ('shopName' in f.expected) expect(reading.shopName ?? null).toEqual(f.expected.shopName);
    });
  }
});

const doc = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const rows = (body: string, region: string | null = null) => readShopRows(doc(body), { region, decimal: null, period: null });
const table = (head: string[], ...body: string[][]) =>
  `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${body
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

describe('readShopRows', () => {
  it('is not fooled by a product table: no shop column, no shops', () => {
    expect(rows(table(['Product', 'GMV', 'Orders'], ['Jacket', '$12.00', '3']), 'US')).toEqual([]);
  });

  it('needs a figure column: a plain list of shop names is no reading', () => {
    expect(rows(table(['Shop', 'Region'], ['Acme', 'US']))).toEqual([]);
  });

  it('never stores a zero for an empty cell, and "--" as shown without a value', () => {
    const [r] = rows(table(['Shop', 'Region', 'SPS', 'GMV'], ['Acme', 'US', '--', '']));
    expect(r?.metrics).toEqual({ sps: null });
  });

  it('reads "Not enough orders (12/30)" as no score and 12 orders in 90 days, unless a column says otherwise', () => {
    expect(rows(table(['Shop', 'SPS'], ['Acme', 'Not enough orders (12/30)']))[0]?.metrics).toEqual({ sps: null, ordersLast90Days: 12 });
    expect(rows(table(['Shop', 'SPS', '90-day orders'], ['Acme', 'Not enough orders (12/30)', '14']))[0]?.metrics).toEqual({
      sps: null,
      ordersLast90Days: 14,
    });
  });

  it('tells AHR from violation points in one health column, by the inline label or the denominator', () => {
    const r = rows(table(['Shop', 'Account health'], ['US shop', 'AHR 185'], ['MY shop', '14 / 48 points'], ['UK shop', '185']));
    expect(r.map((s) => s.metrics)).toEqual([{ ahr: 185 }, { violationPoints: 14 }, { ahr: 185 }]);
  });

  it("reads a bare figure in a generic health column by the row's market: AHR in the US and UK, violation points in Southeast Asia", () => {
    const r = rows(table(['Shop', 'Region', 'Account health'], ['<span>A</span><span>ID 7495000000000000009</span>', 'PH', '4 points'], ['B', 'US', '200'], ['C', 'DE', '7']));
    expect(r.map((s) => [s.shopId, s.metrics])).toEqual([
      ['7495000000000000009', { violationPoints: 4 }],
      [null, { ahr: 200 }],
      [null, { ahr: 7 }], // a market whose health scale the list does not say: the column's own metric
    ]);
  });

  it("takes each row's currency from its own amounts and drops an amount in a second currency", () => {
    const r = rows(table(['Shop', 'Market', 'GMV', 'LIVE GMV'], ['UK', 'United Kingdom', '£1,000.00', '$5.00'], ['TH', 'Thailand', '฿2,500.50', '฿100']));
    expect(r.map((s) => [s.region, s.currency, s.metrics])).toEqual([
      ['GB', 'GBP', { gmv: 1000 }],
      ['TH', 'THB', { gmv: 2500.5, gmvLive: 100 }],
    ]);
  });

  it('reads "$" as the page region\'s dollar only when the row says no other market', () => {
    expect(rows(table(['Shop', 'GMV'], ['Acme', '$10.00']), 'US')[0]?.currency).toBe('USD');
    expect(rows(table(['Shop', 'GMV'], ['Acme', '$10.00']))[0]).toMatchObject({ currency: null, metrics: { gmv: 10 } });
  });

  it("skips a delta printed under a figure and reads the figure", () => {
    expect(rows(table(['Shop', 'Orders'], ['Acme', '<span>+12%</span><span>1,204</span><span>vs last period 1,100</span>']))[0]?.metrics).toEqual({ orders: 1204 });
  });

  it('applies the page period to every row', () => {
    const period = { start: '2026-11-01', end: '2026-11-30' };
    const [r] = readShopRows(doc(table(['Shop', 'GMV'], ['Acme', '$1.00'])), { region: 'US', decimal: null, period });
    expect(r?.period).toEqual(period);
  });

  it('reads every table row shown (one page of a paginated list), none hidden', () => {
    const body = Array.from({ length: 50 }, (_, i) => [`Shop ${i + 1}`, `${(i % 5) + 0.5}`]);
    const html = table(['Shop name', 'Shop Performance Score'], ...body).replace('<tr><td>Shop 50<', '<tr hidden><td>Shop 50<');
    const r = rows(html);
    expect(r).toHaveLength(49);
    expect(r[48]).toMatchObject({ name: 'Shop 49', metrics: { sps: 3.5 } });
  });

  it("takes the shop's name past an avatar's initials", () => {
    expect(rows(table(['Shop', 'SPS'], ['<span class="arco-avatar-text">K</span><div>Kedai Rempah Nyonya</div><div>ID: 7495990011223344556</div>', '4.05']))[0]).toMatchObject({
      name: 'Kedai Rempah Nyonya',
      shopId: '7495990011223344556',
    });
  });

  it('finds the shop id in an id column, an "ID:" line under the name, or a link to the shop', () => {
    const r = rows(
      table(['Shop', 'Shop ID', 'SPS'], ['<span class="arco-avatar">A</span><span>A</span>', '7495000000000000001', '4.00'], ['<span>B</span><span>ID: 7495000000000000002</span>', '', '4.00']) +
        table(['Shop', 'SPS'], ['<a href="https://seller-vn.tiktok.com/homepage?shop_region=VN&shop_id=7495000000000000003">C</a>', '4,10']),
    );
    expect(r.map((s) => [s.name, s.shopId, s.region])).toEqual([
      ['A', '7495000000000000001', null],
      ['B', '7495000000000000002', null],
      ['C', '7495000000000000003', 'VN'],
    ]);
    expect(r[2]?.metrics).toEqual({ sps: 4.1 });
  });
});
