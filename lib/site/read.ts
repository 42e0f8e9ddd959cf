/**
 * Labels → values. For every visible text that is a metric's label (labels.ts), climb
 * from the label towards the card around it until the box holds a value cell that fits
 * the metric's unit; take the first one after the label (else the last one above it)
 * with no other label in between. Cells that are deltas, targets or scale ticks, and
 * cells already taken by another label, never count.
 */
import type { MetricKey } from '../metrics';
import { findCells, type Cell } from './cells';
import { currencyOf } from './currency';
import { parentOf, type PageText } from './dom';
import { fitMetric, type Fit } from './fit';
import { matchLabel, type LabelMatch } from './labels';
import { decimalEvidence, normalizeText, parseNumber, type NumberContext } from './numbers';
import { embeddedValues, isComparisonText, isSignedNumber } from './phrases';

/** How far (in ancestors) a label may be from the box that holds its value. */
const MAX_CLIMB = 6;

type Label = LabelMatch & { el: Element; start: number; end: number };
export type Found = Fit & { key: MetricKey; at: number };

/** Labels in reading order; a label is a whole element's text, or one text node. */
function findLabels(page: PageText): Label[] {
  const labels: Label[] = [];
  const seen = new Set<Element>();
  page.tokens.forEach((t, i) => {
    if (t.input || t.header) return;
    const elText = page.text.get(t.el) ?? '';
    const whole = elText.length <= 80 ? matchLabel(elText) : null;
    if (whole) {
      if (seen.has(t.el)) return;
      seen.add(t.el);
      const [start, end] = page.range.get(t.el) ?? [i, i + 1];
      labels.push({ ...whole, el: t.el, start, end });
      return;
    }
    const own = matchLabel(t.text) ?? matchLabel(/^(.{1,60}?)\s*[:：]/.exec(t.text)?.[1] ?? '');
    if (own) labels.push({ ...own, el: t.el, start: i, end: i + 1 });
  });
  return labels;
}

/** `1.234,56` anywhere on the page decides what `1,234` means elsewhere on it. */
export function pageDecimal(page: PageText): NumberContext['decimal'] {
  let comma = 0;
  let dot = 0;
  for (const t of page.tokens) {
    const e = decimalEvidence(t.text);
    if (e === ',') comma++;
    if (e === '.') dot++;
  }
  // Only a page that agrees with itself decides; mixed pages fall back to the region.
  return comma && !dot ? ',' : dot && !comma ? '.' : null;
}

const UNIT_MARKERS: Record<string, string> = { rm: 'RM', rp: 'Rp', 'us$': 'US$' };

/** The child of `box` that holds `el` (or `el` itself when it is a direct child). */
function childOf(box: Element, el: Element): Element {
  let cur = el;
  for (let p = parentOf(cur); p && p !== box; p = parentOf(cur)) cur = p;
  return cur;
}

/** A text that names what a number is: not a number, a delta, a comparison or a short unit (件, pcs). */
function isCaption(page: PageText, i: number, inCell: ReadonlySet<number>): boolean {
  const t = page.tokens[i];
  if (!t || t.input || inCell.has(i)) return false;
  const text = normalizeText(t.text);
  return text.length > 3 && !isSignedNumber(text) && !isComparisonText(text);
}

function pick(
  page: PageText,
  label: Label,
  cells: Cell[],
  labels: Label[],
  taken: Set<Cell>,
  inCell: ReadonlySet<number>,
): Found | undefined {
  const others = labels.filter((l) => l !== label);
  const labelIn = (from: number, to: number) => others.some((l) => l.start < to && l.end > from);
  const usable = (c: Cell, box: Element): Fit | undefined => {
    if (c.ignored || taken.has(c)) return undefined;
    // A value inside a sub-box with its own caption belongs to that caption (the next card's
    // label, or a "Products 12" box that is no metric of ours).
    const [s, e] = page.range.get(childOf(box, c.el)) ?? [c.start, c.end];
    if (labelIn(s, e)) return undefined;
    for (let i = s; i < e; i++) if ((i < c.start || i >= c.end) && isCaption(page, i, inCell)) return undefined;
    return fitMetric(label.key, c.parsed);
  };
  let box: Element | null = label.el;
  for (let depth = 0; box && depth <= MAX_CLIMB; depth++, box = parentOf(box)) {
    const [s, e] = page.range.get(box) ?? [label.start, label.end];
    let best: { cell: Cell; fit: Fit } | undefined;
    for (const c of cells) {
      if (c.start < s || c.end > e || (c.start < label.end && c.end > label.start)) continue;
      if (c.start >= label.end) {
        if (labelIn(label.end, c.start)) break;
        const fit = usable(c, box);
        if (fit) {
          best = { cell: c, fit };
          break;
        }
      } else if (!labelIn(c.end, label.start)) {
        const fit = usable(c, box);
        if (fit) best = { cell: c, fit };
      }
    }
    if (best) {
      taken.add(best.cell);
      return { ...best.fit, key: label.key, at: best.cell.start };
    }
    // The box holds other metrics' labels: anything further out belongs to them.
    if (labelIn(s, e)) return undefined;
  }
  return undefined;
}

/** Every metric the page shows, first label (in reading order) wins. */
export function readMetrics(page: PageText, ctx: NumberContext): Found[] {
  const cells = findCells(page, ctx);
  const labels = findLabels(page);
  const taken = new Set<Cell>();
  const inCell = new Set(cells.flatMap((c) => Array.from({ length: c.end - c.start }, (_, k) => c.start + k)));
  const found = new Map<MetricKey, Found>();
  for (const label of labels) {
    if (found.has(label.key)) continue;
    const hit = inlineValue(page, label, ctx) ?? pick(page, label, cells, labels, taken, inCell);
    if (!hit) continue;
    if (hit.marker === null && label.unit) {
      hit.currency = currencyOf(UNIT_MARKERS[label.unit] ?? label.unit, ctx.region ?? null);
    }
    found.set(label.key, hit);
  }
  page.tokens.forEach((t, i) => {
    for (const { key, value } of embeddedValues(page.text.get(t.el) ?? t.text)) {
      if (!found.has(key)) found.set(key, { key, value, currency: null, marker: null, at: i });
    }
  });
  return [...found.values()].sort((a, b) => a.at - b.at);
}

/** `Orders: 1,234` in one text node. */
function inlineValue(page: PageText, label: Label, ctx: NumberContext): Found | undefined {
  const text = page.tokens[label.start]?.text ?? '';
  const m = /^(.{1,60}?)\s*[:：]\s*(.+)$/.exec(text);
  if (label.end - label.start !== 1 || !m || matchLabel(m[1] ?? '')?.key !== label.key) return undefined;
  const parsed = parseNumber(m[2] ?? '', ctx);
  const fit = parsed ? fitMetric(label.key, parsed) : undefined;
  return fit ? { ...fit, key: label.key, at: label.start } : undefined;
}
