/**
 * `scrubPage(root, url)`: a whole HTML document of a Seller Center page that a seller can
 * share when Shop Pulse did not read it: the structure (tags, layout attributes, open
 * shadow roots as `<template shadowrootmode="open">`, each element's computed display and
 * visibility as `data-sp-display` / `data-sp-visibility`), the URL path (query: only
 * `shop_region`) and the text of labels — with every figure, date, name and id scrubbed.
 * Pure: no extension APIs; the same page gives the same sample.
 * Contract (shared/DOMAIN.md): keep the name and `{ html, removed }`; fields are only added.
 *
 * What stays and what goes, and why:
 * - A text that is a metric's label (the reader's own dictionary, matchLabel) stays as it
 *   is, digits included ("Orders in the last 90 days"): the sample must read the same
 *   metric keys as the page.
 * - Every other text goes through sample/text.ts: figures get stand-ins that keep their
 *   format and the metrics they could be (sample/figures.ts), dates move (sample/dates.ts),
 *   links, e-mails, phones and handles go. Its words stay only where a page keeps its own
 *   wording: the reader's phrases ("vs last 7 days", "Not enough orders"), navigation, tabs,
 *   buttons, column headers, and short captions next to a figure (a label the dictionary
 *   does not know yet: exactly what a maintainer needs to see). Everything else — table
 *   cells, header bars, sentences, anything in an element named like a name, an account, an
 *   address or a contact — keeps only its length and script (`Xxxx Xxxxx`).
 * - A text found in a name-bearing element (the header's shop name) is also replaced
 *   wherever else it appears, and so is every text the seller ticks (`options.remove`)
 *   after reviewing `kept`.
 */
import { METRIC_KEYS } from '../metric-defs';
import { isOwnElement, parentOf } from './dom';
import { matchLabel } from './labels';
import { decimalOf, evidenceIn, normalizeText, parseNumber, type NumberContext } from './numbers';
import { regionOf, surfaceOf } from './pages';
import { EMBEDDED_STARTS, isComparisonText, isNoValueText, isStatusText, isUnitWord, mentionsStandard } from './phrases';
import { attributeValue, sellerCenterPath, type AttributeWorld } from './sample/attributes';
import { shiftDaysOf } from './sample/dates';
import { EMPTIED_TAGS, escapeHtml, VOID_TAGS } from './sample/html';
import { hashText } from './sample/random';
import { textScrubber, type RemovedKind, type TextScrubber } from './sample/text';

export type { RemovedKind } from './sample/text';

export type SampleOptions = {
  /** Texts the seller wants out too (picked from `kept`): replaced wherever they appear. */
  remove?: readonly string[];
};

export type PageSample = {
  /** A whole document, loadable with `Document.parseHTMLUnsafe` (declarative shadow roots). */
  html: string;
  /** The kinds of things taken out, in a fixed order (see REMOVED_KINDS). */
  removed: RemovedKind[];
  /** How many of each were taken out. */
  counts: Partial<Record<RemovedKind, number>>;
  /** Texts kept word for word that are not a known label: what the seller should look over. */
  kept: string[];
  /** The page's URL as the sample keeps it: origin and path, query only `shop_region`. */
  url: string;
};

/** The order `removed` lists its kinds in (for stable output and UI). */
export const REMOVED_KINDS: readonly RemovedKind[] = [
  'figures', 'dates', 'names', 'emails', 'phones', 'ids', 'texts', 'links', 'media', 'scripts', 'styles', 'attributes',
];

/** No scripts, no requests; its own inline styles only. */
const SAMPLE_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** Hides in the sample what the page hid: the sample keeps no style sheets of its own. */
const SAMPLE_STYLE =
  '[data-sp-display="none"]{display:none!important}[data-sp-visibility="hidden"],[data-sp-visibility="collapse"]{visibility:hidden!important}';

/** What an element says about the text inside it. */
type Ctx = {
  /** Navigation, tabs, buttons, column headers: the page's own wording. */
  chrome: boolean;
  /** A table body cell: data rows (customers, products, orders). */
  cell: boolean;
  /** Header or footer bars: the shop's and the account's names live there. */
  banner: boolean;
  /** Levels left below an element named like a name, account, address or contact. */
  hint: number;
};
const TOP: Ctx = { chrome: false, cell: false, banner: false, hint: 0 };

