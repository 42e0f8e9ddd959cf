/**
 * Labels → values. For every visible text that is a metric's label (labels.ts), climb
 * from the label towards the card around it until the box holds a value cell that fits
 * the metric's unit; take the first one after the label (else the last one above it)
 * with no other label in between. Cells that are deltas, targets or scale ticks, and
 * cells already taken by another label, never count.
 */
import type { MetricKey } from '../metrics';
import { cellIndex, type Cell, type Cells } from './cells';
import { currencyOf } from './currency';
import { parentOf, textOf, type PageText } from './dom';
import { fitMetric, type Fit } from './fit';
import { LABEL_MAX_CHARS, mayStartLabel, matchLabel, type LabelMatch } from './labels';
import { normalizeText, parseNumber, type NumberContext } from './numbers';
import { embeddedValues, isComparisonText, isSignedNumber, mayStartEmbedded } from './phrases';

/** How far (in ancestors) a label may be from the box that holds its value. */
const MAX_CLIMB = 6;

type Label = LabelMatch & { el: Element; start: number; end: number };
export type Found = Fit & { key: MetricKey; at: number };

/**
 * Labels in reading order; a label is a whole element's text, or one text node. An
 * element's text starts with its first token, so a token whose element does not start
 * like any label is passed over without building the element's text.
 */
function findLabels(page: PageText, starts: (i: number) => boolean): Label[] {
  const labels: Label[] = [];
  const seen = new Set<Element>();
  page.tokens.forEach((t, i) => {
    if (t.input || t.header) return;
    const r = page.range.get(t.el);
    const elText = r && starts(r[0]) ? textOf(page, t.el, LABEL_MAX_CHARS) : null;
    const whole = elText ? matchLabel(elText) : null;
    if (whole) {
      if (seen.has(t.el)) return;
      seen.add(t.el);
      const [start, end] = r ?? [i, i + 1];
      labels.push({ ...whole, el: t.el, start, end });
      return;
    }
    if (!starts(i)) return;
    const own = matchLabel(t.text) ?? matchLabel(/^(.{1,60}?)\s*[:：]/.exec(t.text)?.[1] ?? '');
    if (own) labels.push({ ...own, el: t.el, start: i, end: i + 1 });
  });
  return labels;
}

const UNIT_MARKERS: Record<string, string> = { rm: 'RM', rp: 'Rp', 'us$': 'US$' };

/** The child of `box` that holds `el` (or `el` itself when it is a direct child). */
function childOf(box: Element, el: Element): Element {
  let cur = el;
  for (let p = parentOf(cur); p && p !== box; p = parentOf(cur)) cur = p;
  return cur;
}

/** A text that names what a number is: not a number, a delta, a comparison or a short unit (件, pcs). */
function isCaption(page: PageText, i: number, cells: Cells): boolean {
  const t = page.tokens[i];
  if (!t || t.input || cells.covering(i)) return false;
  const text = normalizeText(t.text);
  return text.length > 3 && !isSignedNumber(text) && !isComparisonText(text);
}

/**
 * The value of one label: climbing from the label, the first box with a usable cell
 * wins; in a box, the first cell after the label (before any other label), else the
 * last one before it (after any other label).
 */
function pick(page: PageText, label: Label, labels: Label[], cells: Cells, taken: Set<Cell>): Found | undefined {
  const others = labels.filter((l) => l !== label);
  const labelIn = (from: number, to: number) => others.some((l) => l.start < to && l.end > from);
  // Cells after the label stop at the next label; cells before it start after the previous one.
  let nextLabel = Infinity;
  let prevLabelEnd = 0;
  for (const l of others) {
    if (l.end > label.end) nextLabel = Math.min(nextLabel, l.start);
    if (l.start < label.start) prevLabelEnd = Math.max(prevLabelEnd, l.end);
  }
  const usable = (c: Cell, box: Element): Fit | undefined => {
    if (taken.has(c) || cells.ignored(c)) return undefined;
    // A value inside a sub-box with its own caption belongs to that caption (the next card's
    // label, or a "Products 12" box that is no metric of ours).
    const [s, e] = page.range.get(childOf(box, c.el)) ?? [c.start, c.end];
    if (labelIn(s, e)) return undefined;
    for (let i = s; i < e; i++) if ((i < c.start || i >= c.end) && isCaption(page, i, cells)) return undefined;
    return fitMetric(label.key, c.parsed);
  };
  let box: Element | null = label.el;
  for (let depth = 0; box && depth <= MAX_CLIMB; depth++, box = parentOf(box)) {
    const inBox: Element = box;
    const [s, e] = page.range.get(inBox) ?? [label.start, label.end];
    let best: { cell: Cell; fit: Fit } | undefined;
    cells.scan(label.end, e, (c) => {
      if (c.start > nextLabel) return true;
      const fit = usable(c, inBox);
      if (fit) best = { cell: c, fit };
      return !!fit;
    });
    if (!best && prevLabelEnd <= label.start) {
      cells.scan(Math.max(s, prevLabelEnd), label.start, (c) => {
        const fit = c.end <= label.start ? usable(c, inBox) : undefined;
        if (fit) best = { cell: c, fit };
      });
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
  // Whether each token starts like a label / an embedded phrase: 0 not asked yet, 1 no, 2 yes.
  const likeLabel = new Uint8Array(page.tokens.length);
  const likeEmbedded = new Uint8Array(page.tokens.length);
  const startsLike = (memo: Uint8Array, test: (text: string) => boolean) => (i: number) =>
    (memo[i] ||= test(page.tokens[i]?.text ?? '') ? 2 : 1) === 2;
  const labels = findLabels(page, startsLike(likeLabel, mayStartLabel));
  const safe = [...new Set(labels.flatMap((l) => [l.start, l.end]))].sort((a, b) => a - b);
  const cells = cellIndex(page, ctx, safe);
  const taken = new Set<Cell>();
  const found = new Map<MetricKey, Found>();
  for (const label of labels) {
    if (found.has(label.key)) continue;
    const hit = inlineValue(page, label, ctx) ?? pick(page, label, labels, cells, taken);
    if (!hit) continue;
    if (hit.marker === null && label.unit) {
      hit.currency = currencyOf(UNIT_MARKERS[label.unit] ?? label.unit, ctx.region ?? null);
    }
    found.set(label.key, hit);
  }
  // "Not enough orders yet (12/30)": an element's text starts with its first token.
  const embeddedStart = startsLike(likeEmbedded, mayStartEmbedded);
  page.tokens.forEach((t, i) => {
    const r = page.range.get(t.el);
    if (!embeddedStart(r ? r[0] : i)) return;
    for (const { key, value } of embeddedValues(textOf(page, t.el) || t.text)) {
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
