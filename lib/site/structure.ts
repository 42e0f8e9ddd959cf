/**
 * How two places of a page relate in its tree, the way a reader sees a layout: the box
 * that holds both (lowest common ancestor), how far each is from it, whether a figure is
 * one of a list of alike rows (a table body, a milestone rail with captions), and which
 * figure sits in the same column as a label in a parallel row (a KPI strip drawn as a
 * label row over a value row, a table header over its only row).
 *
 * All of it from the tree alone (no layout), walking open shadow roots to their hosts.
 */
import { parentOf, type PageText } from './dom';

/** Ancestors of `el`, itself first, up to `max` steps. */
export function ancestors(el: Element, max = 64): Element[] {
  const out: Element[] = [el];
  for (let p = parentOf(el); p && out.length <= max; p = parentOf(p)) out.push(p);
  return out;
}

/** The lowest element holding both, and each one's distance (in steps) from it. */
export function commonBox(a: Element, b: Element): { box: Element; up: number; down: number } | null {
  const chain = ancestors(a);
  const at = new Map<Element, number>(chain.map((el, i) => [el, i]));
  let down = 0;
  for (let cur: Element | null = b; cur; cur = parentOf(cur), down++) {
    const up = at.get(cur);
    if (up !== undefined) return { box: cur, up, down };
  }
  return null;
}

/** The child of `box` on the way down to `el` (`el` itself when it is a direct child). */
export function childToward(box: Element, el: Element): Element {
  let cur = el;
  for (let p = parentOf(cur); p && p !== box; p = parentOf(cur)) cur = p;
  return cur;
}

/** Element children of the node an element hangs from (its shadow root's, for a shadow root's child). */
function siblingsOf(el: Element): Element[] {
  const parent = el.parentNode;
  return parent ? Array.from((parent as ParentNode).children) : [el];
}

/** Two elements built alike: same tag, same number of element children. */
const alike = (a: Element, b: Element) => a.localName === b.localName && a.childElementCount === b.childElementCount;

export type Layout = {
  /** Does an element hold a label (by token range)? */
  holdsLabel(el: Element): boolean;
  /** Does an element hold a figure that may be a value? (memoized) */
  holdsFigure(el: Element): boolean;
  /**
   * Is `el` (anything below `box`) one of a list of alike rows that each hold a figure,
   * more rows than labels among them — so that a label outside the row names a column,
   * not this figure? A `dl` of label/value pairs is no such list.
   */
  inList(el: Element, box: Element): boolean;
  /**
   * The same column as a label: for each ancestor row of the label (innermost first), the
   * cells at the label's index in the alike rows beside it (a `table`'s rows, `role=row`s,
   * or sibling elements built alike) that hold no label themselves.
   */
  columnOf(label: Element): Array<{ row: Element; cells: Element[] }>;
};

/**
 * @param holdsFigure does an element hold a figure that may be a value (not a delta, a
 *   tick, prose)? Asked of rows and their siblings.
 */
/** Cells of a column looked at: a value row (and a delta row) under names, or the first rows of a list. */
const MAX_COLUMN_CELLS = 4;

export function layoutOf(page: PageText, labelStarts: readonly number[], holdsFigure: (el: Element) => boolean): Layout {
  const holdsMemo = new Map<Element, boolean>();
  const listMemo = new Map<Element, boolean>();
  const figureMemo = new Map<Element, boolean>();
  const holdsFigureMemo = (el: Element): boolean => {
    let v = figureMemo.get(el);
    if (v === undefined) figureMemo.set(el, (v = holdsFigure(el)));
    return v;
  };

  /** labelStarts is in reading order: the first label at or after a range's start decides. */
  const holdsLabel = (el: Element): boolean => {
    let v = holdsMemo.get(el);
    if (v === undefined) {
      const r = page.range.get(el);
      v = false;
      if (r) {
        let lo = 0;
        let hi = labelStarts.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (labelStarts[mid]! < r[0]) lo = mid + 1;
          else hi = mid;
        }
        v = lo < labelStarts.length && labelStarts[lo]! < r[1];
      }
      holdsMemo.set(el, v);
    }
    return v;
  };

  /** Is this element a row of a list: alike composite siblings with figures, outnumbering labelled ones? */
  const isListRow = (x: Element): boolean => {
    let v = listMemo.get(x);
    if (v !== undefined) return v;
    v = false;
    if (x.childElementCount >= 2 && holdsFigureMemo(x) && !holdsLabel(x)) {
      const sibs = siblingsOf(x);
      let rows = 0;
      let labelled = 0;
      for (const s of sibs) {
        if (holdsLabel(s)) labelled++;
        else if (alike(s, x) && holdsFigureMemo(s)) rows++;
      }
      // Rows of a list sit next to each other; names and values taking turns (`dt`/`dd`,
      // name/value `div`s) are pairs, not a list.
      const next = [x.previousElementSibling, x.nextElementSibling].some((n) => !!n && alike(n, x) && holdsFigureMemo(n));
      v = rows >= 2 && labelled < rows && next;
    }
    listMemo.set(x, v);
    return v;
  };

  const inList = (el: Element, box: Element): boolean => {
    for (let cur: Element | null = el; cur && cur !== box; cur = parentOf(cur)) if (isListRow(cur)) return true;
    return false;
  };

  const besideMemo = new Map<Element, Element[]>();
  const rowsBeside = (row: Element): Element[] => {
    const known = besideMemo.get(row);
    if (known) return known;
    let rows: Element[];
    // Table rows share a table across thead/tbody; ARIA rows their grid.
    if (row.localName === 'tr') {
      const table = row.closest('table') as HTMLTableElement | null;
      rows = table?.rows ? Array.from(table.rows) : siblingsOf(row);
    } else if (row.getAttribute('role') === 'row') {
      const grid = row.closest('[role=table],[role=grid],[role=treegrid]');
      rows = grid ? Array.from(grid.querySelectorAll('[role=row]')) : siblingsOf(row);
    } else {
      rows = siblingsOf(row).filter((s) => alike(s, row));
    }
    besideMemo.set(row, rows);
    return rows;
  };

  const columnOf = (label: Element): Array<{ row: Element; cells: Element[] }> => {
    const out: Array<{ row: Element; cells: Element[] }> = [];
    const chain = ancestors(label, 5);
    for (let j = 1; j < chain.length; j++) {
      const row = chain[j]!;
      const cellEl = chain[j - 1]!;
      if (row.childElementCount < 2 || cellEl.parentNode !== row) continue;
      const index = Array.prototype.indexOf.call(row.children, cellEl) as number;
      const cells: Element[] = [];
      for (const other of rowsBeside(row)) {
        if (other === row || other.childElementCount !== row.childElementCount || holdsLabel(other)) continue;
        const cell = other.children[index];
        if (cell) cells.push(cell);
        // Enough to tell a KPI strip's one row of figures from a list's many.
        if (cells.length >= MAX_COLUMN_CELLS) break;
      }
      if (cells.length) out.push({ row, cells });
    }
    return out;
  };

  return { holdsLabel, holdsFigure: holdsFigureMemo, inList, columnOf };
}
