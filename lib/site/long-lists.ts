/**
 * Long lists (an orders table's body, a product grid) hold most of a Seller Center
 * page's elements and, almost always, nothing the reader needs: metrics sit on cards
 * next to their labels. Walking them in script is most of a read's cost, so the walk
 * asks the browser for a long list's text (`textContent`, native) and passes the list
 * over when that text cannot hold a label, an embedded value or a date. Its decimal
 * marks still count for the page (`decimal`).
 *
 * Conservative on purpose: only plain-ASCII text is judged (no NFKC or ⓘ to think
 * about); labels are looked for as substrings with all spaces removed, so pieces of
 * text run together only ever keep a list; a list holding an <input> is always walked.
 * What is lost: a number inside such a list is never a label's value, and text inside
 * shadow roots within it (which textContent does not show) is not read.
 */
import type { DecimalMark } from './currency';
import { NORMALIZED_LABELS } from './labels';
import { decimalOf, evidenceIn, mayShowEvidence, normalizeText, type DecimalEvidence } from './numbers';
import { mayShowDate, showsDate } from './period';
import { EMBEDDED_STARTS } from './phrases';
import { escapeRegExp } from './regexp';

const PLAIN_TEXT_RE = /^[\x20-\x7e\s]*$/;
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** Every ASCII label and embedded-phrase start, spaces removed, as one regex (built on first use). */
let wanted: RegExp | null = null;
function wantedRe(): RegExp {
  if (wanted) return wanted;
  // Labels without their unit decorations: a shorter needle only keeps more lists.
  const words = new Set([...NORMALIZED_LABELS, ...EMBEDDED_STARTS].map(squash));
  const ascii = [...words].filter((w) => w && PLAIN_TEXT_RE.test(w)).sort((a, b) => b.length - a.length);
  return (wanted = new RegExp(ascii.map(escapeRegExp).join('|')));
}

/** The list's text nodes joined by spaces (no element is visited in script); asked only when needed. */
function textNodesOf(el: Element): string {
  const walker = (el.ownerDocument ?? document).createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join(' ');
}

export type LongLists = {
  /** True when `el` is a long list the walk may pass over. */
  passOver(el: Element): boolean;
  /** The page's decimal mark, from the walked text's evidence and that of the lists passed over. */
  decimal(walked: DecimalEvidence): DecimalMark | null;
};

export function longLists(region: string | null): LongLists {
  const passed: Array<{ el: Element; text: string }> = [];
  const passOver = (el: Element): boolean => {
    const raw = el.textContent ?? '';
    if (!PLAIN_TEXT_RE.test(raw) || el.querySelector('input') || wantedRe().test(squash(raw))) return false;
    // textContent runs neighbouring cells together (`Jun 3, 2025Jun 4, 2025`): a date is
    // judged on the text nodes apart, and only where something looks like one.
    if (mayShowDate(raw) && showsDate(textNodesOf(el), region)) return false;
    passed.push({ el, text: raw.replace(/\s+/g, ' ') });
    return true;
  };
  const decimal = (walked: DecimalEvidence): DecimalMark | null => {
    const seen = { ...walked };
    for (const list of passed) {
      // The run-together text never misses a mark; only a kind the page lacks so far is
      // worth the text nodes apart (which never make one up).
      const may = mayShowEvidence(list.text);
      if ((may.comma && !seen.comma) || (may.dot && !seen.dot)) {
        const exact = evidenceIn(normalizeText(textNodesOf(list.el)));
        seen.comma ||= exact.comma;
        seen.dot ||= exact.dot;
      }
    }
    return decimalOf(seen);
  };
  return { passOver, decimal };
}
