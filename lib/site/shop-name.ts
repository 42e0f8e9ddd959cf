/**
 * The shop's name from the Seller Center header: the account menu or shop switcher shows it,
 * often above a "Shop code". In order: the text just before a "Shop code"/"Shop ID" line; the
 * text of an element the page calls the shop (class, id or data-tid with "shop"/"store"); the
 * text beside the account menu's avatar (Seller Center's account is the shop). Headers are
 * `<header>`, role=banner or a header-named bar; account menus and shop switchers named by
 * test id count wherever they are drawn. Menu words, language and help switches, badge counts
 * and logins (e-mail, phone) are never a name: `null` then. Partner Center pages about one
 * shop name it in their title or a "Shop name" field (readDetailShopName). Pure.
 */
import { readPageText } from './dom';
import { normalizeText } from './numbers';
import { SHOP_CODE_LINE_RE, SHOP_ID_LINE_RE, marketOf, shopColumnOf } from './shop-columns';

/** The page's header bar (`<header>`, role=banner); class names are searched only on pages without one (a substring match visits every element). */
const HEADER_CLASS_SELECTOR = '[data-tid*="header"], [class*="header"], [class*="Header"], [class*="navbar"], [class*="topbar"]';
/** The page names this element as the shop (`_shop_x1`, `shop-name`, `shopSwitcher`, `data-tid="m4b_shop_info"`). */
const SHOP_MARK_RE = /(?:^|[^a-z])(?:shop|store)(?:[-_]?(?:name|title|info|switch(?:er)?|select(?:or)?|card))?(?:[^a-z]|$)/i;
const SHOP_NAME_MARK_RE = /(?:shop|store)[-_]?(?:name|title)/i;
/** …and a person's account: never the shop's name. */
const PERSON_MARK_RE = /(?:^|[^a-z])(?:user|avatar|profile|person|member|login)(?:[^a-z]|$)/i;
/** The picture of the account: Arco's `arco-avatar`, or any element the page calls an avatar. */
const AVATAR_SELECTOR = '[class*="avatar"], [class*="Avatar"]';
/** The account menu the page names as such (`data-tid="m4b_account_menu"`, `_account_x`, `_acct_y`). */
const ACCOUNT_MARK_RE = /(?:^|[^a-z])acc(?:oun)?t?(?:[-_]?(?:menu|info|name|switch(?:er)?))?(?:[^a-z]|$)/i;

/** Header texts that are controls, never a shop's name (normalized, lowercase; en | zh-CN | id | th | vi). */
const MENU_WORDS = new Set(
  'seller center|partner center|tiktok shop|notifications|messages|help|english|language|log out|settings|account|my account|switch shop|shop|store|my shop|卖家中心|通知|消息|帮助|退出登录|设置|账号|切换店铺|店铺|notifikasi|bantuan|akun|toko|บัญชี|ร้านค้า|thông báo|tài khoản|cửa hàng|中文'.split('|'),
);

function isNameLike(text: string): boolean {
  const s = normalizeText(text);
  if (s.length < 2 || s.length > 100 || !/\p{L}/u.test(s)) return false;
  if (MENU_WORDS.has(s.toLowerCase().replace(/[\s:：▾▼⌄›>]+$/u, ''))) return false;
  if (s.includes('@') || /^\+?[\d\s()-]{6,}$/.test(s)) return false; // an e-mail or a phone: the person's login
  if (SHOP_CODE_LINE_RE.test(s) || SHOP_ID_LINE_RE.test(s)) return false;
  if (/^\d+\+?$/.test(s)) return false; // a badge count
  if (marketOf(s.replace(/\s*(?:站|site)$/iu, ''))) return false; // "英国站", "UK site": the market, not the shop
  return true;
}

function marks(el: Element): string {
  return [el.getAttribute('class'), el.id, el.getAttribute('data-tid'), el.getAttribute('data-testid')].filter(Boolean).join(' ');
}

/** Inside an element the page calls a user, avatar or profile (the person's menu)? */
function inPersonMenu(el: Element, stop: Element): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (PERSON_MARK_RE.test(marks(e)) && !SHOP_MARK_RE.test(marks(e))) return true;
  return false;
}

