/**
 * The visible text of a page, in reading order, as tokens: one per non-empty text node
 * (and per filled text input, for date pickers). Walks open shadow roots; skips
 * script/style/template, hidden nodes, tooltips, navigation menus, charts (svg/canvas)
 * and Shop Pulse's own overlay. Uses only attributes (no layout), so it is pure; what a
 * stylesheet hides is asked of the few elements the reader settles on (`isShown`).
 *
 * Built for a 5,000-element page in about the time of one bare TreeWalker pass
 * (BENCHMARKS.md, figure 2): the walk records tokens and token ranges only; an element's
 * text is put together on demand from its tokens (`textOf`), because the reader needs it
 * for a handful of elements near labels, not for every table cell.
 */

export type Token = {
  text: string;
  el: Element;
  /** From an <input value>, not a text node. */
  input: boolean;
  /** Inside a table column header: a column title, not a card label. */
  header: boolean;
  /** Inside a tab of a tab bar: its text is never a label's or a caption's. */
  control: boolean;
  /**
   * Joined to the token before it with a space because a block element (or the edge of
   * a shadow root) lies between them; otherwise tight (see `textOf`).
   */
  block: boolean;
};

export type PageText = {
  tokens: Token[];
  /** Token index range [start, end) of every visited element with text (incl. its shadow root's). */
  range: Map<Element, readonly [number, number]>;
};

const SKIP_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'svg', 'canvas', 'iframe', 'object',
  'select', 'textarea', 'button', 'nav', 'shop-pulse-overlay',
]);
const SKIP_ROLES = new Set(['tooltip', 'navigation', 'menu', 'menubar', 'menuitem']);
/** Tab bars: their words name panes, never figures. (Clickable metric cards are `role=button`: not these.) */
const CONTROL_ROLES = new Set(['tab', 'tablist']);
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'label', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);
/** Children from which an element is a long list, offered to `passOver`. */
export const LONG_LIST_CHILDREN = 32;
const HIDDEN_STYLE_RE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
const ALNUM_RE = /[\p{L}\p{N}]/u;
/** Every element an attribute could hide or mark as a column header. */
const ATTRIBUTE_SELECTOR = '[hidden],[aria-hidden],[role],[style],[data-shop-pulse]';

/** Our own overlay: `<shop-pulse-overlay>` or anything marked `data-shop-pulse`. */
export function isOwnElement(el: Element): boolean {
  return el.localName === 'shop-pulse-overlay' || el.hasAttribute('data-shop-pulse');
}

/** Hidden, a tooltip or menu, or ours — by attributes alone (the tag is checked apart). */
function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('data-shop-pulse') || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
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

// Only ASCII whitespace: a no-break space between digits groups thousands (`1 284`) and must reach parseNumber.
const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ').trim();

/**
 * @param passOver asked of elements with many children (long lists): true when the walk
 *   may skip them, their text holding nothing the reader needs (see long-lists.ts).
 */
export function readPageText(root: ParentNode, passOver?: (el: Element) => boolean): PageText {
  const tokens: Token[] = [];
  const range = new Map<Element, readonly [number, number]>();
  /** How the next token joins the text before it, decided by the level that already has text. */
  let block = false;

  /** `owner`: the element whose text this is (the host, for a shadow root). */
  const walkChildren = (parent: ParentNode, owner: Element | null, header: boolean, control: boolean, levelStart: number) => {
    const parentLong = !!passOver && parent.nodeType === 1 && (parent as Element).childElementCount >= LONG_LIST_CHILDREN;
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) {
        const raw = child.nodeValue;
        if (!raw || !owner) continue;
        const text = collapse(raw);
        if (!text) continue;
        if (tokens.length > levelStart) block = false;
        tokens.push({ text, el: owner, input: false, header, control, block });
      } else if (type === 1) {
        const el = child as Element;
        const name = el.localName;
        if (SKIP_TAGS.has(name)) continue;
        // One native selector match per element instead of five attribute reads.
        let columnHeader = false;
        let isControl = false;
        if (el.matches(ATTRIBUTE_SELECTOR)) {
          if (hiddenByAttributes(el)) continue;
          const role = el.getAttribute('role');
          columnHeader = role === 'columnheader';
          isControl ||= !!role && CONTROL_ROLES.has(role);
        }
        // A long list whose text holds nothing the reader needs is passed over whole; inside
        // one that does (a table whose header names metrics), each row is judged alone.
        if (passOver && (parentLong || el.childElementCount >= LONG_LIST_CHILDREN) && passOver(el)) continue;
        if (tokens.length > levelStart) block = !INLINE_TAGS.has(name);
        walkElement(el, name, header || columnHeader, control || isControl);
      }
    }
  };

  const walkElement = (el: Element, name: string, header: boolean, control: boolean) => {
    const start = tokens.length;
    const inHeader = header || name === 'th';
    if (name === 'input') {
      const text = inputValue(el);
      if (text) tokens.push({ text, el, input: true, header: inHeader, control, block });
    } else {
      const shadow = el.shadowRoot;
      if (shadow) walkChildren(shadow, el, inHeader, control, start);
      const lightStart = tokens.length;
      // Shadow text, then light text: joined as blocks.
      if (lightStart > start) block = true;
      walkChildren(el, el, inHeader, control, lightStart);
    }
    // Elements without text are never a box, a cell or a label: no range needed.
    if (tokens.length > start) range.set(el, [start, tokens.length]);
  };

  if (root.nodeType === 1) {
    const el = root as Element;
    if (!SKIP_TAGS.has(el.localName) && !hiddenByAttributes(el)) {
      walkElement(el, el.localName, el.getAttribute('role') === 'columnheader', false);
    }
  } else walkChildren(root, root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null, false, false, 0);
  return { tokens, range };
}

/**
 * The visible text of a visited element: inline pieces joined tightly (`$` `48,213`
 * `.09` → `$48,213.09`), words and blocks by a space. `max`: give up (null) once the text
 * is surely longer, without building it; every token is at least one character.
 */
export function textOf(page: PageText, el: Element, max = Infinity): string | null {
  const r = page.range.get(el);
  if (!r) return '';
  const [s, e] = r;
  if (e - s > max) return null;
  let out = '';
  let last = '';
  for (let i = s; i < e; i++) {
    const t = page.tokens[i];
    if (!t) break;
    // `last` rather than `out.at(-1)`: reading a growing string flattens it on every step.
    if (i > s && (t.block || (ALNUM_RE.test(last) && ALNUM_RE.test(t.text[0] ?? '')))) out += ' ';
    out += t.text;
    last = t.text[t.text.length - 1] ?? '';
    if (out.length > max) return null;
  }
  return out;
}

/** Is an element shown, by the page's stylesheets too? Asked only of labels and values, never of every element. */
export type IsShown = (el: Element) => boolean;

/**
 * The browser's own answer (display, content-visibility, visibility, ancestors included),
 * where it has one. A tab pane hidden by a class would otherwise lend its figures to the
 * visible pane's labels.
 */
export const isShown: IsShown = (el) =>
  typeof el.checkVisibility !== 'function' || el.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true } as CheckVisibilityOptions);
