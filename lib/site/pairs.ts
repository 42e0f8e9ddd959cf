/**
 * Every figure that could be one label's value, each with a cost (lower = more plainly
 * this label's). A careful reader pairs a label with the figure in the same card (the
 * smallest box holding both, with the fewest other labels in it), next to it in reading
 * order or in the same column of a parallel row; the scale after a number ("/5") binds to
 * it. Never a pair:
 *   - a figure with another label between it and this one (unless they share a column);
 *   - a figure in a box that holds another label (it is that label's);
 *   - a figure right next to a caption of its own ("To ship 5"), which names it;
 *   - a figure in one of a list of alike rows (a table body) under a label outside it —
 *     that label names a column, and no single row is the page's metric;
 *   - a label whose column holds several figures, or a table's column title (`th`).
 */
import { isCaptionToken, isDecorationToken } from './captions';
import type { Cell, Cells } from './cells';
import { parentOf, type PageText } from './dom';
import { fitMetric, OUT_OF, type Fit } from './fit';
import type { LabelMatch } from './labels';
import type { Parsed } from './numbers';
import type { Roles } from './roles';
import { childToward, commonBox, type Layout } from './structure';

/** How far (in ancestors) a label may be from the box that holds its value. */
const MAX_CLIMB = 7;
/** How far (in tokens) a value may sit from its label in reading order, and how many candidates a side keeps. */
const MAX_GAP = 250;
const MAX_PER_SIDE = 4;

export type Label = LabelMatch & { el: Element; start: number; end: number; header: boolean };
export type Pair = { label: Label; cell: Cell | null; fit: Fit; cost: number; at: number };

export type World = {
  page: PageText;
  labels: readonly Label[];
  cells: Cells;
  roles: Roles;
  layout: Layout;
  isLabelToken: (i: number) => boolean;
  /** Memo of valueFirstIn, per box. */
  valueFirst: Map<Element, boolean>;
};

/** Weights of the cost: other labels in the common box dominate; the rest breaks ties. */
const PER_OTHER_LABEL = 10;
const AGAINST_ORIENTATION = 1;
const PER_STEP = 0.3;
const PER_TOKEN = 0.002;
const SAME_COLUMN = -5;
/** A scale printed after the figure that fits the metric ("14" "/ 48 points" for violation points). */
const BOUND_SCALE = -1;
/**
 * Per figure this label could take that sits nearer it on the same side in reading order: the
 * first fitting figure after a row's name is its value, not a '—' three columns on (a careful
 * reader does not skip a fitting figure to reach one further away).
 */
const PER_NEARER_FIT = 1;

export function pairsFor(w: World, index: number): Pair[] {
  const { page, labels, cells, roles, layout } = w;
  const label = labels[index]!;
  const key = label.key;
  const out: Pair[] = [];

  const fitOf = (c: Cell): Fit | undefined => {
    if (roles.ignored(c)) return undefined;
    const outOf = roles.scaleAfter(c);
    const parsed: Parsed = outOf !== null && c.parsed.kind === 'amount' && c.parsed.outOf === null ? { ...c.parsed, outOf } : c.parsed;
    return fitMetric(key, parsed);
  };

  // The same column of a parallel row: a KPI strip (labels over values), a one-row table.
  for (const { row, cells: group } of layout.columnOf(label.el)) {
    // A row of names over a row of figures (a KPI strip). A card that shows its own figure is
    // no header row, and a row that also names a thing ("Item 1", a shop) is a list's row.
    if (w.layout.holdsFigure(row)) continue;
    let hit: { cell: Cell; fit: Fit } | null = null;
    let rowsWithFigures = 0;
    for (const el of group) {
      if (!w.layout.holdsFigure(el)) continue;
      const one = el.parentElement && figuresOnly(w, el.parentElement, row) ? onlyCellIn(w, el) : null;
      const fit = one && fitOf(one);
      // A parallel row of another kind of figure (shares beside amounts) is no second value of this column.
      if (one && !fit) continue;
      // Figures in this column on two rows: the label titles a list's column, no single value.
      if (++rowsWithFigures > 1) return [];
      if (one && fit) hit = { cell: one, fit };
    }
    if (hit) {
      const rel = commonBox(label.el, hit.cell.el);
      const k = rel ? labelsIn(w, rel.box) : 1;
      out.push({ label, cell: hit.cell, fit: hit.fit, cost: PER_OTHER_LABEL * (k - 1) + SAME_COLUMN, at: hit.cell.start });
      break;
    }
  }
  // A table's column title names the figures below it, never its neighbours; so does a
  // name on top of a run of figure-only siblings (a grid drawn as columns: "GMV" over each channel's amount).
  if (label.header || titlesFigures(w, label.el)) return out;

  // Neighbours in reading order: after the label up to the next label, before it back to the previous one.
  const prevEnd = index > 0 ? labels[index - 1]!.end : 0;
  const nextStart = labels[index + 1]?.start ?? page.tokens.length;
  const seen = new Set<Cell>();
  const near: Pair[] = [];
  const kept = { after: 0, before: 0 };
  let foundAt = -1;
  let afterTo = label.end;
  let beforeFrom = label.start;
  let box: Element | null = label.el;
  for (let depth = 0; box && depth <= MAX_CLIMB; depth++, box = parentOf(box)) {
    if (foundAt >= 0 && depth > foundAt + 1) break;
    const [s, e] = page.range.get(box) ?? [label.start, label.end];
    const consider = (c: Cell, after: boolean) => {
      if (seen.has(c)) return;
      seen.add(c);
      const fit = fitOf(c);
      if (!fit) return;
      const cost = pairCost(w, label, c, after);
      if (cost === null) return;
      near.push({ label, cell: c, fit, cost: cost + (roles.scaleAfter(c) !== null ? BOUND_SCALE : 0), at: c.start });
      kept[after ? 'after' : 'before']++;
      if (foundAt < 0) foundAt = depth;
    };
    // A few candidates a side are alternatives enough for the assignment; a table far below is not.
    const to = Math.min(e, nextStart, label.end + MAX_GAP);
    if (afterTo < to && kept.after < MAX_PER_SIDE) cells.scan(afterTo, to, (c) => (consider(c, true), kept.after >= MAX_PER_SIDE));
    afterTo = Math.max(afterTo, to);
    const from = Math.max(s, prevEnd, label.start - MAX_GAP);
    if (from < beforeFrom && kept.before < MAX_PER_SIDE) cells.scan(from, beforeFrom, (c) => void (c.end <= label.start && consider(c, false)));
    beforeFrom = Math.min(beforeFrom, from);
  }
  const gapOf = (p: Pair) => (p.at >= label.end ? p.at - label.end : label.start - p.at);
  for (const p of near) {
    const after = p.at >= label.end;
    const nearer = near.filter((q) => q !== p && q.at >= label.end === after && gapOf(q) < gapOf(p)).length;
    out.push(nearer ? { ...p, cost: p.cost + PER_NEARER_FIT * nearer } : p);
  }
  return out;
}

