// Seller Center may draw a page in English first and switch to the seller's language about
// 5–6 s later (DOMAIN.md). The real reader under the real watcher: the reading after the
// switch is as complete as the one before it, and no half-translated page is sent.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { readPage, type PageReading } from '../../../lib/site';
import { watchPage } from '../../../lib/site/watch';

const URL_DE = 'https://seller-de.tiktok.com/compass/data-overview?shop_region=DE';

const WORDS = {
  en: { gmv: 'GMV', orders: 'Orders', visitors: 'Visitors', conversionRate: 'Conversion rate', vs: 'vs. previous 7 days' },
  de: { gmv: 'Bruttowarenwert', orders: 'Bestellungen', visitors: 'Besucher', conversionRate: 'Konversionsrate', vs: 'ggü. vorherigen 7 Tagen' },
};
const FIGURES = { gmv: '23.418,70 €', orders: '1.032', visitors: '41.205', conversionRate: '2,33 %' };

function card(key: keyof typeof FIGURES, lang: 'en' | 'de'): HTMLElement {
  const el = document.createElement('div');
  const title = document.createElement('div');
  title.textContent = WORDS[lang][key];
  const value = document.createElement('div');
  value.textContent = FIGURES[key];
  const vs = document.createElement('div');
  vs.append(Object.assign(document.createElement('span'), { textContent: WORDS[lang].vs }), Object.assign(document.createElement('span'), { textContent: '+3,1 %' }));
  el.append(title, value, vs);
  return el;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const flush = async (ms: number) => {
  await Promise.resolve();
  await new Promise((r) => queueMicrotask(() => r(null)));
  vi.advanceTimersByTime(ms);
};

it('reads the whole page again after it switches from English to German, card by card', async () => {
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  const keys = Object.keys(FIGURES) as Array<keyof typeof FIGURES>;
  root.append(...keys.map((k) => card(k, 'en')));
  const sent: PageReading[] = [];
  const w = watchPage({ root, read: () => readPage(document, URL_DE), onReading: (r) => sent.push(r), onUnreadable: () => {}, timers: { setTimeout, clearTimeout } });
  await flush(2000);
  const complete = { gmv: 23418.7, orders: 1032, visitors: 41205, conversionRate: 0.0233 };
  expect(sent.at(-1)?.metrics).toEqual(complete);

  // 5 s later the app re-renders in German, one card every 50 ms.
  await flush(5000);
  for (const [i, k] of keys.entries()) {
    root.children[i]!.replaceWith(card(k, 'de'));
    await flush(50);
  }
  await flush(3000);
  expect(root.textContent).toContain('Bestellungen');
  expect(readPage(document, URL_DE).metrics).toEqual(complete);
  expect(sent.at(-1)?.metrics).toEqual(complete);
  // Every reading sent was complete: none from a half-translated page.
  for (const r of sent) expect(r.metrics).toEqual(complete);
  w.stop();
});
