/**
 * The visible text of a page, in reading order, as tokens: one per non-empty text node
 * (and per filled text input, for date pickers). Walks open shadow roots; skips
 * script/style/template, hidden nodes, tooltips, navigation menus, charts (svg/canvas)
 * and Shop Pulse's own overlay. Uses only attributes (no layout), so it is pure.
 */

export type Token = {
  text: string;
  el: Element;
  /** From an <input value>, not a text node. */
  input: boolean;
  /** Inside a table column header: a column title, not a card label. */
  header: boolean;
};

export type PageText = {
  tokens: Token[];
  /** Token index range [start, end) of every visited element's subtree (incl. its shadow root). */
  range: Map<Element, readonly [number, number]>;
  /** Visible text of every visited element: inline pieces joined tightly, blocks by a space. */
  text: Map<Element, string>;
};

const SKIP_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'svg', 'canvas', 'iframe', 'object',
  'select', 'textarea', 'button', 'nav', 'shop-pulse-overlay',
]);
const SKIP_ROLES = new Set(['tooltip', 'navigation', 'menu', 'menubar', 'menuitem']);
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'label', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);
const HIDDEN_STYLE_RE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
const ALNUM_RE = /[\p{L}\p{N}]/u;

/** Our own overlay: `<shop-pulse-overlay>` or anything marked `data-shop-pulse`. */
export function isOwnElement(el: Element): boolean {
  return el.localName === 'shop-pulse-overlay' || el.hasAttribute('data-shop-pulse');
}

function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName) || isOwnElement(el)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  const style = el.getAttribute('style');
  return !!style && HIDDEN_STYLE_RE.test(style);
}

/** The parent element, stepping out of a shadow root to its host. */
export function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1) return parent as Element;
  if (parent.nodeType === 11 && 'host' in parent) return (parent as ShadowRoot).host;
  return null;
}

function inputValue(el: Element): string {
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type !== 'text' && type !== 'search') return '';
  const live = (el as HTMLInputElement).value;
  return (typeof live === 'string' ? live : (el.getAttribute('value') ?? '')).trim();
}

/**
 * Join text pieces: tight between inline pieces (`$` `48,213` `.09`), spaced between words.
 * `accLast` is the last character of `acc`, passed in because reading it from a long
 * concatenated string would flatten that string on every join (quadratic on big tables).
 */
function join(acc: string, accLast: string, piece: string, block: boolean): string {
  if (!piece) return acc;
  if (!acc) return piece;
  const tight = !block && !(ALNUM_RE.test(accLast) && ALNUM_RE.test(piece[0] ?? ''));
  return tight ? acc + piece : `${acc} ${piece}`;
}

export function readPageText(root: ParentNode): PageText {
  const tokens: Token[] = [];
  const range = new Map<Element, readonly [number, number]>();
  const text = new Map<Element, string>();
  /** Last character of each visited element's text (see `join`). */
  const lastChar = new Map<Element, string>();

  /** The children's text and its last character. */
  const walkChildren = (parent: ParentNode, header: boolean): [string, string] => {
    let acc = '';
    let last = '';
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = (child.nodeValue ?? '').replace(/\s+/g, ' ').trim();
        const el = parentOf(child);
        if (t && el) tokens.push({ text: t, el, input: false, header });
        if (t) {
          acc = join(acc, last, t, false);
          last = t.at(-1) ?? '';
        }
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const t = walkElement(el, header);
        if (t) {
          acc = join(acc, last, t, !INLINE_TAGS.has(el.localName));
          last = lastChar.get(el) ?? '';
        }
      }
    }
    return [acc, last];
  };

  const walkElement = (el: Element, header: boolean): string => {
    if (isSkipped(el)) return '';
    const start = tokens.length;
    const inHeader = header || el.localName === 'th' || el.getAttribute('role') === 'columnheader';
    let t = '';
    let last = '';
    if (el.localName === 'input') {
      t = inputValue(el);
      if (t) tokens.push({ text: t, el, input: true, header: inHeader });
      last = t.at(-1) ?? '';
    } else {
      const shadow = el.shadowRoot;
      if (shadow) [t, last] = walkChildren(shadow, inHeader);
      const [own, ownLast] = walkChildren(el, inHeader);
      if (own) {
        t = join(t, last, own, true);
        last = ownLast;
      }
    }
    range.set(el, [start, tokens.length]);
    text.set(el, t);
    lastChar.set(el, last);
    return t;
  };

  if (root.nodeType === 1) walkElement(root as Element, false);
  else walkChildren(root, false);
  return { tokens, range, text };
}
