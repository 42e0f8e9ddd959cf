import { describe, expect, it, vi } from 'vitest';
import { createMessageHandler, senderRole, type Routes } from '../../../lib/messaging/handler';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN_ID}/`;
const tab = { id: 7, url: 'https://seller-us.tiktok.com/homepage' };
const fromContent = { id: OWN_ID, url: 'https://seller-us.tiktok.com/homepage', tab };
const fromPopup = { id: OWN_ID, url: `${ORIGIN}popup.html` };

const reading = {
  page: 'shop-score',
  region: 'US',
  shopId: '7495012345678901234',
  currency: 'USD',
  period: null,
  metrics: { sps: 3.62, ordersLast90Days: 41 },
  missing: [],
  path: '/health-center/experience-score',
};

function setup() {
  const routes = {
    'reading/captured': vi.fn(async () => ({ status: 'stored', id: 1 })),
    'page/unreadable': vi.fn(async () => ({ status: 'noted' })),
    'shops/list': vi.fn(async () => []),
    'popup/view': vi.fn(async () => ({ shops: [], unreadable: [], status: null })),
    'shop/status': vi.fn(async () => null),
    'shop/charts': vi.fn(async () => ({})),
    'dashboard/view': vi.fn(async () => ({ rows: [], totals: { sellers: 0, dailyGmv: [] } })),
    'overlay/status': vi.fn(async () => null),
    'reading/manual': vi.fn(async () => ({ status: 'stored', id: 2 })),
    'prefs/get': vi.fn(async () => ({})),
    'prefs/set': vi.fn(async () => ({})),
    'history/stats': vi.fn(async () => ({})),
    'history/export': vi.fn(async () => ({})),
    'history/import': vi.fn(async () => ({})),
    'history/clear': vi.fn(async () => ({ cleared: true })),
    'sample/open': vi.fn(async () => ({ status: 'opened' })),
    'reading/backfill': vi.fn(async () => ({ stored: 0, skipped: 0 })),
    'page-data/checks': vi.fn(async () => []),
  } satisfies Routes;
  const rejected: string[] = [];
  const handle = createMessageHandler(routes, { ownId: OWN_ID, extensionOrigin: ORIGIN, onRejected: (w) => rejected.push(w) });
  return { routes, handle, rejected };
}

describe('senderRole', () => {
  it.each([
    ['a content script on a Seller Center tab', fromContent, 'content'],
    ['our popup', fromPopup, 'page'],
    ['another extension', { ...fromContent, id: 'otherextension' }, null],
    ['a tab on a host we do not serve', { id: OWN_ID, url: 'https://www.tiktok.com/@shop', tab }, null],
    ['plain http on a Seller Center host', { id: OWN_ID, url: 'http://seller-us.tiktok.com/', tab }, null],
    ['a look-alike host', { id: OWN_ID, url: 'https://seller-us.tiktok.com.evil.example/', tab }, null],
    ['no url at all', { id: OWN_ID }, null],
  ])('%s → %s', (_name, sender, role) => {
    expect(senderRole(sender, OWN_ID, ORIGIN)).toBe(role);
  });
});

describe('createMessageHandler', () => {
  it('routes a valid reading from a Seller Center tab', async () => {
    const { handle, routes } = setup();
    await expect(handle({ type: 'reading/captured', reading }, fromContent)).resolves.toEqual({
      ok: true,
      data: { status: 'stored', id: 1 },
    });
    expect(routes['reading/captured']).toHaveBeenCalledOnce();
  });

  it.each([
    ['an unknown type', { type: 'history/drop-everything' }],
    ['an extra field', { type: 'reading/captured', reading, extra: 1 }],
    ['a metric out of range', { type: 'reading/captured', reading: { ...reading, metrics: { sps: 9 } } }],
    ['an unknown metric', { type: 'reading/captured', reading: { ...reading, metrics: { karma: 1 } } }],
    ['a string where a number belongs', { type: 'reading/captured', reading: { ...reading, metrics: { sps: '3.6' } } }],
    ['not an object', 'reading/captured'],
    ['null', null],
  ])('rejects %s and calls no route', async (_name, msg) => {
    const { handle, routes, rejected } = setup();
    await expect(handle(msg, fromContent)).resolves.toEqual({ ok: false, error: 'malformed message' });
    expect(routes['reading/captured']).not.toHaveBeenCalled();
    expect(rejected).toEqual(['malformed message']);
  });

  it('keeps privileged page messages away from content scripts, and readings away from pages', async () => {
    const { handle, routes } = setup();
    await expect(handle({ type: 'shops/list' }, fromContent)).resolves.toMatchObject({ ok: false });
    await expect(handle({ type: 'popup/view', preferredShopKey: null }, fromContent)).resolves.toMatchObject({ ok: false });
    await expect(handle({ type: 'history/clear' }, fromContent)).resolves.toMatchObject({ ok: false });
    await expect(handle({ type: 'history/export', format: 'json' }, fromContent)).resolves.toMatchObject({ ok: false });
    expect(routes['history/clear']).not.toHaveBeenCalled();
    await expect(handle({ type: 'reading/captured', reading }, fromPopup)).resolves.toMatchObject({ ok: false });
    expect(routes['shops/list']).not.toHaveBeenCalled();
    expect(routes['popup/view']).not.toHaveBeenCalled();
    expect(routes['reading/captured']).not.toHaveBeenCalled();
  });

  it('rejects messages from other extensions', async () => {
    const { handle } = setup();
    await expect(handle({ type: 'shops/list' }, { ...fromPopup, id: 'intruder' })).resolves.toEqual({
      ok: false,
      error: 'unknown sender',
    });
  });

  it('turns a failing route into an error reply instead of throwing', async () => {
    const { handle, routes } = setup();
    routes['shops/list'].mockRejectedValueOnce(new Error('disk full'));
    await expect(handle({ type: 'shops/list' }, fromPopup)).resolves.toEqual({ ok: false, error: 'disk full' });
  });
});
