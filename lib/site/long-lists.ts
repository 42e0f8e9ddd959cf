/**
 * Long lists (an orders table's body, a product grid) hold most of a Seller Center
 * page's elements and, almost always, nothing the reader needs: metrics sit on cards
 * next to their labels. Walking them in script is most of a read's cost, so the walk
 * asks the browser for a long list's text (`textContent`, native) and passes the list
 * over when that text cannot hold a label, an embedded value or a date. Its decimal
 * marks still count for the page (`decimal`).
 *
 * Conservative on purpose: labels (as written and as matched) are looked for as
 * substrings of the text squashed to its letters and digits (NFKC, lowercase), so pieces of
 * text run together only ever keep a list; a list holding an <input> is always walked. A
 * long list some of whose rows hold a label is walked row by row, each row passed over or
 * not on its own (dom.ts).
 * What is lost: a number inside such a list is never a label's value, and text inside
 * shadow roots within it (which textContent does not show) is not read.
 */
import type { DecimalMark } from './currency';
import { METRIC_KEYS } from '../metrics';
import { LABELS, NORMALIZED_LABELS, ORDERS_WORD_RE } from './labels';
import { decimalOf, evidenceIn, mayShowEvidence, normalizeText, type DecimalEvidence } from './numbers';
import { LONG_LIST_CHILDREN } from './dom';
import { mayShowDate, showsDate } from './period';
import { EMBEDDED_STARTS } from './phrases';
import { escapeRegExp } from './regexp';

const PLAIN_TEXT_RE = /^[\x20-\x7e\s]*$/;
/**
 * Letters and digits only, lowercase, NFKC: text run together by textContent and a label
 * written with other spaces, hyphens or slashes ("Seller-Fault") still meet.
 */
const squash = (s: string) =>
  PLAIN_TEXT_RE.test(s) ? s.toLowerCase().replace(/[^a-z0-9]+/g, '') : s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Every label (as written and as matched) and embedded-phrase start, squashed, as one regex (built on first use). */
let wanted: RegExp | null = null;
function wantedRe(): RegExp {
  if (wanted) return wanted;
  // Labels without their unit decorations: a shorter needle only keeps more lists.
  const written = METRIC_KEYS.flatMap((k) => Object.values(LABELS[k]).flatMap((list) => list ?? []));
  const words = new Set([...written, ...NORMALIZED_LABELS, ...EMBEDDED_STARTS].map(squash));
  const needles = [...words].filter((w) => w.length > 1).sort((a, b) => b.length - a.length);
  return (wanted = new RegExp(needles.map(escapeRegExp).join('|'), 'u'));
}

/** What a label known by its parts needs: orders and a 90 (labels/index.ts). */
const NINETY_DAY_RE = /90/;

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

/**
 * A row judged once while its text stays the same: the content script reads a page again
 * on every burst of mutations, and most rows of a long list do not change between reads.
 * (Its text and the page's region decide; whether it holds an input is asked every time.)
 */
const judged = new WeakMap<Element, { text: string; region: string | null; pass: boolean; may?: DecimalEvidence }>();

export function longLists(region: string | null): LongLists {
  const passed: Array<{ el: Element; text: string }> = [];
  /** Rows are judged one by one inside a list: whether the list holds an input is asked once. */
  const inputs = new Map<Node, boolean>();
  const holdsInput = (el: Element): boolean => {
    const parent = el.parentNode;
    if (parent && el.childElementCount < LONG_LIST_CHILDREN) {
      let v = inputs.get(parent);
      if (v === undefined) inputs.set(parent, (v = !!(parent as ParentNode).querySelector?.('input')));
      if (!v) return false;
    }
    return !!el.querySelector('input');
  };
  const passOver = (el: Element): boolean => {
    if (holdsInput(el)) return false;
    const raw = el.textContent ?? '';
    const known = judged.get(el);
    const pass = known && known.text === raw && known.region === region ? known.pass : judge(el, raw);
    if (pass) passed.push({ el, text: raw });
    return pass;
  };
  const judge = (el: Element, raw: string): boolean => {
    let pass = true;
    if (wantedRe().test(squash(raw)) || (NINETY_DAY_RE.test(raw) && ORDERS_WORD_RE.test(raw))) pass = false;
    // textContent runs neighbouring cells together (`Jun 3, 2025Jun 4, 2025`): a date is
    // judged on the text nodes apart, and only where something looks like one.
    else if (mayShowDate(raw) && showsDate(textNodesOf(el), region)) pass = false;
    judged.set(el, { text: raw, region, pass });
    return pass;
  };
  const decimal = (walked: DecimalEvidence): DecimalMark | null => {
    const seen = { ...walked };
    for (const list of passed) {
      // The run-together text never misses a mark; only a kind the page lacks so far is
      // worth the text nodes apart (which never make one up).
      if (seen.comma && seen.dot) break; // both marks: the page decides nothing either way
      const rec = judged.get(list.el);
      const may = rec?.may ?? mayShowEvidence(list.text.replace(/\s+/g, ' '));
      if (rec) rec.may = may;
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