/** A page header holds a logo, a few menus and the account: a larger element is a layout wrapper. */
const MAX_HEADER_ELEMENTS = 300;

function headersIn(root: ParentNode): Element[] {
  const out: Element[] = [];
  // Document order: an ancestor comes before what it contains, so one look back drops nested matches.
  let found = [...Array.from(root.querySelectorAll('header')), ...Array.from(root.querySelectorAll('[role=banner]'))];
  if (found.length === 0) found = Array.from(root.querySelectorAll(HEADER_CLASS_SELECTOR));
  for (const h of found) {
    if (out.length >= 4) break;
    const last = out[out.length - 1];
    if (last?.contains(h)) continue;
    // Not a table's header row, nor a wrapper of the whole page.
    if (h.closest('table, [role=table], [role=grid], .core-table, .arco-table')) continue;
    if (h.getElementsByTagName('*').length > MAX_HEADER_ELEMENTS) continue;
    out.push(h);
  }
  return out;
}

/** The text right before a "Shop code: …" / "Shop ID: …" line is the shop's name. */
function beforeCode(header: Element): string | null {
  const { tokens } = readPageText(header);
  for (let i = 0; i < tokens.length; i++) {
    if (!SHOP_CODE_LINE_RE.test(tokens[i]!.text) && !SHOP_ID_LINE_RE.test(tokens[i]!.text)) continue;
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const t = tokens[j]!;
      if (isNameLike(t.text) && !inPersonMenu(t.el, header)) return normalizeText(t.text);
    }
  }
  return null;
}

/** The first name-like text of an element the page marks as the shop (one marked as its name first). */
function markedShop(header: Element): string | null {
  const marked = [header, ...Array.from(header.querySelectorAll('[class], [id], [data-tid], [data-testid]'))].filter(
    (el) => SHOP_MARK_RE.test(marks(el)) && !inPersonMenu(el, header),
  );
  const named = marked.filter((el) => SHOP_NAME_MARK_RE.test(marks(el)));
  for (const el of [...named, ...marked]) {
    for (const t of readPageText(el).tokens) if (isNameLike(t.text) && !inPersonMenu(t.el, header)) return normalizeText(t.text);
  }
  return null;
}

/** A login as account menus print it: an e-mail, or a phone number, perhaps masked ("+84 *** *** 812"). */
const LOGIN_RE = /@|^\+?[\d\s()*•-]{6,}$/u;
/** Language and help switches sit next to the account menu; their words are never a name. */
const CONTROL_MARK_RE = /lang|locale|help|notif|message|bell|badge/i;

function inControl(el: Element, stop: Element): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (CONTROL_MARK_RE.test(marks(e))) return true;
  return false;
}

/**
 * The first name-like text of `menu` outside its avatar (the avatar's initials are not a
 * name), looking after the avatar first: the name is drawn beside the picture, links such as
 * "Seller University" come before it.
 */
function nameInMenu(menu: Element, avatar: Element | null): string | null | undefined {
  const tokens = readPageText(menu).tokens;
  const after = avatar ? tokens.findIndex((t) => !!(avatar.compareDocumentPosition(t.el) & 4) && !avatar.contains(t.el)) : -1;
  const ordered = after > 0 ? [...tokens.slice(after), ...tokens.slice(0, after)] : tokens;
  for (const t of ordered) {
    if (avatar?.contains(t.el) || inControl(t.el, menu)) continue;
    if (LOGIN_RE.test(normalizeText(t.text))) return null; // a phone or e-mail login: a person's account
    if (!isNameLike(t.text)) continue;
    return normalizeText(t.text);
  }
  return undefined;
}

/**
 * Seller Center's account menu shows the shop, not a person: the shop's logo as an avatar
 * and its name beside it (the "account menu / shop switcher"; blind pages drew it the
 * same way). The name is the first text next to the avatar, or in an element the page calls
 * the account menu, whatever its class says (`_userName_x` held the shop's name on a blind
 * page: hashed class names are no evidence); a login (phone, e-mail) means no name.
 * Unverified against a real capture.
 */
