// What a page written by other hands says in ways no list foresaw (blind rounds E and F):
// labels known by their concepts, "your …", a label with a separator before its link, a
// status tag in any language after the value, "not enough data", one day's figures, and
// the shop's name beside the account menu's avatar.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/site';
import { matchLabel, mayStartLabel } from '../../../lib/site/labels';
import { dayPeriod } from '../../../lib/site/period';
import { readShopName } from '../../../lib/site/shop-name';

const doc = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const keyOf = (text: string) => (mayStartLabel(text) ? (matchLabel(text)?.key ?? null) : 'filtered out');
/** No metric, whether the cheap test or the match turned it away. */
const metricOf = (text: string) => (mayStartLabel(text) ? (matchLabel(text)?.key ?? null) : null);

describe('labels by concept', () => {
  it('knows a rate or a score by what its label names, in any wording', () => {
    expect(keyOf('Rate pünktlicher Zustellungen')).toBe('onTimeDeliveryRate');
    expect(keyOf('Tasso di cancellazione imputabile al venditore')).toBe('sellerCancellationRate');
    expect(keyOf("Valutazione della salute dell'account")).toBe('ahr');
    expect(keyOf('Tỷ lệ hủy đơn do lỗi người bán')).toBe('sellerCancellationRate');
    expect(keyOf('Taux de retours remboursés')).toBe('returnRefundRate');
    expect(keyOf('Verspätete Versendungsquote')).toBe('lateDispatchRate');
  });

  it('is not fooled by a figure about the metric, another party, or two metrics at once', () => {
    expect(metricOf('Buyer cancellation rate')).toBeNull();
    expect(metricOf('Category average seller cancellation rate')).toBeNull();
    expect(metricOf('Durchschnitt der Kategorie: Stornierungsrate durch Verkäufer')).toBeNull();
    expect(metricOf('Obiettivo tasso di cancellazione del venditore')).toBeNull();
    expect(metricOf('Shop performance')).toBeNull(); // a page title, not the score
    expect(metricOf('Account health')).toBeNull();
    expect(metricOf('Late and on-time dispatch rate')).toBeNull();
  });

  it('reads "your …" labels and the 90-day count whatever its first word', () => {
    expect(keyOf('Ihre Shop-Leistungsbewertung')).toBe('sps');
    expect(keyOf('Your account health rating')).toBe('ahr');
    expect(keyOf('Berücksichtigte Bestellungen (letzte 90 Tage)')).toBe('ordersLast90Days');
    expect(keyOf('Tu tasa de cancelación del vendedor')).toBe('sellerCancellationRate');
    expect(keyOf('Tutorial')).not.toBe('sps'); // "tu" is a word, not a prefix of one
  });

  it('takes "LIVE ·" before a link as the LIVE label', () => {
    expect(keyOf('LIVE ·')).toBe('gmvLive');
    expect(keyOf('Tarjeta de producto ·')).toBe('gmvProductCard');
  });
});

describe('values next to words the reader does not know', () => {
  const IT = 'https://seller-it.tiktok.com/health-center/fulfillment-performance';
  it('keeps a value whose status tag follows it on its line, in any language', () => {
    const card = (tag: string) =>
      `<div><div>Tasso di spedizione in ritardo</div><div><span>3,10 %</span> <span class="arco-tag">${tag}</span></div><div>Obiettivo: ≤ 4 %</div></div>`;
    for (const tag of ['Conforme', 'A rischio', 'Eccellente']) expect(readPage(doc(card(tag)), IT).metrics, tag).toEqual({ lateDispatchRate: 0.031 });
  });

  it('still gives a tile\'s figure to the caption drawn on its own line below it', () => {
    const US = 'https://seller-us.tiktok.com/compass/data-overview?shop_region=US';
    const body = '<div><div>GMV</div><div>$1,200.00</div></div><div><div><div>$98.00</div><div>Affiliate payouts</div></div></div>';
    expect(readPage(doc(body), US).metrics).toEqual({ gmv: 1200 });
  });

  it('reads "--" over "not enough data" as shown without a value', () => {
    const VN = 'https://seller-vn.tiktok.com/health-center/experience-score';
    const row = (note: string) =>
      `<table><tr><th>Chỉ số</th><th>Giá trị của bạn</th><th>Mục tiêu</th></tr><tr><td>Tỷ lệ đánh giá tiêu cực</td><td><span>--</span><div>${note}</div></td><td>≤ 0,50%</td></tr></table>`;
    expect(readPage(doc(row('Chưa đủ dữ liệu')), VN).metrics).toEqual({ negativeReviewRate: null });
    expect(readPage(doc(row('Not enough data')), VN).metrics).toEqual({ negativeReviewRate: null });
  });
});

