/**
 * Value cells: the largest element around a number token whose whole visible text is
 * still one number (`<div><span>$</span><span>48,213</span><span>.09</span></div>`),
 * or a "no value" text (`--`, "Not enough orders yet"). Each cell knows whether it is
 * a comparison (delta, target) or a tick on a scale (milestone markers), which never
 * count as a metric's value.
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
import { isComparisonText, isNoValueText, isSignedNumber } from './phrases';

export type Cell = {
  el: Element;
  /** Token index range [start, end). */
  start: number;
  end: number;
  parsed: Parsed;
};

/** parseNumber gives up on longer texts: no need to build them. */
const MAX_NUMBER_CHARS = 64;

const within = (page: PageText, el: Element | null, i: number): boolean => {
  const r = el ? page.range.get(el) : undefined;
  return !!r && i >= r[0] && i < r[1];
};

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
  if (!el) return { el: token.el, start: index, end: index + 1, parsed };
  const [start, end] = page.range.get(el) ?? [index, index + 1];
  return { el, start, end, parsed };
}

export type Cells = {
  /** The cells in [from, to) in reading order, scanning from `from` (a safe index); stop when `visit` returns true. */
  scan(from: number, to: number, visit: (c: Cell) => boolean | void): void;
  /** The cell token `i` belongs to, if any. */
  covering(i: number): Cell | null;
  /** A delta, a target or a scale tick: never a metric's value. */
  ignored(c: Cell): boolean;
};

/**
 * @param safe sorted safe token indexes besides 0 (label edges), for `covering`.
 */
export function cellIndex(page: PageText, ctx: NumberContext, safe: readonly number[]): Cells {
  const grown = new Map<number, Cell | null>();
  /** What the greedy scan knows of each token: its cell, null for none, undefined not yet seen. */
  const cover: Array<Cell | null | undefined> = new Array(page.tokens.length);
  const ignoredMemo = new Map<Cell, boolean>();

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

  /** A number right after a "vs last 7 days" / "↑" / "Target" text in the same box. */
  const isComparison = (c: Cell): boolean => {
    // Text *after* a number says nothing: cards put their "vs" row right under the value.
    const prev = page.tokens[c.start - 1];
    return !!prev && within(page, parentOf(c.el), c.start - 1) && isComparisonText(prev.text);
  };

  /** One of ≥ 3 bare numbers side by side with nothing else (milestones on a bar, an axis). */
  const isScaleTick = (c: Cell): boolean => {
    const parent = parentOf(c.el);
    const r = parent ? page.range.get(parent) : undefined;
    if (!r) return false;
    const seen = new Set<Cell>();
    for (let i = r[0]; i < r[1]; i++) {
      const n = covering(i);
      if (!n) return false;
      seen.add(n);
    }
    return seen.size >= 3;
  };

  const ignored = (c: Cell): boolean => {
    let v = ignoredMemo.get(c);
    if (v === undefined) ignoredMemo.set(c, (v = isComparison(c) || isScaleTick(c)));
    return v;
  };

  return { scan, covering, ignored };
}
