/**
 * What a figure on the page is for, asked of the few cells near labels: the metric's value,
 * or something that never is — a comparison (a "vs previous period" delta, a target, a
 * benchmark, whether by the words before it or by its table column's header), a tick on a
 * scale (milestones on a bar, an axis), or a number inside a sentence ("requires 3.5 or
 * higher", "at least 30 orders"). Also the scale printed after a value ("/5", "/ 48
 * points"), which binds to the number before it.
 */
import type { Cell, Cells } from './cells';
import type { Amount, Parsed } from './numbers';
import { isCurrencyMarker } from './currency';
import { parentOf, type PageText } from './dom';
import { mayShowDate } from './period';
import { isComparisonText, isSignedNumber, isStatusText, isVerdictOnStandard, scaleOf } from './phrases';

export type Roles = {
  /** A comparison, a tick or prose: never a metric's value. */
  ignored(c: Cell): boolean;
  /** The denominator printed right after the cell (`4.12` `/5`), if any. */
  scaleAfter(c: Cell): number | null;
};

const within = (page: PageText, el: Element | null, i: number): boolean => {
  const r = el ? page.range.get(el) : undefined;
  return !!r && i >= r[0] && i < r[1];
};

const ENDS_WITH_LETTER_RE = /\p{L}$/u;
const ENDS_WITH_FIGURE_RE = /\d\s*[%KkM]?\s*\)?$/;

export function cellRoles(page: PageText, cells: Cells, isLabelToken: (i: number) => boolean): Roles {
  const memo = new Map<Cell, boolean>();
  const textAt = (i: number) => page.tokens[i]?.text ?? '';

  /** A number after a "vs last 7 days" / "↑" / "Target" text in the same box, or a signed one. */
  const isComparison = (c: Cell): boolean => {
    if (c.start + 1 === c.end && isSignedNumber(textAt(c.start))) return true;
    // Text *after* a number says nothing: cards put their "vs" row right under the value.
    const box = parentOf(c.el);
    for (let i = c.start - 1, seen = 0; i >= 0 && seen < 2 && within(page, box, i); i--, seen++) {
      // "Target" marks the number after it; "Target ≥ 95%" already holds its own.
      // A verdict tag before the value ("ไม่ผ่านเป้าหมาย" = not met target) judges it; it introduces no target.
      if (isComparisonText(textAt(i)) && !ENDS_WITH_FIGURE_RE.test(textAt(i)) && !isVerdictOnStandard(textAt(i))) return true;
      if (!/^[↑↓▲▼+\-−:：]$/.test(textAt(i))) break;
    }
    return false;
  };

  /**
   * One of ≥ 3 bare numbers side by side with nothing else that step evenly or roundly in
   * one direction (milestones on a bar, an axis) — not a strip of figures of their own.
   */
  const isScaleTick = (c: Cell): boolean => {
    const parent = parentOf(c.el);
    const r = parent ? page.range.get(parent) : undefined;
    if (!r) return false;
    // Every token of the parent in a cell, and each of its children one cell at most.
    const seen: Cell[] = [];
    for (let i = r[0]; i < r[1]; i++) {
      const n = cells.covering(i);
      if (!n) return false;
      if (seen.at(-1) !== n) seen.push(n);
    }
    for (const child of Array.from(parent!.children)) {
      const cr = page.range.get(child);
      if (cr && cells.covering(cr[0]) !== cells.covering(cr[1] - 1)) return false;
    }
    return seen.length >= 3 && looksLikeScale(seen.map((x) => x.parsed));
  };

  /** Inside running text: the words right before it are joined to it inline ("requires 3.5"). */
  const isProse = (c: Cell): boolean => {
    const first = page.tokens[c.start];
    const prev = c.start - 1;
    const before = page.tokens[prev];
    // A link or a tab before it ("View analysis $463.01") is a control, not a sentence.
    if (!first || first.block || !before || before.control || before.el.closest('a')) return false;
    const text = before.text;
    return ENDS_WITH_LETTER_RE.test(text) && !isLabelToken(prev) && !isStatusText(text) && !isCurrencyMarker(text) && !cells.covering(prev);
  };

  /** A figure in a column headed "Target" / "Benchmark" / "Category average". */
  const heads = new Map<Element, Element | null>();
  const inComparisonColumn = (c: Cell): boolean => {
    const cell = c.el.closest('td,[role=cell],[role=gridcell]');
    const row = cell?.parentElement;
    if (!cell || !row) return false;
    const index = Array.prototype.indexOf.call(row.children, cell) as number;
    const table = row.closest('table,[role=table],[role=grid],[role=treegrid]');
    if (!table) return false;
    let head = heads.get(table);
    if (head === undefined) heads.set(table, (head = headerRowOf(table)));
    const title = head && head !== row ? head.children[index]?.textContent?.trim() : undefined;
    return !!title && isComparisonText(title);
  };

  /** A dash between two dates (`15/11/2026 - 21/11/2026` in a range picker) is no "no value" mark. */
  const isDateSeparator = (c: Cell): boolean => {
    if (c.parsed.kind !== 'none' || c.end - c.start !== 1 || !/^[-–—~]$/.test(textAt(c.start).trim())) return false;
    const near = (i: number) => {
      const t = page.tokens[i];
      return !!t && (t.input || mayShowDate(t.text));
    };
    return near(c.start - 1) || near(c.end);
  };

  const ignored = (c: Cell): boolean => {
    let v = memo.get(c);
    if (v === undefined) memo.set(c, (v = isComparison(c) || isScaleTick(c) || isProse(c) || inComparisonColumn(c) || isDateSeparator(c)));
    return v;
  };

  const scaleAfter = (c: Cell): number | null => (c.end < page.tokens.length ? scaleOf(textAt(c.end)) : null);

  return { ignored, scaleAfter };
}

