/**
 * The scrubber's first look at a page: what each element says about the text inside it
 * (navigation and other page chrome, a data cell, a header bar, an element named like a
 * person's or shop's name), and per element how many texts and whether a figure is among
 * them; the names found in name-bearing elements, to replace wherever else they appear.
 */
import { isOwnElement } from '../dom';
import { matchLabel } from '../labels';
import { parseNumber } from '../numbers';
import { EMPTIED_TAGS } from './html';
import { isReaderPhrase } from './keep';

/** What an element says about the text inside it. */
export type Ctx = {
  /** Navigation, tabs, buttons, column headers: the page's own wording. */
  chrome: boolean;
  /** A table body cell: data rows (customers, products, orders). */
  cell: boolean;
  /** Header or footer bars: the shop's and the account's names live there. */
  banner: boolean;
  /** Levels left below an element named like a name, account, address or contact. */
  hint: number;
};
export const TOP: Ctx = { chrome: false, cell: false, banner: false, hint: 0 };

const CHROME_TAGS = new Set(['button', 'label', 'legend', 'option', 'summary', 'caption', 'nav']);
const CHROME_ROLES = new Set(['button', 'tab', 'tablist', 'columnheader', 'menu', 'menubar', 'menuitem', 'navigation', 'option', 'radio', 'checkbox', 'switch', 'link']);
const CELL_ROLES = new Set(['cell', 'gridcell', 'rowheader']);
const BANNER_ROLES = new Set(['banner', 'contentinfo']);
/** Class, id or data-tid of an element that shows a person's or shop's name or contact. */
const NAME_HINT_RE =
  /(?:shop|store|seller|user|account|buyer|customer|creator|nick|full|first|last|display|real|recipient|receiver|contact|author)[-_ ]?name|(?:user|account|shop|seller|profile)[-_ ]?info|nickname|username|avatar|profile|e-?mail|phone|mobile|telephone|address|contact|(?:^|[-_\s])(?:shop|store|seller|user|buyer|customer)(?:$|[-_\s])/i;
const HINT_DEPTH = 4;
export const MAX_DEPTH = 400;

export function enter(ctx: Ctx, el: Element): Ctx {
  const tag = el.localName;
  const role = el.getAttribute('role') ?? '';
  const named = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('data-tid') ?? ''} ${el.getAttribute('name') ?? ''}`;
  const bodyHeader = tag === 'th' && (el.getAttribute('scope') === 'row' || !!el.closest('tbody'));
  return {
    chrome: ctx.chrome || CHROME_TAGS.has(tag) || CHROME_ROLES.has(role) || (tag === 'th' && !bodyHeader),
    cell: ctx.cell || tag === 'td' || bodyHeader || CELL_ROLES.has(role),
    banner: ctx.banner || tag === 'header' || tag === 'footer' || BANNER_ROLES.has(role),
    hint: NAME_HINT_RE.test(named) ? HINT_DEPTH : Math.max(0, ctx.hint - 1),
  };
}

/** Visits a node's children: an element's open shadow root first, then its light children. */
export function eachChild(node: ParentNode, visit: (child: Node) => void): void {
  const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
  if (shadow) shadow.childNodes.forEach(visit);
  node.childNodes.forEach(visit);
}

/** A declarative shadow root not attached (a parser without support, like happy-dom's). */
export function declarativeShadow(el: Element): DocumentFragment | null {
  return el.localName === 'template' && el.hasAttribute('shadowrootmode') ? (el as HTMLTemplateElement).content : null;
}

export type Stats = { texts: number; figure: boolean };

/** First pass: per element how many texts and whether a figure is among them; the page's text; private names. */
export function survey(top: ParentNode) {
  const stats = new Map<Element, Stats>();
  const texts: string[] = [];
  const names: string[] = [];
  const walk = (node: ParentNode, ctx: Ctx, depth: number): Stats => {
    const mine: Stats = { texts: 0, figure: false };
    const visit = (child: Node) => {
      if (child.nodeType === 3) {
        const text = (child.nodeValue ?? '').trim();
        if (!text) return;
        texts.push(text);
        mine.texts++;
        if (/\d/.test(text) && parseNumber(text)) mine.figure = true;
        // Not a label nor a phrase the reader looks for ("Chưa đủ đơn hàng" in a card whose test id says "shop").
        if (ctx.hint > 0 && /\p{L}/u.test(text) && !matchLabel(text) && !isReaderPhrase(text)) names.push(text, ...text.split(/\s*[·|,•/]\s*/));
      } else if (child.nodeType === 1 && depth < MAX_DEPTH) {
        const el = child as Element;
        if (isOwnElement(el) || EMPTIED_TAGS.has(el.localName)) return;
        const inner = walk(declarativeShadow(el) ?? el, enter(ctx, el), depth + 1);
        stats.set(el, inner);
        mine.texts += inner.texts;
        mine.figure ||= inner.figure;
      }
    };
    eachChild(node, visit);
    return mine;
  };
  walk(top, TOP, 0);
  return { stats, texts, names };
}
