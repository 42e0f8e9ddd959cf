import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/site';

const US = 'https://seller-us.tiktok.com/compass/data-overview?shop_region=US';
const page = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const metrics = (body: string, url = US) => readPage(page(body), url).metrics;

describe('readPage details', () => {
  it('ignores script, style, template, hidden nodes, tooltips, menus and our overlay', () => {
    const r = readPage(
      page(`
      <script>GMV $5</script><style>.a{}</style><template><p>GMV</p><p>$5</p></template>
      <div hidden><p>GMV</p><p>$5</p></div><div style="visibility: hidden"><p>GMV</p><p>$5</p></div>
      <div aria-hidden="true"><p>GMV</p><p>$5</p></div><div role="tooltip"><p>GMV</p><p>$5</p></div>
      <div role="menu"><div role="menuitem"><span>Orders</span><span>12</span></div></div>
      <nav><span>Orders</span><span>12</span></nav>
      <shop-pulse-overlay><p>GMV</p><p>$5</p></shop-pulse-overlay><div data-shop-pulse><p>Orders</p><p>7</p></div>`),
      US,
    );
    expect(r.metrics).toEqual({});
    expect(r.missing).toEqual(['gmv', 'orders']);
  });

  it('reads the tab the seller sees, not a pane a stylesheet hides', () => {
    const tabs = (hidden: 'first' | 'second') => `
      <style>.pane-off { display: none } .ghost { visibility: hidden }</style>
      <div class="${hidden === 'first' ? 'pane-off' : 'pane'}"><div><p>GMV</p><p>$1,000.00</p></div><div><p>Orders</p><p>10</p></div></div>
      <div class="${hidden === 'second' ? 'pane-off' : 'pane'}"><div><p>GMV</p><p>$2,000.00</p></div><div><p>Orders</p><p>20</p></div></div>`;
    expect(metrics(tabs('first'))).toEqual({ gmv: 2000, orders: 20 });
    expect(metrics(tabs('second'))).toEqual({ gmv: 1000, orders: 10 });
    // A label that is shown never takes a figure the page keeps invisible.
    expect(metrics('<style>.ghost { visibility: hidden }</style><div><p>Orders</p><p class="ghost">99</p></div>')).toEqual({});
  });

  describe('long lists (a table body of 32+ rows), which the walk may pass over', () => {
    const rows = (n: number, row: (i: number) => string[]) =>
      `<table><tbody>${Array.from({ length: n }, (_, i) => `<tr>${row(i).map((c) => `<td><span>${c}</span></td>`).join('')}</tr>`).join('')}</tbody></table>`;
    const products = rows(40, (i) => [`Outdoor item ${i}`, `SKU-${10000 + i}`, `$${(i * 37.13).toFixed(2)}`, String(i * 3), `${i % 9}.2%`]);
    const cards = '<div><p>GMV</p><p>$48,213.09</p></div><div><p>Orders</p><p>1,204</p></div>';

    it('reads the cards around a big product table, before or after it', () => {
      expect(metrics(cards + products)).toEqual({ gmv: 48213.09, orders: 1204 });
      expect(metrics(products + cards)).toEqual({ gmv: 48213.09, orders: 1204 });
    });

    it('still reads a label that sits in a long list', () => {
      const kv = rows(40, (i) => (i === 17 ? ['Orders', '1,204'] : [`Note ${i}`, 'ok']));
      expect(metrics(kv)).toEqual({ orders: 1204 });
    });

    it('still counts a long list\'s decimal marks and dates', () => {
      // 1.234,56 next to a quantity cell: the page writes decimals with a comma.
      const euro = rows(40, (i) => (i === 3 ? ['1.234,56', '12'] : [`Item ${i}`, String(i)]));
      expect(metrics('<div><p>GMV</p><p>$1,204</p></div>' + euro)).toEqual({ gmv: 1.204 });
      // A list of shipping windows (ranges) makes the page's date range ambiguous, as a short one does.
      const picker = '<div><span>Jun 3, 2025</span><span>-</span><span>Jun 9, 2025</span></div>';
      const orders = rows(40, (i) => [`Jun ${(i % 9) + 1}, 2025`, `Jun ${(i % 9) + 3}, 2025`]);
      expect(readPage(page(picker + cards), US).period).toEqual({ start: '2025-06-03', end: '2025-06-09' });
      expect(readPage(page(picker + cards + orders), US).period).toBeNull();
    });
  });

  it('reads by label whatever the class names', () => {
    const a = metrics('<div class="metric-card"><div class="metric-label">GMV</div><div class="metric-value">$10.00</div></div>');
    const b = metrics('<div class="_x9_1"><div class="_k2_7">GMV</div><div class="_q0_3">$10.00</div></div>');
    const c = metrics('<div class="metric-card"><div class="metric-label">Orders</div><div class="metric-value">10</div></div>');
    expect(a).toEqual({ gmv: 10 });
    expect(b).toEqual({ gmv: 10 });
    expect(c).toEqual({ orders: 10 });
  });

  it('does not take a value for a label with no value, nor a column header\'s cells', () => {
    expect(metrics('<div><p>GMV</p><p>No chart yet</p></div><div><p>Products</p><p>12</p></div>')).toEqual({});
    // A list's header names every row's figure: one product (or shop) row is not the page's GMV.
    const list = (rows: string[]) =>
      `<table><thead><tr><th>Product</th><th>GMV</th><th>Orders</th></tr></thead><tbody>${rows.map((r) => `<tr><td>${r}</td><td>$5.00</td><td>3</td></tr>`).join('')}</tbody></table>`;
    expect(metrics(list(['Walnut tray']))).toEqual({});
    expect(metrics(list(['Walnut tray', 'Oak board']))).toEqual({});
    expect(metrics('<div><p>GMV</p></div><ul><li><span>Walnut tray</span> <span>$5.00</span></li><li><span>Oak board</span> <span>$7.00</span></li></ul>')).toEqual({});
  });

  it('reads a KPI strip drawn as a row of names over a row of figures', () => {
    // Seen as ARIA grids and as tables: every cell of the value row is a figure.
    expect(metrics('<table><thead><tr><th>GMV</th><th>Orders</th></tr></thead><tbody><tr><td>$5.00</td><td>3</td></tr></tbody></table>')).toEqual({ gmv: 5, orders: 3 });
    const strip =
      '<div><div><span>GMV</span></div><div><span>Orders</span></div><div><span>Page views</span></div></div>' +
      '<div><div><span>$48.00</span><small>+2%</small></div><div><span>12</span></div><div><span>310</span></div></div>';
    expect(metrics(`<div>${strip}</div>`)).toEqual({ gmv: 48, orders: 12 });
  });

  it('reads "Label: value" in one text and the value of a ratio only from a percentage', () => {
    expect(metrics('<p>Orders: 1,234</p><div><p>Conversion rate</p><p>4.2</p><p>4.2%</p></div>')).toEqual({
      orders: 1234,
      conversionRate: 0.042,
    });
  });

  it('keeps ranges and dashes as null, never 0', () => {
    expect(metrics('<div><p>GMV</p><p>$30K-$100K</p></div><div><p>Orders</p><p>--</p></div>')).toEqual({ gmv: null, orders: null });
    // A lone dash is "no value" too; as a sign in a comparison row it still marks a delta.
    expect(metrics('<div><p>Visitors</p><p>-</p></div><div><p>Orders</p><p>12</p><p>vs last 7 days</p><p>-</p><p>3</p></div>')).toEqual({ visitors: null, orders: 12 });
    expect(metrics('<div><p>Orders</p><p>-</p><p>3</p></div>')).toEqual({ orders: null });
  });

  it('skips deltas, comparison rows and targets next to the value', () => {
    expect(
      metrics(`<div><div>Visitors</div><div><span>vs last 7 days</span><span>1,000</span></div><div><span>↑</span><span>12</span></div></div>`),
    ).toEqual({});
    expect(metrics(`<div><div>Orders</div><div><span>Target</span><span>100</span></div><div>87</div></div>`)).toEqual({ orders: 87 });
  });

  it('keeps one currency per reading', () => {
    const r = readPage(page('<div><p>GMV</p><p>$100.00</p></div><div><p>LIVE GMV</p><p>£5.00</p></div>'), US);
    expect(r.currency).toBe('USD');
    expect(r.metrics).toEqual({ gmv: 100 });
  });

  it('walks open shadow roots attached by script, from any root node', () => {
    const doc = page('<div id="host"></div>');
    const host = doc.getElementById('host');
    const shadow = host!.attachShadow({ mode: 'open' });
    const card = doc.createElement('div');
    card.append(Object.assign(doc.createElement('p'), { textContent: 'Orders' }), Object.assign(doc.createElement('p'), { textContent: '42' }));
    shadow.append(card);
    expect(readPage(doc, US).metrics).toEqual({ orders: 42 });
    expect(readPage(doc.body, US).metrics).toEqual({ orders: 42 });
    expect(readPage(card, US).metrics).toEqual({ orders: 42 });
  });

  it('knows nothing on unknown pages and never invents a missing list there', () => {
    const r = readPage(page('<p>Orders</p><p>5</p>'), 'https://example.com/');
    expect(r).toEqual({ page: 'unknown', region: null, shopId: null, currency: null, period: null, metrics: { orders: 5 }, missing: [] });
  });

  it('expects the health score of the region', () => {
    const empty = page('<p>Account health</p>');
    expect(readPage(empty, 'https://seller-us.tiktok.com/health-center').missing).toEqual(['ahr']);
    expect(readPage(empty, 'https://seller-my.tiktok.com/account/health').missing).toEqual(['violationPoints']);
    expect(readPage(empty, 'https://seller.tiktokshopglobalselling.com/health-center').missing).toEqual(['ahr', 'violationPoints']);
  });
  it('takes the first fitting figure after a row name, not a placeholder columns further on', () => {
    const health = 'https://seller-vn.tiktok.com/account/health?shop_region=VN';
    const row = (name: string, value: string, extra: string) =>
      `<tr><td><div>${name}</div></td><td><div><b>${value}</b> <span>so với kỳ trước 0,00%</span></div></td><td><div>&lt; 1%</div></td><td><div>${extra}</div></td></tr>`;
    const table = `<table><thead><tr><th>Chỉ số</th><th>Cửa hàng của bạn</th><th>Mục tiêu</th><th>Điểm</th></tr></thead>
      <tbody>${row('Tỷ lệ gửi hàng trễ', '2,8%', '2')}${row('Tỷ lệ đánh giá tiêu cực', '0,45%', '—')}</tbody></table>`;
    expect(metrics(table, health)).toMatchObject({ lateDispatchRate: 0.028, negativeReviewRate: 0.0045 });
  });

  it('a name over a column of one-kind figures titles them; a legend line still reads', () => {
    // "GMV" heads a column of channel amounts: none of them is the page's GMV.
    const column = '<div><div>Kênh</div><div>LIVE</div><div>Video</div></div><div><div>GMV</div><div>₫12,31M</div><div>₫21,04M</div></div>';
    expect(metrics(column, 'https://seller-vn.tiktok.com/compass/data-overview?shop_region=VN').gmv).toBeUndefined();
    // A legend line: the name, its share, its amount — the amount is the name's.
    const legend = '<ul><li><span>LIVE</span><span>21.80%</span><span>$5,105.28</span></li><li><span>Video</span><span>48.00%</span><span>$11,240.98</span></li></ul>';
    expect(metrics(legend)).toMatchObject({ gmvLive: 5105.28, gmvVideo: 11240.98 });
  });
});
