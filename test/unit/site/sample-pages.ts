/**
 * Generated Seller-Center-like pages with planted canaries, for the scrubber's property
 * tests: metric cards in several layouts and languages (the reader's own labels), and
 * private things where real pages keep them — the shop's name in the header and in a
 * name-bearing element, customers' names, e-mails, phones and order ids in a table, a
 * greeting, titles, alt texts, input values, links, data attributes, inline styles, a
 * card in an open shadow root, and the shop id in the URL.
 */
import fc from 'fast-check';
import { METRIC_KEYS, METRICS, type MetricKey } from '../../../lib/metric-defs';
import { LABELS } from '../../../lib/site/labels';

export type Canaries = { names: string[]; emails: string[]; phones: string[]; ids: string[]; digits: string[] };
export type GeneratedPage = { html: string; url: string; canaries: Canaries };

/** Made-up words from odd syllables: no label, month or UI word is one of them. */
const SYLLABLES = ['zor', 'vek', 'qui', 'lan', 'tis', 'bex', 'dru', 'yon', 'fal', 'wix', 'pum', 'rho', 'zan', 'kel'];
const word = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 3 }).map((s) => s.join(''));
const capitalized = word.map((w) => w[0]!.toUpperCase() + w.slice(1));
const personName = fc.tuple(capitalized, capitalized).map(([a, b]) => `${a} ${b}`);
/** Digits that cannot be a date or a small figure by chance: 7–12 digits, no leading zero. */
const digitCanary = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 11 })).map(([a, r]) => `${a}${r.join('')}`);
const orderId = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 18 })).map(([a, r]) => `${a}${r.join('')}`);
const d = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((x) => x.join(''));
const phone = fc.tuple(fc.integer({ min: 2, max: 9 }), d(2), d(3), d(4)).map(([a, b, c, e]) => `+1 (${a}${b}) ${c}-${e}`);

const grouped = (n: number) => n.toLocaleString('en-US');
/** Cents that do not end in 0, so "every digit changed" is always possible. */
const cents = fc.integer({ min: 1, max: 99 }).filter((c) => c % 10 !== 0).map((c) => String(c).padStart(2, '0'));

/** A value as Seller Center prints it for `key` (never the top of its range: a stand-in must exist). */
function valueOf(key: MetricKey): fc.Arbitrary<string> {
  const { unit } = METRICS[key];
  switch (unit) {
    case 'money':
      return fc.oneof(
        fc.tuple(fc.integer({ min: 1, max: 999_999 }), cents).map(([n, c]) => `$${grouped(n)}.${c}`),
        fc.tuple(fc.integer({ min: 11, max: 999 }), fc.integer({ min: 1, max: 9 })).map(([n, t]) => `$${n}.${t}K`),
      );
    case 'count':
      return fc.oneof(fc.integer({ min: 11, max: 999_999 }).filter((n) => n % 10 !== 0).map(grouped), fc.constant('--'));
    case 'ratio':
      return fc.tuple(fc.integer({ min: 0, max: 98 }), cents).map(([n, c]) => `${n}.${c}%`);
    case 'score':
      return fc.oneof(fc.tuple(fc.integer({ min: 0, max: 4 }), cents).map(([n, c]) => `${n}.${c}`), fc.constant('--'));
    case 'points':
      return key === 'ahr' ? fc.integer({ min: 101, max: 999 }).filter((n) => n % 10 !== 0).map(String) : fc.integer({ min: 11, max: 47 }).filter((n) => n % 10 !== 0).map(String);
  }
}

function labelOf(key: MetricKey): fc.Arbitrary<string> {
  const all = Object.values(LABELS[key]).flat();
  return fc.constantFrom(...(all.length ? all : [key]));
}

type Card = { key: MetricKey; label: string; value: string; layout: number; delta: boolean };
const cardArb: fc.Arbitrary<Card> = fc
  .constantFrom(...METRIC_KEYS)
  .chain((key) => fc.record({ key: fc.constant(key), label: labelOf(key), value: valueOf(key), layout: fc.integer({ min: 0, max: 3 }), delta: fc.boolean() }));

function cardHtml(c: Card, hash: string): string {
  const value =
    c.layout === 2 && /^\$[\d,]+\.\d\d$/.test(c.value)
      ? `<span>$</span><span>${c.value.slice(1, -3)}</span><span>${c.value.slice(-3)}</span>`
      : `<span>${c.value}</span>`;
  const delta = c.delta ? `<div class="_d_${hash}"><span>vs last 7 days</span><span>+3.2%</span></div>` : '';
  if (c.layout === 3) return `<div class="pulse-card _c_${hash}"><span>${c.label}: ${c.value}</span>${delta}</div>`;
  const label = `<div class="_t_${hash}">${c.label}</div>`;
  const v = `<div class="_v_${hash}">${value}</div>`;
  return `<div class="pulse-card _c_${hash}">${c.layout === 1 ? v + label : label + v}${delta}</div>`;
}

