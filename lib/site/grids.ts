/**
 * The tables of a page as plain text: header titles and, per body row, each cell's visible
 * texts (one per text node) and the row's link targets. Knows `<table>`, ARIA grids
 * (`role=table/grid/row/cell/columnheader`) and Arco's `core-table` / `arco-table`, whose
 * header and body may be two `<table>`s in one wrapper. Light DOM only: finding shadow roots means
 * visiting every element, which doubled the reader's cost on a 5,000-element page (BENCHMARKS.md). Pure.
 */
import { readPageText, textOf, type IsShown } from './dom';

/** A cell's text as shown (inline pieces joined: `$` `48,213.09` → `$48,213.09`), then each text node. */
export type GridCell = { text: string; texts: string[] };
export type GridRow = { cells: GridCell[]; hrefs: string[] };
export type Grid = { headers: string[]; rows: GridRow[] };

const GRID_SELECTOR = 'table, [role=table], [role=grid], [role=treegrid]';
const ARIA_GRID_SELECTOR = '[role=table], [role=grid], [role=treegrid]';
/** One table drawn as several (fixed header, scrolling body): the wrapper is the unit. */
const WRAPPER_SELECTOR = '.core-table, .arco-table';
const ROW_SELECTOR = 'tr, [role=row]';
const CELL_SELECTOR = 'td, th, [role=cell], [role=gridcell], [role=columnheader], [role=rowheader]';
const HIDDEN_SELECTOR = '[hidden], [aria-hidden=true]';

function unitsIn(root: ParentNode): Element[] {
  // Tag and single-attribute lookups: a selector list of attribute tests visits every element
  // once per test (0.6 ms on a 5,000-element page, half the reader's time).
  const doc = root.ownerDocument ?? (root as Document);
  const tables = root === doc ? Array.from(doc.getElementsByTagName('table')) : Array.from(root.querySelectorAll('table'));
  const ariaGrids = Array.from(root.querySelectorAll('[role=columnheader]'), (h) => h.closest(ARIA_GRID_SELECTOR));
  const units = new Set<Element>();
  for (const grid of [...tables, ...ariaGrids]) if (grid) units.add(grid.closest(WRAPPER_SELECTOR) ?? grid);
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

function gridOf(unit: Element, isShown: IsShown, wanted: (headers: string[]) => boolean): Grid | null {
  // The first row is the header row, or the table has none: not a list we can read.
  const head = unit.querySelector(ROW_SELECTOR);
  const headCells = head ? cellsOf(head) : [];
  if (!head || headCells.length === 0 || !(head.parentElement?.localName === 'thead' || headCells.every(isHeaderCell))) return null;
  const headers = spread(headCells, headerText);
  if (!wanted(headers)) return null;
  const rows: GridRow[] = [];
  for (const row of Array.from(unit.querySelectorAll(ROW_SELECTOR))) {
    // Rows of a table nested in a cell are that table's.
    const owner = row.closest(GRID_SELECTOR);
    if (row === head || (owner && (owner.closest(WRAPPER_SELECTOR) ?? owner) !== unit)) continue;
    const cells = cellsOf(row);
    if (cells.length === 0 || row.parentElement?.localName === 'thead' || cells.every(isHeaderCell)) continue;
    if (row.closest(HIDDEN_SELECTOR) || !isShown(row)) continue;
    rows.push({ cells: spread(cells, cellOf), hrefs: hrefsOf(row) });
  }
  return { headers, rows };
}

/**
 * Every table of the page whose header row `wanted` accepts, with its rows. `wanted` is asked
 * before any body row is looked at: a product table of 500 rows costs its header row only.
 */
export function gridsIn(root: ParentNode, wanted: (headers: string[]) => boolean, isShown: IsShown = () => true): Grid[] {
  const out: Grid[] = [];
  for (const unit of unitsIn(root)) {
    const grid = gridOf(unit, isShown, wanted);
    if (grid) out.push(grid);
  }
  return out;
}