function accountMenuName(header: Element): string | null {
  for (const avatar of Array.from(header.querySelectorAll(AVATAR_SELECTOR)).slice(0, 4)) {
    if (avatar.parentElement?.closest(AVATAR_SELECTOR)) continue; // an avatar's own parts
    let menu = avatar.parentElement;
    for (let up = 0; menu && up < 2 && header.contains(menu); up++, menu = menu.parentElement) {
      const name = nameInMenu(menu, avatar);
      if (name === null) return null;
      if (name) return name;
    }
  }
  const menus = [header, ...Array.from(header.querySelectorAll('[class], [data-tid], [id]'))].filter((el) => ACCOUNT_MARK_RE.test(marks(el)));
  for (const menu of menus.slice(0, 4)) {
    const name = nameInMenu(menu, menu.querySelector(AVATAR_SELECTOR));
    if (name !== undefined) return name;
  }
  return null;
}

/** "Demo Outdoor Co. · United States" → "Demo Outdoor Co.": the market is not part of the name. */
function withoutMarket(name: string): string {
  const m = /^(.+?)\s*[·|•—–-]\s*([^·|•—–-]+)$/u.exec(name);
  return m?.[1] && m[2] && marketOf(m[2]) ? m[1] : name;
}

/** The shop's name as the page header shows it, or null when it shows none. */
export function readShopName(root: ParentNode): string | null {
  const nameIn = (header: Element) => {
    const name = beforeCode(header) ?? markedShop(header) ?? accountMenuName(header);
    return name ? withoutMarket(name) : null;
  };
  for (const header of headersIn(root)) {
    const name = nameIn(header);
    if (name) return name;
  }
  // Only then the whole page's test ids (a substring search that visits every element).
  for (const menu of menusOutsideHeaders(root)) {
    const name = nameIn(menu);
    if (name) return name;
  }
  return null;
}

/** Account menus and shop switchers the page names by test id (`m4b_account_menu`, `m4b_shop_switcher`). */
const MENU_SELECTOR = '[data-tid*="account"], [data-tid*="shop_switch"], [data-tid*="shop-switch"], [data-tid*="shopSwitch"]';

/** Such menus drawn outside any header bar (in a page's title row, beside its h1). */
function menusOutsideHeaders(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll('[data-tid]'))
    .filter((el) => el.matches(MENU_SELECTOR))
    .filter((el) => el.getElementsByTagName('*').length <= MAX_HEADER_ELEMENTS && !el.closest('table, [role=table], [role=grid]'))
    .slice(0, 4);
}

/** "Shop details: Sunridge Pet Co." as a page title (guesses beyond English). */
const DETAIL_TITLE_RE = /^(?:shop|store) (?:details?|overview|profile)\s*[:：·|–—-]\s*(.+)$|^(?:店铺详情|店铺概览)\s*[:：·|–—-]?\s*(.+)$|^detail toko\s*[:：·|–—-]\s*(.+)$/iu;

/**
 * A Partner Center page about one of the partner's shops (not a list): its title names the
 * shop ("Shop details: …"), or a "Shop name" field does. The account menu there is the
 * partner's own, never the shop's.
 */
export function readDetailShopName(root: ParentNode): string | null {
  for (const h of Array.from(root.querySelectorAll('h1, h2, [role=heading]')).slice(0, 6)) {
    const m = DETAIL_TITLE_RE.exec(normalizeText(h.textContent ?? ''));
    const name = m?.[1] ?? m?.[2] ?? m?.[3];
    if (name && isNameLike(name)) return name.trim();
  }
  // A "Shop name" field: its value is the next cell (td/td, dt/dd, label/value).
  for (const el of Array.from(root.querySelectorAll('td, dt, label, span, div')).slice(0, 3000)) {
    if (el.childElementCount > 0 || el.closest('thead, [role=columnheader]')) continue;
    const text = normalizeText(el.textContent ?? '');
    if (text.length > 30 || !/name|名称|nama|tên|ชื่อ/i.test(text) || shopColumnOf(text) !== 'name') continue;
    const value = normalizeText(el.nextElementSibling?.textContent ?? '');
    if (isNameLike(value)) return value;
  }
  return null;
}