const URLS = [
  'https://seller-us.tiktok.com/homepage',
  'https://seller-us.tiktok.com/compass/data-overview',
  'https://seller-us.tiktok.com/health-center/experience-score',
  'https://seller-us.tiktok.com/health-center',
];
const SHOP_CLASSES = ['_shop_8kq2d_12', 'shop-name', '_shopName_1jnk1_4', 'user-info', 'account-name', '_nickname_x2_1'];

export const generatedPage: fc.Arbitrary<GeneratedPage> = fc
  .record({
    cards: fc.uniqueArray(cardArb, { minLength: 1, maxLength: 6, selector: (c) => c.key }),
    url: fc.constantFrom(...URLS),
    shopId: orderId,
    shop: personName,
    shopClass: fc.constantFrom(...SHOP_CLASSES),
    people: fc.array(fc.record({ name: personName, email: fc.tuple(word, word, fc.constantFrom('com', 'co.uk', 'io')), phone, order: orderId }), { minLength: 1, maxLength: 4 }),
    visitor: personName,
    reference: digitCanary,
    styleDigits: digitCanary,
    shadowName: personName,
    // Hex, so a class hash never spells a canary's syllables.
    hash: fc.integer({ min: 0x1000, max: 0xfffff }).map((n) => n.toString(16)),
    withDates: fc.boolean(),
  })
  .map((g) => {
    const h = g.hash;
    const people = g.people.map((p) => ({ ...p, email: `${p.email[0]}.${p.email[1]}@${p.email[0]}mail.${p.email[2]}` }));
    const [shadowCard, ...cards] = g.cards;
    const rows = people
      .map((p, i) => `<tr><td><span class="_n_${h}" title="${p.name}">${p.name}</span></td><td>${p.email}</td><td>${p.phone}</td><td><a href="/order/detail/${p.order}?shop_id=${g.shopId}">${p.order}</a></td><td>$${grouped(120 + i * 37)}.5${i + 1}</td></tr>`)
      .join('');
    const html = `<!doctype html><html lang="en"><head><title>${g.shop} · Seller Center</title><style>body{margin:0}</style><script>var shop = ${JSON.stringify(g.shop)};</script></head><body>
<header class="_top_${h}"><span class="_logo_${h}">TikTok Shop Seller Center</span><span class="${g.shopClass}">${g.shop}</span><img src="https://cdn.example/${g.shopId}.png" alt="${g.shop}"></header>
<nav><a href="/homepage?shop_region=US&shop_id=${g.shopId}">Home</a><a href="https://help.example/${g.shopId}">Help</a></nav>
<main class="_main_${h}">
<div class="_hello_${h}">Welcome back, ${g.visitor}! Your reference is ${g.reference}.</div>
<div class="${g.shopClass}" data-shop="${g.shopId}">${g.shop}</div>
${g.withDates ? '<div class="_range_x"><span>Jun 3, 2025</span><span> - </span><span>Jun 9, 2025</span></div>' : ''}
<section class="_grid_${h}" style="--ref: ${g.styleDigits}">${cards.map((c) => cardHtml(c, h)).join('')}</section>
<div class="_host_${h}"><template shadowrootmode="open"><div class="user-name">${g.shadowName}</div>${shadowCard ? cardHtml(shadowCard, h) : ''}</template></div>
<div aria-label="Orders of ${people[0]!.name}" data-buyer="${people[0]!.name}"><input value="${people[0]!.email}"><input type="search" placeholder="Search ${people[0]!.name}"></div>
<table class="core-table"><thead><tr><th>Customer</th><th>E-mail</th><th>Phone</th><th>Order</th><th>Amount</th></tr></thead><tbody>${rows}</tbody></table>
</main></body></html>`;
    return {
      html,
      url: `${g.url}?shop_region=US&shop_id=${g.shopId}`,
      canaries: {
        names: [g.shop, g.visitor, g.shadowName, ...people.map((p) => p.name)].flatMap((n) => [n, ...n.split(' ')]),
        emails: people.map((p) => p.email),
        phones: people.map((p) => p.phone),
        ids: [g.shopId, ...people.map((p) => p.order)],
        digits: [g.reference, g.styleDigits],
      },
    };
  });

/** Every canary that survived into `html` (names in any case). */
export function survivors(html: string, c: Canaries): string[] {
  const lower = html.toLowerCase();
  const phoneDigits = c.phones.map((p) => p.replace(/\D/g, '').slice(1));
  return [
    ...c.names.filter((n) => lower.includes(n.toLowerCase())),
    ...c.emails.filter((e) => lower.includes(e.toLowerCase())),
    ...c.phones.filter((p) => html.includes(p)),
    ...phoneDigits.filter((p) => html.replace(/\D/g, '').includes(p)),
    ...c.ids.filter((i) => html.includes(i)),
    ...c.digits.filter((x) => html.includes(x)),
  ];
}
