/**
 * Value cells: the largest element around a number token whose whole visible text is
 * still one number (`<div><span>$</span><span>48,213</span><span>.09</span></div>`),
 * or a "no value" text (`--`, "Not enough orders yet"). What a cell is for (a value,
 * a delta, a tick) is roles.ts's question.
 *
 * Cells are found lazily, only where a label looks for its value: a page's big tables
 * are never parsed unless a label sits next to them. Cells are formed greedily in reading
 * order (a token inside an earlier cell is not a cell of its own). Scanning may start
 * only at a *safe* token index, one no cell can straddle: the first token of a box that
 * holds a label, or either edge of a label (a cell's text is one number, never a label's
 * words). From any safe index the greedy scan agrees with one from the page's start.
 */
import { parentOf, textOf, type PageText } from './dom';
import { parseNumber, type NumberContext, type Parsed } from './numbers';
import { isCurrencyMarker } from './currency';
import { isNoValueText, isSignedNumber } from './phrases';
import { RATIO_MAX_CHARS, ratioIn } from './ratio';

export type Cell = {
  el: Element;
  /** Token index range [start, end). */
  start: number;
  end: number;
  parsed: Parsed;
};

/** parseNumber gives up on longer texts: no need to build them. */
const MAX_NUMBER_CHARS = 64;

function hasSignedToken(page: PageText, el: Element): boolean {
  const [s, e] = page.range.get(el) ?? [0, 0];
  for (let i = s; i < e; i++) if (isSignedNumber(page.tokens[i]?.text ?? '')) return true;
  return false;
}

/** Grow a number token to the largest ancestor that still reads as one number. */
function growCell(page: PageText, index: number, ctx: NumberContext): Cell | null {
  const token = page.tokens[index];
  if (!token || token.input) return null;
  if (isNoValueText(token.text)) return { el: token.el, start: index, end: index + 1, parsed: { kind: 'none' } };
  let parsed = parseNumber(token.text, ctx);
  if (!parsed) {
    const ratio = ratioIn(token.text, ctx);
    return ratio ? { el: token.el, start: index, end: index + 1, parsed: ratio.percent } : null;
  }
  let el: Element | null = null;
  let cur: Element | null = token.el;
  while (cur) {
    const text = textOf(page, cur, MAX_NUMBER_CHARS);
    const p = text === null ? null : parseNumber(text, ctx);
    if (!p || (el && hasSignedToken(page, cur))) break;
    parsed = p;
    el = cur;
    cur = parentOf(cur);
  }
  if (!parsed) return null;
  const ratio = parsed.kind === 'amount' && !parsed.percent ? ratioAround(page, el ?? token.el, index, ctx) : null;
  if (ratio) return ratio;
  const own = el ?? token.el;
  let [start, end] = el ? (page.range.get(el) ?? [index, index + 1]) : [index, index + 1];
  // A unit or currency in its own inline piece beside the number, in a box that also holds
  // other things (`<span>97.85</span><span>%</span><div>↑ 0.42%</div>`).
  const text = el ? (textOf(page, el, MAX_NUMBER_CHARS) ?? '') : token.text;
  const next = page.tokens[end];
  if (next && !next.block && !next.input && AFFIX_RE.test(next.text.trim())) {
    const p = parseNumber(`${text}${next.text.trim()}`, ctx);
    if (p) [parsed, end] = [p, end + 1];
  }
  const prev = page.tokens[start - 1];
  if (prev && !page.tokens[start]?.block && !prev.input && isCurrencyMarker(prev.text)) {
    const p = parseNumber(`${prev.text.trim()}${text}`, ctx);
    if (p) [parsed, start] = [p, start - 1];
  }
  return { el: own, start, end, parsed };
}

/**
 * A ratio sentence ("14 of 1,062 orders (1.32%)", ratio.ts) in a box of its own that starts
 * at token `index`: one cell, its figure the percentage.
 */
function ratioAround(page: PageText, el: Element, index: number, ctx: NumberContext): Cell | null {
  for (let cur = parentOf(el), up = 0; cur && up < 2; cur = parentOf(cur), up++) {
    const r = page.range.get(cur);
    if (!r || r[0] !== index) return null;
    const text = textOf(page, cur, RATIO_MAX_CHARS);
    const ratio = text === null ? null : ratioIn(text, ctx);
    if (ratio) return { el: cur, start: r[0], end: r[1], parsed: ratio.percent };
  }
  return null;
}

/** Pieces printed apart from a number that still belong to it: a percent sign, a K/M/万 scale, a currency. */
const AFFIX_RE = /^(?:%|K|M|B|k|万|亿|千|jt|rb|juta|ribu|[$€£¥₱฿₫đ円元]|RM|Rp|R\$|S\$|US\$|USD|EUR|GBP|IDR|MYR|PHP|THB|VND|SGD|BRL|MXN|JPY)$/;

export type Cells = {
  /** The cells in [from, to) in reading order, scanning from `from` (a safe index); stop when `visit` returns true. */
  scan(from: number, to: number, visit: (c: Cell) => boolean | void): void;
  /** The cell token `i` belongs to, if any. */
  covering(i: number): Cell | null;
};

/**
 * @param safe sorted safe token indexes besides 0 (label edges), for `covering`.
 */
export function cellIndex(page: PageText, ctx: NumberContext, safe: readonly number[]): Cells {
  const grown = new Map<number, Cell | null>();
  /** What the greedy scan knows of each token: its cell, null for none, undefined not yet seen. */
  const cover: Array<Cell | null | undefined> = new Array(page.tokens.length);

  const grow = (i: number): Cell | null => {
    let c = grown.get(i);
    if (c === undefined) grown.set(i, (c = growCell(page, i, ctx)));
    return c;
  };

  /** Indexes a scan stood on: a later scan may resume there as if from a safe index. */
  const landed = new Uint8Array(page.tokens.length + 1);

  const scan: Cells['scan'] = (from, to, visit) => {
    let pos = from;
    while (pos < to) {
      landed[pos] = 1;
      const c = grow(pos);
      if (!c) {
        cover[pos] ??= null;
        pos++;
        continue;
      }
      for (let j = c.start; j < c.end; j++) cover[j] = c;
      if (visit(c)) return;
      pos = Math.max(pos + 1, c.end);
    }
  };

  const covering = (i: number): Cell | null => {
    const known = cover[i];
    if (known !== undefined) return known;
    // Resume from the nearest safe index, or index a scan stood on, at or before i.
    let lo = 0;
    for (const s of safe) {
      if (s > i) break;
      lo = s;
    }
    let from = i;
    while (from > lo && !landed[from]) from--;
    scan(from, i + 1, () => false);
    return cover[i] ?? null;
  };

  return { scan, covering };
}