/** The cost of a label → figure pair next to each other in reading order, or null when it is no pair. */
function pairCost(w: World, label: Label, c: Cell, after: boolean): number | null {
  const rel = commonBox(label.el, c.el);
  if (!rel || rel.up > MAX_CLIMB) return null;
  const own = childToward(rel.box, c.el);
  if (own !== c.el && claimedInside(w, own)) return null;
  // A figure printed with this metric's own scale ("6 / 48 mata" for violation points) is its
  // value, whatever word sits under it ("Amaran", a status in a language we do not list).
  const scale = w.roles.scaleAfter(c) ?? (c.parsed.kind === 'amount' ? c.parsed.outOf : null);
  const ownScale = scale !== null && (OUT_OF[label.key] ?? []).includes(scale);
  if (!ownScale && ownedByCaption(w, label, c, own, after)) return null;
  if (w.layout.inList(c.el, rel.box)) return null;
  const k = labelsIn(w, rel.box);
  const valueFirst = valueFirstIn(w, rel.box);
  const against = after === valueFirst ? AGAINST_ORIENTATION : 0;
  const gap = after ? c.start - label.end : label.start - c.end;
  return PER_OTHER_LABEL * (k - 1) + against + PER_STEP * (rel.up + rel.down) + PER_TOKEN * Math.min(gap, 500);
}

/**
 * Does a caption of its own name this figure? The nearest text between it and the label,
 * or the nearest text on its other side within its own box when nothing beyond that text
 * claims it (a value-above-caption tile).
 */
function ownedByCaption(w: World, label: Label, c: Cell, own: Element, after: boolean): boolean {
  const { page, cells, isLabelToken } = w;
  // A caption names this figure only when the two sit together, with no other figure beside them.
  const names = (i: number) => isCaptionToken(page, i, isLabelToken) && alone(w, i, c);
  // A word on the figure's own line after it ("0,62 % Conforme", "4.12 Good") is its tag, in
  // whatever language: a caption is a line of its own or comes first ("To ship 5").
  const tagAfter = (i: number) => {
    for (let j = c.end; j <= i; j++) if (page.tokens[j]?.block) return false;
    return i >= c.end;
  };
  // Towards the label.
  for (let i = after ? c.start - 1 : c.end; after ? i >= label.end : i < label.start; i += after ? -1 : 1) {
    if (isLabelToken(i) || cells.covering(i)) break;
    if (names(i) && !tagAfter(i)) return true;
  }
  // Away from the label, inside the figure's own box.
  const [s, e] = page.range.get(own) ?? [c.start, c.end];
  const step = after ? 1 : -1;
  for (let i = after ? c.end : c.start - 1; i >= s && i < e; i += step) {
    if (isLabelToken(i) || cells.covering(i)) return false;
    if (tagAfter(i) || isDecorationToken(page, i)) continue;
    // The nearest text that is more than decoration decides: a tile's caption, or (an
    // "Updated …" line, a sentence) nothing that names it — a "Milestones:" further on names the rail below.
    return names(i);
  }
  return false;
}

