// Seller-Center-shaped pages for the benchmark: an SPA shell whose own script renders a
// header, a navigation menu, label/value metric cards, a date range and a big table,
// all with hashed class names (css-1x2y3z), like the real app. Deterministic.

/** Data Compass overview at a real Seller Center URL (readPage knows it as `analytics`). */
export const BENCH_URL = 'https://seller-us.tiktok.com/compass/data-overview?shop_region=US&shop_id=7495012345678901234';

const CARDS = [
  ['GMV', '$48,213.09'], ['Orders', '1,204'], ['Items sold', '1,877'], ['Buyers', '1,090'],
  ['Visitors', '35,112'], ['Conversion rate', '3.43%'], ['LIVE GMV', '$9,120.00'], ['Video GMV', '$8,404.50'],
  ['Product card GMV', '$30,688.59'],
];

/**
 * The renderer, as page source: builds ~`elements` elements under #root.
 * Exposes `window.__bench` = { render(), storm(opts) } for the mutation storm.
 */
function appSource() {
  /* eslint-disable */
  const cls = (seed) => 'css-' + ((seed * 2654435761) >>> 0).toString(36).slice(0, 6);
  const el = (tag, seed, parent, text) => {
    const e = document.createElement(tag);
    e.className = cls(seed);
    if (text !== undefined) e.textContent = text;
    parent?.appendChild(e);
    return e;
  };
  function render(root, cards, elements) {
    root.textContent = '';
    let seed = 1;
    const header = el('header', seed++, root);
    el('span', seed++, header, 'TikTok Shop Seller Center');
    const nav = el('div', seed++, header);
    nav.setAttribute('role', 'navigation');
    for (const name of ['Home', 'Orders', 'Products', 'Marketing', 'Data Compass', 'Health center', 'Finance']) el('a', seed++, nav, name);
    const main = el('main', seed++, root);
    const range = el('div', seed++, main);
    el('span', seed++, range, 'Date range');
    el('span', seed++, range, 'Jun 3, 2025 - Jun 9, 2025');
    const grid = el('div', seed++, main);
    const counters = [];
    for (const [label, value] of cards) {
      const card = el('div', seed++, grid);
      const head = el('div', seed++, card);
      el('span', seed++, head, label);
      const tip = el('span', seed++, head, 'i');
      tip.setAttribute('role', 'tooltip');
      const body = el('div', seed++, card);
      counters.push(el('span', seed++, body, value));
      el('span', seed++, card, 'vs previous 7 days +4.2%');
    }
    const table = el('table', seed++, main);
    const thead = el('thead', seed++, table);
    const hr = el('tr', seed++, thead);
    const COLS = ['Product', 'SKU', 'GMV', 'Items sold', 'Orders', 'Visitors', 'Conversion'];
    for (const c of COLS) el('th', seed++, hr, c);
    const tbody = el('tbody', seed++, table);
    const count = () => root.getElementsByTagName('*').length;
    let row = 0;
    const addRow = (n) => {
      const tr = el('tr', seed++, null);
      const cells = [`Outdoor item ${n}`, `SKU-${10000 + n}`, `$${(n * 37.13).toFixed(2)}`, String(n * 3), String(n * 2), String(n * 41), `${(n % 9) + 1}.2%`];
      for (const c of cells) {
        const td = el('td', seed++, tr);
        el('span', seed++, td, c);
      }
      return tr;
    };
    while (count() < elements) tbody.appendChild(addRow(row++));
    return { tbody, counters, addRow, rows: () => row++ };
  }
  window.__bench = {
    render(elements) {
      const root = document.getElementById('root');
      this.view = render(root, window.__benchCards, elements);
      return root.getElementsByTagName('*').length;
    },
    /**
     * `count` mutations over `ms`: table rows added/replaced, counters ticking, and (when given)
     * the overlay re-rendering inside its own shadow root. Resolves with the page's own script time.
     */
    storm({ count = 1000, ms = 2000, kinds = ['row', 'counter', 'overlay'] } = {}) {
      const v = this.view;
      const overlay = document.querySelector('shop-pulse-overlay')?.shadowRoot?.querySelector('[data-bench-panel]');
      let done = 0;
      let own = 0;
      const start = performance.now();
      return new Promise((resolve) => {
        const tick = () => {
          const t0 = performance.now();
          // Paced by the clock: by time t, count * t / ms mutations are done (timers clamp to ≥ 4 ms).
          const due = Math.min(count, Math.ceil((count * (t0 - start + 4)) / ms));
          for (; done < due; done++) {
            const kind = kinds[done % kinds.length];
            if (kind === 'row') {
              const rows = v.tbody.rows;
              const old = rows[done % rows.length];
              v.tbody.replaceChild(v.addRow(v.rows()), old);
            } else if (kind === 'counter') {
              const c = v.counters[done % v.counters.length];
              c.textContent = c.textContent.replace(/\d(?=[^\d]*$)/, (d) => String((+d + 1) % 10));
            } else if (overlay) {
              overlay.textContent = `Shop Pulse · render ${done}`;
              overlay.setAttribute('style', `opacity:${0.9 + (done % 10) / 100}`);
            }
          }
          own += performance.now() - t0;
          if (done < count) setTimeout(tick, 4);
          else resolve({ mutations: done, ownMs: own });
        };
        tick();
      });
    },
  };
  /* eslint-enable */
}

/**
 * @param {{ elements?: number, autoRender?: boolean, title?: string }} [opts]
 * autoRender: the page renders itself on load, after a short skeleton, like the SPA.
 */
export function sellerCenterPage({ elements = 5000, autoRender = true, title = 'Data Compass' } = {}) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} - TikTok Shop Seller Center</title>
<style>.css-skel{height:400px;background:#eee}table{border-collapse:collapse}td,th{padding:2px 6px}</style></head>
<body><div id="root"><div class="css-skel">Loading…</div></div>
<script>
window.__benchCards = ${JSON.stringify(CARDS)};
(${appSource.toString()})();
${autoRender ? `setTimeout(() => window.__bench.render(${elements}), 50);` : ''}
</script></body></html>`;
}
