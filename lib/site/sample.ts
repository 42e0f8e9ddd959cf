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
import { attributeValue, sellerCenterPath, type AttributeWorld } from './sample/attributes';
import { shiftDaysOf } from './sample/dates';
import { EMPTIED_TAGS, escapeHtml, VOID_TAGS } from './sample/html';
import { hashText } from './sample/random';
import { textScrubber, type RemovedKind, type TextScrubber } from './sample/text';
import { inlineLabel, isReaderPhrase, labelAround, labelNeeds } from './sample/keep';
import { declarativeShadow, enter, MAX_DEPTH, survey, TOP, type Ctx } from './sample/survey';

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

/** A caption: a few words, no sentence punctuation (a greeting "Welcome back, Jane!" is no caption). */
const CAPTION_RE = /^[\p{L}\p{M}\d\s&/()\-–·.'’%:+]{1,48}$/u;
const CAPTION_MAX_WORDS = 6;
/** A caption's card: the box around it, at most this many texts (a page section is no card). */
const CARD_MAX_TEXTS = 12;
const CARD_CLIMB = 4;
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
    // A ratio sentence drawn in pieces (`<b>14</b> of <b>1,062</b> orders (1.32%)`): its sum stays true.
    const ratio = matchLabel(whole.trim()) ? null : scrub.ratio(whole, false);
    if (ratio !== null) return { text: ratio, pos: 0 };
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