const CHROME_TAGS = new Set(['button', 'label', 'legend', 'option', 'summary', 'caption', 'nav']);
const CHROME_ROLES = new Set(['button', 'tab', 'tablist', 'columnheader', 'menu', 'menubar', 'menuitem', 'navigation', 'option', 'radio', 'checkbox', 'switch', 'link']);
const CELL_ROLES = new Set(['cell', 'gridcell', 'rowheader']);
const BANNER_ROLES = new Set(['banner', 'contentinfo']);
/** Class, id or data-tid of an element that shows a person's or shop's name or contact. */
const NAME_HINT_RE =
  /(?:shop|store|seller|user|account|buyer|customer|creator|nick|full|first|last|display|real|recipient|receiver|contact|author)[-_ ]?name|(?:user|account|shop|seller|profile)[-_ ]?info|nickname|username|avatar|profile|e-?mail|phone|mobile|telephone|address|contact|(?:^|[-_\s])(?:shop|store|seller|user|buyer|customer)(?:$|[-_\s])/i;
const HINT_DEPTH = 4;
/** A caption: a few words, no sentence punctuation (a greeting "Welcome back, Jane!" is no caption). */
const CAPTION_RE = /^[\p{L}\p{M}\d\s&/()\-–·.'’%:+]{1,48}$/u;
const CAPTION_MAX_WORDS = 6;
/** A caption's card: the box around it, at most this many texts (a page section is no card). */
const CARD_MAX_TEXTS = 12;
const CARD_CLIMB = 4;
const MAX_DEPTH = 400;

function enter(ctx: Ctx, el: Element): Ctx {
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
function eachChild(node: ParentNode, visit: (child: Node) => void): void {
  const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
  if (shadow) shadow.childNodes.forEach(visit);
  node.childNodes.forEach(visit);
}

/** A declarative shadow root not attached (a parser without support, like happy-dom's). */
function declarativeShadow(el: Element): DocumentFragment | null {
  return el.localName === 'template' && el.hasAttribute('shadowrootmode') ? (el as HTMLTemplateElement).content : null;
}

type Stats = { texts: number; figure: boolean };

/** First pass: per element how many texts and whether a figure is among them; the page's text; private names. */
function survey(top: ParentNode) {
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
        if (ctx.hint > 0 && /\p{L}/u.test(text) && !matchLabel(text)) names.push(text, ...text.split(/\s*[·|,•/]\s*/));
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

/**
 * The label this text is (alone), or is part of (with its element or the one above): the
 * whole label's text, or null.
 */
function labelAround(text: string, parent: Element | null): string | null {
  if (matchLabel(text.trim())) return text;
  for (let el = parent, i = 0; el && i < 2; el = parentOf(el), i++) {
    if (el.childNodes.length > 8) return null;
    const whole = el.textContent ?? '';
    if (whole.length > 80) return null;
    if (matchLabel(whole.replace(/\s+/g, ' ').trim())) return whole;
  }
  return null;
}

/** Each digit one up (`90` → `01`): the same shape, other digits. */
const otherDigits = (run: string) => run.replace(/\d/g, (d) => String((Number(d) + 1) % 10));

/**
 * Does the label in `whole` need the digits at [at, end) of `text` (a part of `whole`)?
 * Yes for "Orders in the last 90 days" (without its 90 it is no label); no for a value that
 * only sits next to a label (`Orders in the last 90 days 1,284`, a label a reader may still
 * recognise with any figure after it): such digits are a figure and change.
 */
function labelNeeds(whole: string, text: string, at: number, end: number): boolean {
  const key = matchLabel(whole.replace(/\s+/g, ' ').trim())?.key;
  const changed = whole.replace(text, text.slice(0, at) + otherDigits(text.slice(at, end)) + text.slice(end));
  return matchLabel(changed.replace(/\s+/g, ' ').trim())?.key !== key;
}

/**
 * Words the reader itself looks for around figures: a delta, "no value", "Not enough orders
 * (12/30)", a status tag ("Excellent", which a caption of the figure's own would not be),
 * a unit word, a target or benchmark mention.
 */
function isReaderPhrase(text: string): boolean {
  const t = text.trim();
  const start = normalizeText(t.slice(0, 40)).toLowerCase();
  return (
    isComparisonText(t) || isNoValueText(t) || isStatusText(t) || isUnitWord(t) || mentionsStandard(t) || EMBEDDED_STARTS.some((s) => start.startsWith(s))
  );
}

/** The label of an inline `Orders in the last 90 days: 41`, with what follows it; null when none. */
function inlineLabel(text: string): { label: string; rest: string } | null {
  const m = /^(\s*)(.{1,60}?)(\s*[:：])/.exec(text);
  return m && matchLabel(m[2] ?? '') ? { label: m[0], rest: text.slice(m[0].length) } : null;
}

function pageUrlOf(url: string | URL): URL | null {
  try {
    return new URL(String(url));
  } catch {
    return null;
  }
}

export function scrubPage(root: ParentNode, url: string | URL, options: SampleOptions = {}): PageSample {
  const doc = root.nodeType === 9 ? (root as Document) : null;
  const top: ParentNode = doc?.documentElement ?? root;
  const page = pageUrlOf(url);
  const region = regionOf(url);
  const { stats, texts, names } = survey(top);
  const seed = hashText(texts.join('\n'));
  const ctx: NumberContext = { region, decimal: decimalOf(evidenceIn(normalizeText(texts.join(' ')))) };
  const counts: Partial<Record<RemovedKind, number>> = {};
  const count = (kind: RemovedKind) => {
    counts[kind] = (counts[kind] ?? 0) + 1;
  };
  const scrub: TextScrubber = textScrubber({
    ctx,
    seed,
    shiftDays: shiftDaysOf(seed),
    region,
    privateTexts: [...names, ...(options.remove ?? [])],
    count,
  });
  const kept = new Set<string>();
  const out: string[] = [];
  const view = doc?.defaultView ?? (top as Node).ownerDocument?.defaultView ?? null;

  /** A caption next to a figure in a small box: maybe a label the dictionary lacks. */
  const isCaption = (text: string, parent: Element | null): boolean => {
    const t = text.trim();
    if (!CAPTION_RE.test(t) || !/\p{L}/u.test(t) || t.split(/\s+/).length > CAPTION_MAX_WORDS) return false;
    for (let el = parent, i = 0; el && i < CARD_CLIMB; el = parentOf(el), i++) {
      const s = stats.get(el);
      if (!s || s.texts > CARD_MAX_TEXTS) return false;
      if (s.figure) return true;
    }
    return false;
  };

  const scrubText = (text: string, parent: Element | null, c: Ctx): string => {
    if (!/\S/.test(text)) return text;
    const label = labelAround(text, parent);
    if (label !== null) return /\d/.test(text) ? scrub.digits(text, (at, end) => labelNeeds(label, text, at, end)) : text;
    const inline = inlineLabel(text);
    if (inline) return scrub.digits(inline.label, (at, end) => labelNeeds(inline.label, inline.label, at, end)) + scrub.text(inline.rest, true);
    if (isReaderPhrase(text)) return scrub.text(text, true);
    const keep = c.hint === 0 && (c.chrome || (!c.cell && !c.banner && isCaption(text, parent)));
    if (keep && /\p{L}/u.test(text)) kept.add(text.trim());
    return scrub.text(text, keep);
  };

  /** The computed display and visibility: recorded by the capture, or asked of the live page. */
  const layoutAttributes = (el: Element): string => {
    let display = el.getAttribute('data-sp-display');
    let visibility = el.getAttribute('data-sp-visibility');
    if (display === null && view && el.isConnected) {
      const style = view.getComputedStyle(el);
      display = style.display || null;
      visibility = style.visibility || null;
    }
    let attrs = display && /^[a-z -]{1,40}$/.test(display) ? ` data-sp-display="${display}"` : '';
    if (visibility && visibility !== 'visible' && /^[a-z]{1,20}$/.test(visibility)) attrs += ` data-sp-visibility="${visibility}"`;
    return attrs;
  };

  const world: AttributeWorld = { scrub, page, seed, count };
  const attributes = (el: Element): string => {
    let attrs = '';
    for (const { name, value } of Array.from(el.attributes)) {
      if (name.startsWith('data-sp-') || name === 'shadowrootmode') continue;
      const written = attributeValue(el, name.toLowerCase(), value, world);
      if (written !== null) attrs += ` ${name.toLowerCase()}="${escapeHtml(written)}"`;
    }
    return attrs + layoutAttributes(el);
  };

  /** A number drawn in pieces (`<span>$</span><span>48,213</span><span>.09</span>`): scrubbed as one. */
  let unit: { text: string; pos: number } | null = null;
  const unitOf = (el: Element): { text: string; pos: number } | null => {
    const s = stats.get(el);
    if (!s || s.texts < 2 || s.texts > 8 || el.shadowRoot || el.querySelector('script,style,template')) return null;
    const whole = el.textContent ?? '';
    if (whole.length > 64 || !/\d/.test(whole) || !parseNumber(whole, ctx) || matchLabel(whole.trim())) return null;
    return { text: scrub.figure(whole), pos: 0 };
  };

  /** Light children only: an element's shadow root is written apart, as a template. */
  const emitChildren = (node: ParentNode, c: Ctx, depth: number) => {
    node.childNodes.forEach((child) => {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        if (unit) {
          out.push(escapeHtml(unit.text.slice(unit.pos, unit.pos + text.length)));
          unit.pos += text.length;
        } else out.push(escapeHtml(scrubText(text, parentOf(child), c)));
      } else if (child.nodeType === 1) emitElement(child as Element, c, depth + 1);
      // Comments and processing instructions may hold anything: never copied.
    });
  };

  const emitElement = (el: Element, outer: Ctx, depth: number) => {
    const tag = el.localName;
    if (isOwnElement(el) || depth > MAX_DEPTH) return;
    if (tag === 'title' || tag === 'meta' || tag === 'base' || tag === 'link') {
      if (tag === 'link') count(el.getAttribute('rel')?.includes('stylesheet') ? 'styles' : 'links');
      return;
    }
    const c = enter(outer, el);
    const shadow = declarativeShadow(el);
    if (shadow) {
      out.push('<template shadowrootmode="open">');
      emitChildren(shadow, outer, depth);
      out.push('</template>');
      return;
    }
    out.push(`<${tag}${attributes(el)}>`);
    if (VOID_TAGS.has(tag)) return;
    if (EMPTIED_TAGS.has(tag) || tag === 'template') {
      if (el.firstChild || (tag === 'template' && (el as HTMLTemplateElement).content?.firstChild)) count(tag === 'style' ? 'styles' : 'scripts');
    } else {
      if (el.shadowRoot) {
        out.push('<template shadowrootmode="open">');
        emitChildren(el.shadowRoot, c, depth);
        out.push('</template>');
      }
      const outerUnit = unit;
      unit ??= unitOf(el);
      emitChildren(el, c, depth);
      unit = outerUnit;
    }
    out.push(`</${tag}>`);
  };

  const html = top.nodeType === 1 && (top as Element).localName === 'html' ? (top as Element) : null;
  const head = html ? Array.from(html.children).find((e) => e.localName === 'head') : undefined;
  const body = html ? Array.from(html.children).find((e) => e.localName === 'body') : undefined;
  const sampleUrl = page ? `${surfaceOf(page.hostname) ? page.origin : 'https://seller-center.invalid'}${sellerCenterPath(page.href, page, scrub) ?? '/'}` : '';

  out.push('<!doctype html>');
  out.push(`<html${html ? ['lang', 'dir'].map((a) => (html.hasAttribute(a) ? ` ${a}="${escapeHtml(html.getAttribute(a) ?? '')}"` : '')).join('') : ''}>`);
  out.push(
    '<head><meta charset="utf-8"><meta name="generator" content="Shop Pulse page sample 1">',
    // A file from a stranger's bug report: opened anywhere, it runs nothing and loads nothing.
    `<meta http-equiv="Content-Security-Policy" content="${SAMPLE_CSP}">`,
    `<meta name="shop-pulse-url" content="${escapeHtml(sampleUrl)}">`,
    '<title>Shop Pulse page sample</title>',
    `<style>${SAMPLE_STYLE}</style>`,
  );
  if (head) emitChildren(head, TOP, 1);
  out.push('</head>');
  if (body) emitElement(body, TOP, 1);
  else {
    out.push('<body>');
    if (html) {
      for (const child of Array.from(html.children)) if (child !== head) emitElement(child, TOP, 1);
    } else if (top.nodeType === 1) emitElement(top as Element, TOP, 1);
    else emitChildren(top, TOP, 1);
    out.push('</body>');
  }
  out.push('</html>');

  return {
    html: out.join(''),
    removed: REMOVED_KINDS.filter((k) => (counts[k] ?? 0) > 0),
    counts,
    kept: [...kept],
    url: sampleUrl,
  };
}

/** The metric keys a reading has, sorted: what a sample must keep (tests, the sample page). */
export function metricKeysOf(metrics: Readonly<Record<string, unknown>>): string[] {
  return METRIC_KEYS.filter((k) => Object.hasOwn(metrics, k));
}
