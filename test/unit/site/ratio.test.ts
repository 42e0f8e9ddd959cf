import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/site';
import { ratioIn } from '../../../lib/site/ratio';
import { scrubPage } from '../../../lib/site/sample';
import { parseHtml } from './load';

const GB = 'https://seller-uk.tiktok.com/health-center?shop_region=GB&shop_id=7495527630184402971';
const row = (name: string, cell: string) => `<tr><td>${name}</td><td>${cell}</td><td>&lt; 4%</td></tr>`;
const table = (cell: string) => `<table><tbody>${row('Late Dispatch Rate', cell)}</tbody></table>`;
const read = (body: string, url = GB) => readPage(parseHtml(`<html><body>${body}</body></html>`), url).metrics;

describe('a rate written with the counts that make it', () => {
  it('takes the percentage, drawn in pieces or in one text, in any wording', () => {
    expect(read(table('<b>14</b> of <b>1,062</b> orders (1.32%)'))).toEqual({ lateDispatchRate: 0.0132 });
    expect(read(table('14/1,062 (1.32%)'))).toEqual({ lateDispatchRate: 0.0132 });
    const vn = 'https://seller-vn.tiktok.com/account/health?shop_region=VN';
    expect(read('<table><tbody><tr><td>Tỷ lệ gửi hàng trễ</td><td>14 trên 1.062 đơn (1,32%)</td></tr></tbody></table>', vn)).toEqual({ lateDispatchRate: 0.0132 });
  });

  it('is no ratio when the sum is wrong: then it is prose, and the rate is not read', () => {
    expect(ratioIn('14 of 1,062 orders (2.32%)', {})).toBeNull();
    expect(ratioIn('1,062 of 14 orders (1.32%)', {})).toBeNull();
    expect(read(table('14 of 1,062 orders (2.32%)'))).toEqual({});
  });

  it('a sample keeps the sentence true: new counts, the percentage they make, still read', () => {
    const body = `<header><div data-tid="m4b_account_entry"><span>Harbour Shop</span></div></header>${table('<b>14</b> of <b>1,062</b> orders (1.32%)')}`;
    const { html } = scrubPage(parseHtml(`<html><body>${body}</body></html>`), GB);
    const cell = parseHtml(html).querySelectorAll('td')[1]?.textContent ?? '';
    const m = /^(\d+) \S+ ([\d,]+) \S+ \((\d\.\d\d)%\)$/.exec(cell);
    expect(m, cell).not.toBeNull();
    const [a, b, pct] = [Number(m![1]), Number(m![2]!.replace(',', '')), Number(m![3])];
    expect(cell).not.toContain('1,062');
    expect(Math.abs((a / b) * 100 - pct)).toBeLessThanOrEqual(0.01);
    expect(Object.keys(read(html.replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g, '')))).toEqual(['lateDispatchRate']);
  });
});
