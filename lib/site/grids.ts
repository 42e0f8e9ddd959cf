/**
 * The tables of a page as plain text: header titles and, per body row, each cell's visible
 * texts (one per text node) and the row's link targets. Knows `<table>`, ARIA grids
 * (`role=table/grid/row/cell/columnheader`) and Arco's `core-table` / `arco-table`, whose
 * header and body may be two `<table>`s in one wrapper. Walks open shadow roots. Pure.
 */
import { readPageText, textOf, type IsShown } from './dom';

/** A cell's text as shown (inline pieces joined: `$` `48,213.09` → `$48,213.09`), then each text node. */
export type GridCell = { text: string; texts: string[] };
export type GridRow = { cells: GridCell[]; hrefs: string[] };
export type Grid = { headers: string[]; rows: GridRow[] };

const GRID_SELECTOR = 'table, [role=table], [role=grid], [role=treegrid]';
/** One table drawn as several (fixed header, scrolling body): the wrapper is the unit. */
const WRAPPER_SELECTOR = '.core-table, .arco-table';
const ROW_SELECTOR = 'tr, [role=row]';
const CELL_SELECTOR = 'td, th, [role=cell], [role=gridcell], [role=columnheader], [role=rowheader]';
const HIDDEN_SELECTOR = '[hidden], [aria-hidden=true]';

/** The root and every open shadow root below it. */
function scopesOf(root: ParentNode): ParentNode[] {
  const out: ParentNode[] = [root];
  for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) out.push(...scopesOf(el.shadowRoot));
  return out;
}

function unitsIn(root: ParentNode): Element[] {
  const units = new Set<Element>();
  for (const scope of scopesOf(root)) {
    for (const grid of Array.from(scope.querySelectorAll(GRID_SELECTOR))) units.add(grid.closest(WRAPPER_SELECTOR) ?? grid);
  }
  const all = [...units];
  // A table inside another table's cell belongs to that cell.
  return all.filter((u) => !all.some((o) => o !== u && o.contains(u)));
}

const isHeaderCell = (el: Element) => el.localName === 'th' || el.getAttribute('role') === 'columnheader';

function cellsOf(row: Element): Element[] {
  if (row.localName === 'tr') return Array.from(row.children).filter((c) => c.matches(CELL_SELECTOR));
  return Array.from(row.querySelectorAll(CELL_SELECTOR)).filter((c) => c.closest(ROW_SELECTOR) === row);
}

/** A cell spanning n columns stands in each of them, so indices line up with the headers. */
function spread<T>(cells: Element[], value: (c: Element) => T): T[] {
  const out: T[] = [];
  for (const c of cells) {
    const span = Math.min(Math.max(Number(c.getAttribute('colspan')) || 1, 1), 50);
    const v = value(c);
    for (let i = 0; i < span; i++) out.push(v);
  }
  return out;
}

function cellOf(cell: Element): GridCell {
  const page = readPageText(cell);
  return { text: textOf(page, cell, 300) ?? '', texts: page.tokens.map((t) => t.text) };
}
const headerText = (cell: Element): string => cellOf(cell).text;

function hrefsOf(row: Element): string[] {
  return Array.from(row.querySelectorAll('a[href]'), (a) => a.getAttribute('href') ?? '').filter(Boolean);
}

function gridOf(unit: Element, isShown: IsShown): Grid | null {
  let headers: string[] | null = null;
  const rows: GridRow[] = [];
  for (const row of Array.from(unit.querySelectorAll(ROW_SELECTOR))) {
    // Rows of a table nested in a cell are that table's.
    const owner = row.closest(GRID_SELECTOR);
    if (owner && (owner.closest(WRAPPER_SELECTOR) ?? owner) !== unit) continue;
    const cells = cellsOf(row);
    if (cells.length === 0) continue;
    const inHead = row.parentElement?.localName === 'thead';
    if (headers === null && (inHead || cells.every(isHeaderCell))) {
      headers = spread(cells, headerText);
      continue;
    }
    if (inHead || cells.every(isHeaderCell)) continue;
    if (row.closest(HIDDEN_SELECTOR) || !isShown(row)) continue;
    rows.push({ cells: spread(cells, cellOf), hrefs: hrefsOf(row) });
  }
  return headers ? { headers, rows } : null;
}

/** Every table of the page that has a header row. */
export function gridsIn(root: ParentNode, isShown: IsShown = () => true): Grid[] {
  const out: Grid[] = [];
  for (const unit of unitsIn(root)) {
    const grid = gridOf(unit, isShown);
    if (grid) out.push(grid);
  }
  return out;
}