describe('dayPeriod (a page of one day\'s figures)', () => {
  it('takes the day introduced as the data\'s, or followed by the time it was updated', () => {
    expect(dayPeriod('data for nov 12, 2026 · updated 14:35 (gmt+8)', 'PH')).toEqual({ start: '2026-11-12', end: '2026-11-12' });
    expect(dayPeriod('sáb, 14 nov 2026 · actualizado a las 11:42 (gmt+01:00)', 'ES')).toEqual({ start: '2026-11-14', end: '2026-11-14' });
  });

  it('is null for an "Updated" stamp, a news line, or two different days', () => {
    expect(dayPeriod('updated nov 21, 2026', 'US')).toBeNull();
    expect(dayPeriod('nov 12, 2026 updated late dispatch rate target: 4% or lower', 'US')).toBeNull();
    expect(dayPeriod('data for nov 12, 2026 … data for nov 13, 2026', 'US')).toBeNull();
  });

  it('is what readPage gives when the page shows no range', () => {
    const url = 'https://seller-ph.tiktok.com/homepage';
    const body = '<div>Data for Nov 12, 2026 · Updated 14:35</div><div><div>GMV</div><div>₱12,000.00</div></div>';
    expect(readPage(doc(body), url).period).toEqual({ start: '2026-11-12', end: '2026-11-12' });
  });
});

describe('the shop name in the account menu', () => {
  const header = (menu: string) => `<div class="core-header _hd_1" data-tid="m4b_header"><span>Seller Center</span><span data-tid="m4b_lang_switch">Tiếng Việt</span>${menu}</div>`;
  it('is the text beside the avatar (Seller Center\'s account is the shop)', () => {
    const menu = '<div class="arco-dropdown-trigger sc-x1" data-tid="m4b_account_menu"><span class="arco-avatar"><span class="arco-avatar-text">CI</span></span><span class="sc-x2">Casa Ipê Utilidades</span></div>';
    expect(readShopName(doc(header(menu)))).toBe('Casa Ipê Utilidades');
  });

  it('is none when the menu shows a login (a masked phone) — not the language switch next to it', () => {
    const menu = '<div class="arco-dropdown-trigger" data-tid="m4b_account_menu"><span class="arco-avatar"><img alt=""></span><span>+84 *** *** 812</span></div>';
    expect(readShopName(doc(header(menu)))).toBeNull();
  });

  it('reads a Japanese shop code line', () => {
    expect(readShopName(doc('<header><div><div>さくら雑貨店</div><div>ショップコード：JPSK4R81QZ</div></div></header>'))).toBe('さくら雑貨店');
  });
});

// Blind rounds G and H: structure rather than wording.
describe('layouts of other hands', () => {
  const TH = 'https://seller-th.tiktok.com/account/health';
  const US_SCORE = 'https://seller-us.tiktok.com/health-center/experience-score?shop_region=US';

  it('reads a definition list of names and values taking turns (no list of rows)', () => {
    const pair = (name: string, value: string) => `<dt>${name}</dt><dd><span>${value}</span> <span>ดี</span> <span>เป้าหมาย: &lt; 4.00%</span></dd>`;
    const body = `<dl>${pair('อัตราการจัดส่งล่าช้า', '2.87%')}${pair('อัตราการยกเลิกโดยผู้ขาย', '0.94%')}${pair('อัตราการจัดส่งรวดเร็ว', '71.20%')}${pair('อัตราการตอบกลับแชท', '96.40%')}</dl>`;
    expect(readPage(doc(body), TH).metrics).toEqual({ lateDispatchRate: 0.0287, sellerCancellationRate: 0.0094 });
  });

  it("takes the shop's column from a fixed header drawn as a table of its own", () => {
    const head = '<div><table><thead><tr><th>Metric</th><th>Target</th><th>Category average</th><th>Your shop</th></tr></thead></table></div>';
    const rows = '<div><table><tbody><tr><td colspan="4">Product satisfaction · 4.35</td></tr><tr><td>Negative review rate</td><td>≤ 0.50%</td><td>0.44%</td><td>0.27%</td></tr></tbody></table></div>';
    expect(readPage(doc(`<div>${head}${rows}</div>`), US_SCORE).metrics).toEqual({ negativeReviewRate: 0.0027 });
  });

  it('reads past a verdict tag on the label ("not met target") to the value, not the average', () => {
    const row = '<div><div>อัตรารีวิวเชิงลบ <span>ไม่ผ่านเป้าหมาย</span></div><div><strong>0.92%</strong></div><div>≤ 0.60%</div><div>0.71%</div></div>';
    expect(readPage(doc(row), 'https://seller-th.tiktok.com/health-center/experience-score').metrics).toEqual({ negativeReviewRate: 0.0092 });
  });

  it('reads "Label: value (target)" on one line', () => {
    expect(readPage(doc('<ul><li>Negative review rate: 0.38% (≤ 0.50%)</li></ul>'), US_SCORE).metrics).toEqual({ negativeReviewRate: 0.0038 });
  });

  it("gives a metric named twice the first one's figure (a chart legend further down is another range's)", () => {
    const body =
      '<div><div><div>GMV</div><div>$84,392.10</div></div></div><p>Trend</p><div><div><span></span>GMV <b>$152,907.66</b></div></div>';
    expect(readPage(doc(body), 'https://seller-us.tiktok.com/compass/data-overview').metrics).toEqual({ gmv: 84392.1 });
  });

  it('reads a total of a listed figure as that figure ("Pedidos totais")', () => {
    expect(keyOf('Pedidos totais')).toBe('orders');
    expect(keyOf('Total orders')).toBe('orders');
  });

  it('gives sps null when the score is shown without a number below 30 orders, whatever the words', () => {
    const body = '<div><div>Shop Performance Score</div><div>Your score is on its way</div><div>Eligible orders (past 90 days)</div><div>17/30</div></div>';
    expect(readPage(doc(body), US_SCORE).metrics).toEqual({ sps: null, ordersLast90Days: 17 });
  });

  it('takes the range introduced as the data\'s when a banner shows another', () => {
    const body = '<div>Dados de 10/11/2026 a 16/11/2026</div><p>Campanha de 24/11/2026 a 30/11/2026</p><div><div>GMV</div><div>R$ 1.000,00</div></div>';
    expect(readPage(doc(body), 'https://seller-br.tiktok.com/homepage').period).toEqual({ start: '2026-11-10', end: '2026-11-16' });
  });

  it('does not make a stamp ("Data as of …, 08:00") the period', () => {
    expect(dayPeriod('data as of nov 19, 2026, 08:00 (gmt+8)', 'PH')).toBeNull();
  });
});

