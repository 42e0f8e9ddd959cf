/**
 * Which attributes a sample keeps, and how. Kept: what layout and the reader look at
 * (id, class, role, data-tid, hidden, aria-*, inline style, types and table spans), with
 * long digit runs replaced; texts (title, alt, aria-label, placeholder, value) scrubbed
 * like page text, their words kept only when the whole text is a metric's label; links only to the Seller Center itself, path only (query: `shop_region`).
 * Dropped: sources of images, video and frames, event handlers, every other data-* and
 * anything not listed (an unknown attribute may hold anything).
 */
import { isKnownHost } from '../../hosts';
import { matchLabel } from '../labels';
import { parseNumber } from '../numbers';
import { standIn } from './figures';
import { hashText, randomFrom } from './random';
import type { RemovedKind, TextScrubber } from './text';

/** Kept as written: fixed tokens, no data. */
const AS_IS = new Set([
  'role', 'hidden', 'dir', 'lang', 'type', 'colspan', 'rowspan', 'scope', 'tabindex', 'disabled', 'checked',
  'selected', 'readonly', 'open', 'multiple', 'required', 'aria-hidden', 'aria-expanded', 'aria-selected',
  'aria-current', 'aria-disabled', 'aria-checked', 'aria-pressed', 'aria-level', 'aria-haspopup', 'aria-live',
  'aria-modal', 'aria-orientation', 'aria-sort', 'aria-busy', 'aria-invalid',
]);
/** Identifiers: letters kept, long digit runs (ids) replaced. */
const IDENTIFIERS = new Set(['id', 'class', 'data-tid', 'aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-owns', 'for']);
/** Texts a person reads: scrubbed like the page's text. */
const TEXTS = new Set([
  'title', 'alt', 'placeholder', 'label', 'value', 'aria-label', 'aria-description', 'aria-valuetext',
  'aria-placeholder', 'aria-roledescription', 'min', 'max', 'aria-valuenow', 'aria-valuemin', 'aria-valuemax',
]);
const MEDIA = new Set(['src', 'srcset', 'poster', 'data', 'srcdoc', 'background', 'action', 'formaction', 'ping']);
/** In SVG only these stay: shapes and coordinates may draw a chart of the seller's figures. */
const SVG_KEEP = new Set(['id', 'class', 'role', 'aria-hidden', 'aria-label']);
const SVG_NS = 'http://www.w3.org/2000/svg';

export type AttributeWorld = {
  scrub: TextScrubber;
  /** The page's URL: links to its host (or any Seller Center host) keep their path. */
  page: URL | null;
  seed: number;
  count: (kind: RemovedKind) => void;
};

/** A link to the Seller Center as a path with only `shop_region`, else null (dropped). */
export function sellerCenterPath(value: string, page: URL | null, scrub: TextScrubber): string | null {
  let u: URL;
  try {
    u = new URL(value, page ?? undefined);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (!(page && u.hostname === page.hostname) && !isKnownHost(u.hostname)) return null;
  const region = u.searchParams.get('shop_region');
  const query = region && /^[A-Za-z]{2}$/.test(region) ? `?shop_region=${region}` : '';
  return scrub.identifier(u.pathname) + query;
}

/** Inline style: `url(…)` dropped, numbers replaced (a bar's `width: 74.2%` is a figure), opacity kept. */
function scrubStyle(style: string, world: AttributeWorld): string {
  const next = randomFrom(hashText(style, world.seed));
  return style
    .replace(/url\([^)]*\)/gi, () => {
      world.count('links');
      return 'url()';
    })
    .replace(/(opacity\s*:\s*)?(\d+(?:\.\d+)?)/gi, (m: string, opacity: string | undefined, run: string) =>
      opacity ? m : standIn(run, () => true, next),
    );
}

/** The value to write for one attribute, or null to drop it. */
export function attributeValue(el: Element, name: string, value: string, world: AttributeWorld): string | null {
  const { scrub } = world;
  if (el.namespaceURI === SVG_NS && !SVG_KEEP.has(name)) {
    world.count('media');
    return null;
  }
  if (AS_IS.has(name)) return value;
  if (IDENTIFIERS.has(name)) return scrub.identifier(value);
  if (name === 'style') return scrubStyle(value, world);
  // Words of an attribute stay only when it is a label: no one reviews attributes (`kept`
  // lists page text), and a title may hold a whole name.
  if (TEXTS.has(name)) {
    if (matchLabel(value)) return value;
    return parseNumber(value) ? scrub.figure(value) : scrub.text(value, false);
  }
  if (name === 'href') {
    const path = sellerCenterPath(value, world.page, scrub);
    if (path === null) world.count('links');
    return path;
  }
  if (name.startsWith('aria-')) return parseNumber(value) ? scrub.figure(value) : scrub.identifier(value);
  world.count(MEDIA.has(name) ? 'media' : name.startsWith('on') ? 'scripts' : 'attributes');
  return null;
}