/** The row of column titles of a table (or ARIA grid), perhaps drawn as a table of its own above it. */
function headerRowOf(table: Element): Element | null {
  return ownHeaderRow(table) ?? detachedHeaderRow(table);
}

function ownHeaderRow(table: Element): Element | null {
  for (const r of Array.from(table.querySelectorAll('tr,[role=row]'))) {
    if (Array.from(r.children).some((c) => c.localName === 'th' || c.getAttribute('role') === 'columnheader')) return r;
  }
  return null;
}

/**
 * A table with a fixed header (Arco's `arco-table-header` over `arco-table-body`) draws its
 * column titles as a table of their own just above the rows: the nearest earlier table,
 * a few levels up, that holds only titles, as many as the rows have cells.
 */
function detachedHeaderRow(table: Element): Element | null {
  const spanOf = (row: Element) => Array.from(row.children).reduce((n, c) => n + (Number(c.getAttribute('colspan')) || 1), 0);
  const width = Math.max(0, ...Array.from(table.querySelectorAll('tr,[role=row]')).slice(0, 5).map(spanOf));
  let el: Element | null = table;
  for (let up = 0; el && up < 3; up++, el = el.parentElement) {
    for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const tables = sib.matches('table') ? [sib] : Array.from(sib.querySelectorAll('table'));
      const head = tables.length > 0 ? ownHeaderRow(tables[tables.length - 1]!) : null;
      if (!head) continue;
      const onlyTitles = !tables[tables.length - 1]!.querySelector('td');
      return onlyTitles && spanOf(head) === width ? head : null;
    }
  }
  return null;
}

/** Same kind, one direction, and evenly spaced or round (`0 50 100 150`, `0 10K 20K`, `5,00 4,50 4,00`). */
function looksLikeScale(parsed: readonly Parsed[]): boolean {
  const amounts = parsed.flatMap((p) => (p.kind === 'amount' && p.outOf === null ? [p] : []));
  if (amounts.length !== parsed.length) return false;
  const kind = (a: Amount) => `${a.percent}|${a.currency}`;
  if (amounts.some((a) => kind(a) !== kind(amounts[0]!))) return false;
  const v = amounts.map((a) => a.value);
  const steps = v.slice(1).map((x, i) => x - v[i]!);
  if (!(steps.every((d) => d > 0) || steps.every((d) => d < 0))) return false;
  const even = steps.every((d) => Math.abs(d - steps[0]!) <= Math.abs(steps[0]!) * 0.01);
  const round = amounts.every((a) => a.mant.replace(/^0+/, '').replace(/0+$/, '').length <= 2);
  return even || round;
}