describe('shop rows of a Partner Center list in one page language', () => {
  it("reads a row's counts the way its own amounts write numbers, not its market's habit", () => {
    const row = (name: string, market: string, gmv: string, orders: string) =>
      `<tr><td><div>${name}</div></td><td>${market}</td><td>${gmv}</td><td>${orders}</td></tr>`;
    const table =
      '<table><thead><tr><th>店铺</th><th>市场</th><th>成交金额</th><th>订单数</th></tr></thead><tbody>' +
      row('Sekar Batik Official', '印度尼西亚', 'Rp 482,915,300', '1,906') +
      row('Saigon Ceramics', '越南', '₫ 1,268,400,000', '5,102') +
      '</tbody></table>';
    const shops = readPage(doc(table), 'https://partner.tiktokshop.com/compass/shop-analysis').shops ?? [];
    expect(shops.map((s) => [s.region, s.currency, s.metrics])).toEqual([
      ['ID', 'IDR', { gmv: 482915300, orders: 1906 }],
      ['VN', 'VND', { gmv: 1268400000, orders: 5102 }],
    ]);
  });
});

// Blind rounds I and J.
describe('names a health score, a shop or a market without saying it outright', () => {
  it("reads \"Account health\" as the region's health score", () => {
    const card = (value: string) => `<div><div>Account Health</div><div><span>${value.split('/')[0]}</span><span>/${value.split('/')[1]}</span></div></div>`;
    expect(readPage(doc(card('170/1000')), 'https://seller-uk.tiktok.com/homepage').metrics).toEqual({ ahr: 170 });
    expect(readPage(doc(card('6/48')), 'https://seller-my.tiktok.com/homepage').metrics).toEqual({ violationPoints: 6 });
    expect(readPage(doc(card('170/1000')), 'https://seller-jp.tiktok.com/homepage').metrics).toEqual({}); // which score? unknown there
  });

  it("keeps a figure printed with its metric's own scale from a word under it ('Amaran')", () => {
    const body = '<section><div><span>Mata pelanggaran</span><a href="#">Peraturan</a></div><div><span>6</span><span> / 48 mata</span><div><span>Amaran</span></div></div></section>';
    expect(readPage(doc(body), 'https://seller-my.tiktok.com/health-center').metrics).toEqual({ violationPoints: 6 });
  });

  it('finds the account menu beside the page title when there is no header bar', () => {
    const body = '<div><h1>Account Health</h1><div data-tid="m4b_account_menu"><span class="arco-avatar"><span>NT</span></span><span class="_acctName_r5">Northbound Trail Supply</span></div></div>';
    expect(readShopName(doc(body))).toBe('Northbound Trail Supply');
  });

  it("names the shop of a Partner Center page about one shop, and reads '$' as the US edition's dollars", () => {
    const body = '<h1>Shop details: Sunridge Pet Co.</h1><div><div>GMV</div><div>$12,400.00</div></div>';
    const r = readPage(doc(body), 'https://partner.us.tiktokshop.com/shop/detail?id=1');
    expect([r.page, r.region, r.currency, r.metrics, r.shopName]).toEqual(['partner', null, 'USD', { gmv: 12400 }, 'Sunridge Pet Co.']);
    const field = '<table><tr><td>Shop name</td><td>Sunridge Pet Co.</td></tr></table><div><div>GMV</div><div>$1.00</div></div>';
    expect(readPage(doc(field), 'https://partner.us.tiktokshop.com/shop/detail').shopName).toBe('Sunridge Pet Co.');
  });

  it('knows a rate by its concepts behind a gloss, and a Japanese "within the due date" delivery', () => {
    expect(keyOf('Tingkat Pengembalian & Refund (bukan kesalahan pembeli)')).toBe('returnRefundRate');
    expect(keyOf('期日内配達率')).toBe('onTimeDeliveryRate');
  });
});
