import { describe, expect, it } from 'vitest';
import { readShopName } from '../../../lib/site/shop-name';

const doc = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const nameIn = (header: string) => readShopName(doc(`${header}<main><h1>Shop Performance</h1><p>Shop Performance Score</p><p>4.10</p></main>`));

describe('readShopName', () => {
  it('takes the text above a shop code in the account menu', () => {
    expect(nameIn('<header><div><span>Seller Center</span></div><div class="_m_1"><span>Maple &amp; Moss Home Goods</span><span>Shop code: USLC8M2K</span></div></header>')).toBe(
      'Maple & Moss Home Goods',
    );
    expect(nameIn('<header><div><p>深圳优品</p><p>店铺代码：CNLC1234</p></div></header>')).toBe('深圳优品');
  });

  it("reads the shop switcher the page marks as the shop, past an avatar's initials", () => {
    const header =
      '<header class="_header_1c9wk_12" data-tid="m4b_header"><span>TikTok Shop</span><span>Help</span>' +
      '<div class="_shopSwitcher_1c9wk_51"><span class="arco-avatar"><span class="arco-avatar-text">MM</span></span><span class="_shopName_1c9wk_58">Maple &amp; Moss Home</span><span class="arco-tag">US</span></div></header>';
    expect(nameIn(header)).toBe('Maple & Moss Home');
  });

  it('drops the market written after the name', () => {
    expect(nameIn('<header class="_top_1"><span class="_shop_8kq2d_12">Demo Outdoor Co. · United States</span></header>')).toBe('Demo Outdoor Co.');
  });

  it("is null when the header shows only a person's account, menu words or an e-mail", () => {
    expect(nameIn('<header><span>Seller Center</span><div class="_user_x"><span>Jane Doe</span></div><span>Notifications</span><span>English</span></header>')).toBeNull();
    expect(nameIn('<header><div class="_shop_x"><span>Switch shop</span><span>jane@example.com</span></div></header>')).toBeNull();
    expect(nameIn('<header><div class="_account_x"><div class="_avatar_y"><span>JD</span></div><span class="_userName_z">jane@example.com</span></div></header>')).toBeNull();
  });

  it('takes the name beside the account avatar whatever its class calls it (Seller Center accounts are shops)', () => {
    // A blind page put the shop's name in a `_userName_…` element: hashed class names are no evidence.
    expect(nameIn('<header><div class="_account_x"><div class="_avatar_y"><span>IG</span></div><span class="_userName_z">Isla Glow Beauty PH</span></div></header>')).toBe(
      'Isla Glow Beauty PH',
    );
  });

  it('is null without a page header (a table header row is no page header)', () => {
    expect(readShopName(doc('<table><thead class="arco-table-header"><tr><th class="shop-name">Shop name</th></tr></thead><tbody><tr><td>Acme</td></tr></tbody></table>'))).toBeNull();
    expect(readShopName(doc('<main><p>Acme</p></main>'))).toBeNull();
  });
});
