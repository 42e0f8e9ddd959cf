import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/site';
import { scrubPage } from '../../../lib/site/sample';
import { capturePage } from '../../../lib/site/sample/capture';
import { parseHtml } from './load';

const US = 'https://seller-us.tiktok.com/health-center/experience-score?shop_region=US&shop_id=7495012345678901234';
const COMPASS = 'https://seller-us.tiktok.com/compass/data-overview?shop_region=US&shop_id=7495012345678901234';
const page = (body: string, head = '') => parseHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
const scrub = (body: string, url = US, head = '') => scrubPage(page(body, head), url);
/** The sample's body as a parsed document, to ask what it shows. */
const sampleDoc = (html: string) => parseHtml(html);
const textOf = (html: string, selector: string) => sampleDoc(html).querySelector(selector)?.textContent ?? null;
const card = (label: string, value: string) => `<div class="card"><div class="t">${label}</div><div class="v">${value}</div></div>`;

describe('scrubPage: figures', () => {
  it('replaces every digit of a figure and keeps its format', () => {
    const { html } = scrub(`${card('GMV', '$48,213.09')}${card('Conversion rate', '5.23%')}${card('Visitors', '58,747')}`, COMPASS);
    const doc = sampleDoc(html);
    const [gmv, rate, visitors] = Array.from(doc.querySelectorAll('.v')).map((e) => e.textContent ?? '');
    expect(gmv).toMatch(/^\$[1-9]\d,\d{3}\.\d{2}$/);
    expect(rate).toMatch(/^\d\.\d{2}%$/);
    expect(visitors).toMatch(/^[1-9]\d,\d{3}$/);
    // Every digit changed, one by one.
    const differsEverywhere = (a: string, b: string) => [...a].every((c, i) => !/\d/.test(c) || c !== b[i]);
    expect(differsEverywhere('$48,213.09', gmv ?? '')).toBe(true);
    expect(differsEverywhere('5.23%', rate ?? '')).toBe(true);
    expect(differsEverywhere('58,747', visitors ?? '')).toBe(true);
  });

  it('keeps a stand-in plausible for its metric: an SPS stays within 0–5, a number that was no SPS stays above 5', () => {
    for (const value of ['3.71', '4.95', '0.52', '5.00']) {
      const { html, url } = scrub(card('Shop Performance Score', value));
      const shown = textOf(html, '.v') ?? '';
      expect(shown).not.toBe(value);
      expect(Number(shown)).toBeGreaterThanOrEqual(0);
      expect(Number(shown)).toBeLessThanOrEqual(5);
      expect(Object.keys(readPage(sampleDoc(html), url).metrics)).toEqual(['sps']);
    }
    const { html } = scrub(`<p class="other">7.42</p>`);
    expect(Number(textOf(html, '.other'))).toBeGreaterThan(5);
  });

  it('keeps the scales a score is shown on: /5, /1000, / 48 points, 12/30', () => {
    const { html, url } = scrub(
      `${card('Shop Performance Score', '3.71/5')}<div class="a">${card('Account Health Rating', '820/1000')}</div>` +
        `<div class="p">${card('Violation points', '6 / 48 points')}</div><p class="n">Not enough orders yet (12/30)</p>`,
      'https://seller-us.tiktok.com/health-center?shop_region=US',
    );
    const doc = sampleDoc(html);
    expect(doc.querySelector('.v')?.textContent).toMatch(/^[0-5]\.\d{2}\/5$/);
    expect(doc.querySelector('.a .v')?.textContent).toMatch(/^\d{3}\/1000$/);
    expect(doc.querySelector('.p .v')?.textContent).toMatch(/^\d \/ 48 points$/);
    const orders = /\((\d+)\/30\)/.exec(doc.querySelector('.n')?.textContent ?? '');
    expect(Number(orders?.[1])).toBeLessThanOrEqual(30);
    expect(orders?.[1]).not.toBe('12');
    expect(Object.keys(readPage(doc, url).metrics).sort()).toEqual(['ahr', 'ordersLast90Days', 'sps', 'violationPoints']);
  });

  it('keeps a label\'s own digits but not a figure glued to it', () => {
    const { html } = scrub('<p class="g">Orders in the last 90 days 1,284</p><p class="s"><span>Orders in the last 90 days</span>1,284</p>');
    const doc = sampleDoc(html);
    // Whether a reader takes the glued text for a label or not, its figure goes; a label keeps its 90.
    expect(doc.querySelector('.g')?.textContent).toMatch(/^(?:Orders in the last 90 days|Xxxxxx xx xxx xxxx \d\d xxxx) [1-9],\d{3}$/);
    expect(doc.querySelector('.s')?.textContent).toMatch(/^Orders in the last 90 days[1-9],\d{3}$/);
    expect(html).not.toContain('1,284');
  });

  it('keeps labels word for word, digits included, and the words of the reader\'s phrases', () => {
    const { html } = scrub(
      `${card('Orders in the last 90 days', '41')}<div class="d"><span>vs last 7 days</span> <span>+3.2%</span></div>`,
    );
    const doc = sampleDoc(html);
    expect(doc.querySelector('.t')?.textContent).toBe('Orders in the last 90 days');
    expect(doc.querySelector('.v')?.textContent).not.toBe('41');
    expect(doc.querySelector('.d')?.textContent).toMatch(/^vs last \d days \+\d\.\d%$/);
  });

  it('scrubs a figure drawn in pieces as one number (an SPS of 3 + .71 stays below 5)', () => {
    const { html, url } = scrub(`<div><div>Shop Performance Score</div><div class="v"><span>3</span><span>.71</span></div></div>`);
    expect(Number(textOf(html, '.v'))).toBeLessThanOrEqual(5);
    expect(textOf(html, '.v')).not.toBe('3.71');
    expect(readPage(sampleDoc(html), url).metrics.sps).toBeTypeOf('number');
  });

  it('keeps a whole amount whole (a count stays a count)', () => {
    const { html, url } = scrub(card('Orders', '1,287.00'), COMPASS);
    expect(textOf(html, '.v')).toMatch(/^[1-9],\d{3}\.00$/);
    expect(Object.keys(readPage(sampleDoc(html), url).metrics)).toEqual(['orders']);
  });
});

