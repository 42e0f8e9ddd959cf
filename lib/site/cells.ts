/**
 * Value cells: the largest element around a number token whose whole visible text is
 * still one number (`<div><span>$</span><span>48,213</span><span>.09</span></div>`),
 * or a "no value" text (`--`, "Not enough orders yet"). Each cell knows whether it is
 * a comparison (delta, target) or a tick on a scale (milestone markers), which never
 * count as a metric's value.
 */
import { parentOf, type PageText } from './dom';
import { parseNumber, type NumberContext, type Parsed } from './numbers';
import { isComparisonText, isNoValueText, isSignedNumber } from './phrases';

export type Cell = {
  el: Element;
  /** Token index range [start, end). */
  start: number;
  end: number;
  parsed: Parsed;
  /** A delta, a target or a scale tick: never a metric's value. */
  ignored: boolean;
};

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
function growCell(page: PageText, index: number, ctx: NumberContext): Omit<Cell, 'ignored'> | null {
  const token = page.tokens[index];
  if (!token || token.input) return null;
  if (isNoValueText(token.text)) return { el: token.el, start: index, end: index + 1, parsed: { kind: 'none' } };
  let parsed = parseNumber(token.text, ctx);
  let el: Element | null = null;
  let cur: Element | null = token.el;
  while (cur) {
    const p = parseNumber(page.text.get(cur) ?? '', ctx);
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

export function findCells(page: PageText, ctx: NumberContext): Cell[] {
  const cells: Omit<Cell, 'ignored'>[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < page.tokens.length; i++) {
    if (taken.has(i)) continue;
    const cell = growCell(page, i, ctx);
    if (!cell) continue;
    for (let j = cell.start; j < cell.end; j++) taken.add(j);
    cells.push(cell);
  }
  const cellAt = new Map<number, number>();
  cells.forEach((c, n) => {
    for (let j = c.start; j < c.end; j++) cellAt.set(j, n);
  });
  return cells.map((c) => ({ ...c, ignored: isComparison(page, c) || isScaleTick(page, c, cellAt) }));
}

/**
 * A number right after a "vs last 7 days" / "↑" / "Target" text in the same box. (Text
 * *after* a number says nothing: cards put their "vs" row right under the value.)
 */
function isComparison(page: PageText, c: Omit<Cell, 'ignored'>): boolean {
  const prev = page.tokens[c.start - 1];
  return !!prev && within(page, parentOf(c.el), c.start - 1) && isComparisonText(prev.text);
}

/** One of ≥ 3 bare numbers side by side with nothing else (milestones on a bar, an axis). */
function isScaleTick(page: PageText, c: Omit<Cell, 'ignored'>, cellAt: Map<number, number>): boolean {
  const parent = parentOf(c.el);
  const r = parent ? page.range.get(parent) : undefined;
  if (!r) return false;
  const seen = new Set<number>();
  for (let i = r[0]; i < r[1]; i++) {
    const n = cellAt.get(i);
    if (n === undefined) return false;
    seen.add(n);
  }
  return seen.size >= 3;
}
