// What crosses from the page's world: checked on arrival (only known endpoints, metrics in
// range, real days), kept per endpoint, merged only into the page it was seen on.
import { describe, expect, it } from 'vitest';
import { listenForPageData, pageDataSender, PAGE_DATA_EVENT, type ChannelWorld } from '../../../../lib/site/page-data/channel';
import { checkPageDataMessage } from '../../../../lib/site/page-data/check';
import { isSamePage } from '../../../../lib/site/page-data/same-page';
import { pageDataStore } from '../../../../lib/site/page-data/store';
import type { PageDataMessage } from '../../../../lib/site/page-data';

const HREF = 'https://seller-us.tiktok.com/health-center/experience-score?shop_region=US&shop_id=7495';
const msg = (over: Partial<PageDataMessage['figures']> = {}, href = HREF): PageDataMessage => ({
  href,
  figures: { endpoint: 'sps-overview', metrics: { sps: 3.62 }, period: null, currency: null, days: [], ...over },
});

describe('checkPageDataMessage', () => {
  it('passes a well-formed message unchanged', () => {
    const m = msg({ days: [{ day: '2025-06-01', period: null, metrics: { sps: 3.9 } }] });
    expect(checkPageDataMessage(JSON.parse(JSON.stringify(m)))).toEqual(m);
  });

  it('drops metrics out of range or unknown, bad periods, currencies and days', () => {
    const raw = {
      href: HREF,
      figures: {
        endpoint: 'shop-stats',
        metrics: { gmv: 10, sps: 9, orders: 1.5, hacked: 1, conversionRate: null },
        period: { start: '2025-06-08', end: '2025-06-01' },
        currency: 'usd',
        days: [
          { day: '2025-06-01', period: { start: '2025-06-01', end: '2025-06-01' }, metrics: { gmv: 1 } },
          { day: '2025-06-02', period: { start: '2025-06-01', end: '2025-06-02' }, metrics: { gmv: 1 } },
          { day: '2025-02-30', period: null, metrics: { sps: 4 } },
          { day: '2025-06-03', period: null, metrics: { sps: -1 } },
          { day: '2025-06-04', metrics: { sps: 4 } },
        ],
      },
    };
    expect(checkPageDataMessage(raw)).toEqual({
      href: HREF,
      figures: {
        endpoint: 'shop-stats',
        metrics: { gmv: 10, conversionRate: null },
        period: null,
        currency: null,
        days: [{ day: '2025-06-01', period: { start: '2025-06-01', end: '2025-06-01' }, metrics: { gmv: 1 } }],
      },
    });
  });

  it.each([
    ['an unknown endpoint', { ...msg(), figures: { ...msg().figures, endpoint: 'orders' } }],
    ['no figures at all', msg({ metrics: {} })],
    ['an href that is not text', { ...msg(), href: 42 }],
    ['a huge href', { ...msg(), href: `${HREF}&x=${'a'.repeat(5000)}` }],
    ['not an object', 'sps=5'],
    ['null', null],
  ])('rejects %s', (_name, raw) => {
    expect(checkPageDataMessage(raw)).toBeNull();
  });

  it('never throws on a hostile list (one whose own constructor is not one)', () => {
    // What the fuzz found: slice() asks an array's constructor for its species and throws.
    const days = Object.assign([{ day: '2025-06-01', period: null, metrics: { sps: 3.9 } }], { constructor: 5 });
    const raw = { href: HREF, figures: { ...msg().figures, days } };
    expect(() => checkPageDataMessage(raw)).not.toThrow();
    expect(checkPageDataMessage(raw)?.figures.days).toEqual([{ day: '2025-06-01', period: null, metrics: { sps: 3.9 } }]);
  });
});

describe('isSamePage', () => {
  it.each([
    [HREF, HREF, true],
    ['https://seller-us.tiktok.com/health-center/experience-score', HREF, true], // shop added to the URL after load
    [HREF, 'https://seller-us.tiktok.com/health-center/experience-score?shop_region=US&shop_id=7495&tab=2', true],
    [HREF, 'https://seller-us.tiktok.com/health-center/experience-score?shop_region=US&shop_id=1111', false], // another shop
    [HREF, 'https://seller-us.tiktok.com/health-center?shop_region=US&shop_id=7495', false], // another page
    [HREF, 'https://seller-uk.tiktok.com/health-center/experience-score', false],
    ['not a url', HREF, false],
  ])('%s on %s → %s', (a, b, same) => {
    expect(isSamePage(a, b)).toBe(same);
  });
});

describe('pageDataStore', () => {
  it('keeps the latest figures of each endpoint, in arrival order, for the page they were seen on', () => {
    const store = pageDataStore();
    expect(store.add(msg())).toBe(true);
    expect(store.add(msg())).toBe(false); // the same again: nothing new
    expect(store.add(msg({ endpoint: 'ahr-score', metrics: { ahr: 180 } }))).toBe(true);
    expect(store.add(msg({ metrics: { sps: 3.7 } }))).toBe(true);
    expect(store.forPage(HREF).map((f) => f.metrics)).toEqual([{ ahr: 180 }, { sps: 3.7 }]);
    expect(store.forPage('https://seller-us.tiktok.com/homepage')).toEqual([]);
  });
});

/** A window of its own for each test: the page side keeps listening for hello. */
function world(): ChannelWorld {
  const target = new EventTarget();
  return {
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
    CustomEvent,
    JSON,
  };
}

describe('the channel', () => {
  it('carries figures as text to the listener, and sends the latest of each endpoint again on hello', () => {
    const window = world();
    const send = pageDataSender(window);
    send(msg({ metrics: { sps: 3.5 } }));
    send(msg({ metrics: { sps: 3.62 } }));
    send(msg({ endpoint: 'ahr-score', metrics: { ahr: 180 } }));
    const got: unknown[] = [];
    const stop = listenForPageData(window, (raw) => got.push(raw)); // says hello: both endpoints' latest arrive
    expect(got).toEqual([msg({ metrics: { sps: 3.62 } }), msg({ endpoint: 'ahr-score', metrics: { ahr: 180 } })]);
    send(msg({ metrics: { sps: 3.7 } }));
    expect(got).toHaveLength(3);
    stop();
    send(msg({ metrics: { sps: 3.8 } }));
    expect(got).toHaveLength(3);
  });

  it('ignores events that carry no JSON text', () => {
    const window = world();
    const got: unknown[] = [];
    const stop = listenForPageData(window, (raw) => got.push(raw));
    window.dispatchEvent(new CustomEvent(PAGE_DATA_EVENT, { detail: { sps: 5 } }));
    window.dispatchEvent(new CustomEvent(PAGE_DATA_EVENT, { detail: '{not json' }));
    window.dispatchEvent(new CustomEvent(PAGE_DATA_EVENT, { detail: 'x'.repeat(300_000) }));
    stop();
    expect(got).toEqual([]);
  });
});