/** Is `c` the only figure in the smallest box holding it and token `i`? */
function alone(w: World, i: number, c: Cell): boolean {
  const el = w.page.tokens[i]?.el;
  const rel = el && commonBox(el, c.el);
  const r = rel && w.page.range.get(rel.box);
  if (!r) return false;
  let other = false;
  w.cells.scan(r[0], r[1], (x) => (other = x !== c && !w.roles.ignored(x)));
  return !other;
}

/**
 * Does a box hold its own labels for all its figures (a neighbour card: its label, its
 * value)? Then none of them is free for a label outside it. A box with more figures than
 * labels (a score card whose body also shows the 90-day orders) still lends the others.
 */
function claimedInside(w: World, box: Element): boolean {
  if (!w.layout.holdsLabel(box)) return false;
  const r = w.page.range.get(box);
  if (!r) return false;
  const labels = labelsIn(w, box);
  let figures = 0;
  w.cells.scan(r[0], r[1], (c) => (w.roles.ignored(c) ? false : ++figures > labels));
  return labels >= figures;
}

/** How many labels a box holds. */
function labelsIn(w: World, box: Element): number {
  const r = w.page.range.get(box);
  if (!r) return 1;
  let n = 0;
  for (const l of w.labels) if (l.start >= r[0] && l.start < r[1]) n++;
  return Math.max(1, n);
}

/** Does the box draw figures before their captions (a tile: value, then label)? Its first figure comes before its first label. */
function valueFirstIn(w: World, box: Element): boolean {
  const known = w.valueFirst.get(box);
  if (known !== undefined) return known;
  const r = w.page.range.get(box);
  let first = Infinity;
  if (r) for (const l of w.labels) if (l.start >= r[0] && l.start < r[1]) first = Math.min(first, l.start);
  let valueFirst = false;
  if (r && first < Infinity) {
    w.cells.scan(r[0], first, (c) => {
      valueFirst = c.end <= first && !w.roles.ignored(c);
      return valueFirst;
    });
  }
  w.valueFirst.set(box, valueFirst);
  return valueFirst;
}

/**
 * Is the label's element followed, to its parent's end, by two or more alike siblings that
 * each show one figure of one kind (all amounts in one currency, all percentages, all counts)
 * and no label — a column's figures under its title? A legend line ("LIVE" "21,80 %"
 * "5.105,28 €") shows figures of different kinds, each about the name before them.
 */
function titlesFigures(w: World, el: Element): boolean {
  let n = 0;
  let kind: string | null = null;
  const first = el.nextElementSibling;
  for (let s = first; s; s = s.nextElementSibling) {
    if (!first || s.localName !== first.localName || s.childElementCount !== first.childElementCount) return false;
    const one = w.layout.holdsLabel(s) ? null : onlyCellIn(w, s);
    if (!one) return false;
    const p = one.parsed;
    const k = p.kind === 'amount' ? `${p.percent}:${p.marker ?? ''}` : p.kind;
    if (kind !== null && k !== kind) return false;
    kind = k;
    n++;
  }
  return n >= 2;
}

/** Does every child of a row that shows anything show a figure (a row of values, no names)? */
function figuresOnly(w: World, row: Element, names?: Element): boolean {
  const children = Array.from(row.children);
  for (let i = 0; i < children.length; i++) {
    const r = w.page.range.get(children[i]!);
    if (!r) continue;
    // A column's title on top ("Giá trị" over the values, "Chỉ số" over the names): no figure, no label.
    // (Not a table's row: there the first cell names the row's thing, a product or a shop.)
    const title = i === 0 && names?.localName !== 'tr' ? names?.children[0] : undefined;
    if (title && w.page.range.get(title) && !w.layout.holdsLabel(title)) continue;
    let any = false;
    w.cells.scan(r[0], r[1], () => (any = true));
    if (!any) return false;
  }
  return true;
}

/** Does an element hold any figure that may be a value (not a delta, tick or prose)? */
export function holdsFigures(page: PageText, cells: Cells, roles: Roles, el: Element): boolean {
  const r = page.range.get(el);
  let any = false;
  if (r) cells.scan(r[0], r[1], (c) => (any = !roles.ignored(c)));
  return any;
}

/** The one figure an element holds (a column cell), or null when it holds none or several. */
function onlyCellIn(w: World, el: Element): Cell | null {
  const r = w.page.range.get(el);
  if (!r) return null;
  let one: Cell | null = null;
  let many = false;
  w.cells.scan(r[0], r[1], (c) => {
    if (w.roles.ignored(c)) return false;
    if (one) many = true;
    one = c;
    return many;
  });
  return many ? null : one;
}