describe('scrubPage: dates', () => {
  it('moves every date back by the same whole number of weeks, in the same format', () => {
    const { html, url } = scrub(`<div class="r">Jun 3, 2025 - Jun 9, 2025</div><div class="i">2025-06-03</div>${card('GMV', '$5.00')}`, COMPASS);
    const before = readPage(page(`<div>Jun 3, 2025 - Jun 9, 2025</div>${card('GMV', '$5.00')}`), COMPASS).period;
    const after = readPage(sampleDoc(html), url).period;
    expect(before).toEqual({ start: '2025-06-03', end: '2025-06-09' });
    expect(after).not.toBeNull();
    const days = (Date.parse(before!.start) - Date.parse(after!.start)) / 86_400_000;
    expect(days % 7).toBe(0);
    expect(days).toBeGreaterThan(0);
    expect(Date.parse(after!.end) - Date.parse(after!.start)).toBe(6 * 86_400_000);
    expect(textOf(html, '.r')).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4} - [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(textOf(html, '.i')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(textOf(html, '.i')).not.toBe('2025-06-03');
  });
});

describe('scrubPage: names, contacts, ids and links', () => {
  it('replaces e-mail addresses, phone numbers, links and handles in any text', () => {
    const { html, removed } = scrub(
      '<p class="c">Write to jane.doe@acme-shop.com or call +1 (555) 013-2747, see https://acme.example/x?id=9 or @janedoe</p>',
    );
    const text = textOf(html, '.c') ?? '';
    for (const gone of ['jane', 'acme', '013-2747', '555', 'janedoe']) expect(text.toLowerCase()).not.toContain(gone);
    expect(removed).toEqual(expect.arrayContaining(['emails', 'phones', 'links', 'names']));
  });

  it("replaces the shop's name from the header bar wherever else it appears", () => {
    const { html } = scrub(
      `<header><div class="shop-name">Acme Outdoor</div></header><h2 class="h">Acme Outdoor</h2>${card('GMV', '$5.00')}` +
        '<nav><a>Acme Outdoor dashboard</a></nav>',
      COMPASS,
    );
    expect(html).not.toContain('Acme');
    expect(textOf(html, '.h')).toBe('Xxxx Xxxxxxx');
  });

  it('keeps navigation, tabs, buttons, column headers and captions next to a figure; masks table cells and sentences', () => {
    const body =
      '<nav><a>Data Compass</a></nav><div role="tab">Overview</div><button>Export</button>' +
      `${card('Merchant vitality index', '4.8')}<p class="s">Thanks for selling with us this season</p>` +
      '<table><thead><tr><th>Customer</th></tr></thead><tbody><tr><td class="cell">Jane Doe</td></tr></tbody></table>';
    const { html, kept } = scrub(body, COMPASS);
    const doc = sampleDoc(html);
    for (const text of ['Data Compass', 'Overview', 'Export', 'Customer', 'Merchant vitality index']) expect(doc.body.textContent).toContain(text);
    expect(doc.querySelector('.cell')?.textContent).toBe('Xxxx Xxx');
    expect(doc.querySelector('.s')?.textContent).toBe('Xxxxxx xxx xxxxxxx xxxx xx xxxx xxxxxx');
    // What stays word for word (and is no label the reader knows) is listed for the seller to look over.
    expect(kept).toEqual(expect.arrayContaining(['Data Compass', 'Overview', 'Merchant vitality index']));
    expect(kept).not.toContain('GMV');
  });

  it('keeps the words of attributes only when they are a label (no one reviews attributes)', () => {
    const { html } = scrub('<nav><a title="Jane Doe" aria-label="Orders">Home</a></nav><button title="Open the menu of Jane Doe">Menu</button>');
    expect(html).not.toContain('Jane');
    expect(html).toContain('aria-label="Orders"');
  });

  it('also replaces the texts the seller picks', () => {
    const body = `${card('Merchant vitality index', '4.8')}<nav><a>Merchant vitality index help</a></nav>`;
    const { html } = scrubPage(page(body), COMPASS, { remove: ['Merchant vitality index'] });
    expect(html).not.toContain('Merchant vitality index');
  });

  it('keeps only links to the Seller Center, as a path with shop_region; drops ids from the page URL', () => {
    const { html, url } = scrub(
      '<a class="in" href="/order/detail/5771234567890123?shop_region=US&shop_id=7495012345678901234&order=5771234567890123">o</a>' +
        '<a class="out" href="https://tracker.example/p?id=42">t</a><a class="js" href="javascript:alert(1)">j</a>',
    );
    const doc = sampleDoc(html);
    expect(doc.querySelector('.in')?.getAttribute('href')).toMatch(/^\/order\/detail\/\d{16}\?shop_region=US$/);
    expect(doc.querySelector('.in')?.getAttribute('href')).not.toContain('5771234567890123');
    expect(doc.querySelector('.out')?.hasAttribute('href')).toBe(false);
    expect(doc.querySelector('.js')?.hasAttribute('href')).toBe(false);
    expect(url).toBe('https://seller-us.tiktok.com/health-center/experience-score?shop_region=US');
    expect(html).not.toContain('7495012345678901234');
    expect(doc.querySelector('meta[name="shop-pulse-url"]')?.getAttribute('content')).toBe(url);
  });
});

describe('scrubPage: structure', () => {
  it('keeps tags and layout attributes, drops scripts, styles, sources, handlers and other data', () => {
    const { html, removed } = scrub(
      '<div id="key-info-ahr" class="arco-card _card_1jnk1_1" role="region" data-tid="m4b_card" aria-label="Account Health Rating" hidden style="display: none">' +
        '<img src="https://cdn.example/avatar.png" alt="">' +
        '<span data-order-id="5771234567890123" onclick="steal()">x</span></div><script>var shop = "Acme";</script><!-- user: Jane -->',
      US,
      '<style>.x{color:red}</style><link rel="icon" href="https://cdn.example/a.ico"><title>Acme - Seller Center</title>',
    );
    const el = sampleDoc(html).getElementById('key-info-ahr')!;
    expect(el.getAttribute('class')).toBe('arco-card _card_1jnk1_1');
    expect(el.getAttribute('role')).toBe('region');
    expect(el.getAttribute('data-tid')).toBe('m4b_card');
    expect(el.getAttribute('aria-label')).toBe('Account Health Rating');
    expect(sampleDoc(html).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(el.hasAttribute('hidden')).toBe(true);
    expect(el.getAttribute('style')).toBe('display: none');
    expect(el.querySelector('img')?.hasAttribute('src')).toBe(false);
    expect(el.querySelector('span')?.hasAttribute('data-order-id')).toBe(false);
    expect(el.querySelector('span')?.hasAttribute('onclick')).toBe(false);
    for (const gone of ['Acme', 'Jane', 'steal', 'cdn.example', 'color:red', '5771234567890123']) expect(html).not.toContain(gone);
    expect(removed).toEqual(expect.arrayContaining(['scripts', 'styles', 'media', 'attributes', 'links']));
  });

  it('writes open shadow roots as declarative templates that read back the same', () => {
    const doc = page('<div id="host"></div>');
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = card('GMV', '$9,876.54') + card('Orders', '321');
    const { html, url } = scrubPage(doc, COMPASS);
    expect(html).toContain('<template shadowrootmode="open">');
    const back = readPage(sampleDoc(html), url);
    expect(Object.keys(back.metrics)).toEqual(['gmv', 'orders']);
    expect(back.metrics.gmv).not.toBe(9876.54);
  });

  it('records what the stylesheets hid, and the sample hides it too', () => {
    const doc = page(`<div class="pane-off">${card('GMV', '$2,000.00')}</div>${card('Orders', '20')}`, '<style>.pane-off { display: none }</style>');
    const { html, url } = scrubPage(doc, COMPASS);
    expect(sampleDoc(html).querySelector('div')?.getAttribute('data-sp-display')).toBe('none');
    expect(Object.keys(readPage(sampleDoc(html), url).metrics)).toEqual(['orders']);
  });

  it('skips Shop Pulse\'s own panel and gives the same sample for the same page', () => {
    const body = `${card('GMV', '$5.00')}<shop-pulse-overlay><p>Shop Pulse</p></shop-pulse-overlay><div data-shop-pulse>SPS 3.62</div>`;
    const a = scrub(body, COMPASS);
    expect(a.html).not.toContain('Shop Pulse</p>');
    expect(a.html).not.toContain('data-shop-pulse');
    expect(scrub(body, COMPASS).html).toBe(a.html);
    expect(scrub(`${card('GMV', '$6.00')}`, COMPASS).html).not.toBe(a.html);
  });

  it('accepts an element or a shadow root as the root, and any URL', () => {
    const doc = page(card('GMV', '$5.00'));
    const fromElement = scrubPage(doc.body, 'not a url');
    expect(fromElement.html).toMatch(/^<!doctype html><html><head>.*<\/head><body>.*<\/body><\/html>$/s);
    expect(fromElement.url).toBe('');
  });
});

describe('capturePage (content script)', () => {
  it('copies the live page with computed display, attributes and shadow roots, without scripts or our panel', () => {
    const doc = page(
      '<div class="off">hidden by a sheet</div><input class="date" value="2025-06-03"><div id="host"></div>' +
        '<script>var secret = 1;</script><shop-pulse-overlay>Shop Pulse</shop-pulse-overlay>',
      '<style>.off { display: none }</style>',
    );
    doc.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>in shadow</p>';
    const html = capturePage(doc);
    const back = parseHtml(html);
    expect(back.querySelector('.off')?.getAttribute('data-sp-display')).toBe('none');
    expect(back.querySelector('.date')?.getAttribute('value')).toBe('2025-06-03');
    expect(back.getElementById('host')?.shadowRoot?.textContent).toBe('in shadow');
    expect(html).not.toContain('secret');
    expect(html).not.toContain('shop-pulse-overlay');
  });

  it('scrubbed afterwards, reads the same metric keys as the live page', () => {
    const doc = page(`${card('Shop Performance Score', '3.71')}${card('Negative review rate', '0.84%')}<div class="x">${card('Orders', '5')}</div>`, '<style>.x { visibility: hidden }</style>');
    const live = readPage(doc, US);
    const sample = scrubPage(parseHtml(capturePage(doc)), US);
    expect(Object.keys(readPage(parseHtml(sample.html), sample.url).metrics)).toEqual(Object.keys(live.metrics));
  });
});
