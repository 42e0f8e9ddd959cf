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
import { parentOf, textOf, type IsShown, type PageText } from './dom';
import { fitMetric, type Fit } from './fit';
import { LABEL_MAX_CHARS, mayStartLabel, matchLabel, type LabelMatch } from './labels';
import { normalizeText, parseNumber, type NumberContext } from './numbers';
import { embeddedValues, isComparisonText, isSignedNumber, mayStartEmbedded } from './phrases';

/** How far (in ancestors) a label may be from the box that holds its value. */
const MAX_CLIMB = 6;

type Label = LabelMatch & { el: Element; start: number; end: number };
export type Found = Fit & { key: MetricKey; at: number };

/** How a token's text starts (bits): 1 asked, 2 like a label, 4 like an embedded phrase. */
const ASKED = 1;
const LIKE_LABEL = 2;
const LIKE_EMBEDDED = 4;

/**
 * One pass over the tokens: the labels in reading order (a label is a whole element's
 * text, or one text node), and the tokens whose element may carry an embedded value.
 * An element's text starts with its first token, so a token whose element does not start
 * like a label is passed over without building the element's text.
 */
function scanTokens(page: PageText, shown: IsShown): { labels: Label[]; embedded: number[] } {
  const { tokens } = page;
  const like = new Uint8Array(tokens.length);
  const likeOf = (i: number): number => {
    let v = like[i];
    if (v === 0) {
      const text = tokens[i]?.text ?? '';
      v = ASKED | (mayStartLabel(text) ? LIKE_LABEL : 0) | (mayStartEmbedded(text) ? LIKE_EMBEDDED : 0);
      like[i] = v;
    }
    return v ?? ASKED;
  };
  const labels: Label[] = [];
  const embedded: number[] = [];
  const seen = new Set<Element>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const r = page.range.get(t.el);
    const elLike = likeOf(r ? r[0] : i);
    if (elLike & LIKE_EMBEDDED) embedded.push(i);
    if (t.input || t.header) continue;
    const elText = r && elLike & LIKE_LABEL ? textOf(page, t.el, LABEL_MAX_CHARS) : null;
    const whole = elText ? matchLabel(elText) : null;
    if (whole) {
      if (seen.has(t.el)) continue;
      seen.add(t.el);
      const [start, end] = r ?? [i, i + 1];
      if (shown(t.el)) labels.push({ ...whole, el: t.el, start, end });
      continue;
    }
    if (!(likeOf(i) & LIKE_LABEL)) continue;
    const own = matchLabel(t.text) ?? matchLabel(/^(.{1,60}?)\s*[:：]/.exec(t.text)?.[1] ?? '');
    if (own && shown(t.el)) labels.push({ ...own, el: t.el, start: i, end: i + 1 });
  }
  return { labels, embedded };
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
function pick(page: PageText, label: Label, labels: Label[], cells: Cells, taken: Set<Cell>, shown: IsShown): Found | undefined {
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
    const fit = fitMetric(label.key, c.parsed);
    // Last: the one question that may make the browser compute styles.
    return fit && shown(c.el) ? fit : undefined;
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
export function readMetrics(page: PageText, ctx: NumberContext, shown: IsShown): Found[] {
  const { labels, embedded } = scanTokens(page, shown);
  const safe = [...new Set(labels.flatMap((l) => [l.start, l.end]))].sort((a, b) => a - b);
  const cells = cellIndex(page, ctx, safe);
  const taken = new Set<Cell>();
  const found = new Map<MetricKey, Found>();
  for (const label of labels) {
    if (found.has(label.key)) continue;
    const hit = inlineValue(page, label, ctx) ?? pick(page, label, labels, cells, taken, shown);
    if (!hit) continue;
    if (hit.marker === null && label.unit) {
      hit.currency = currencyOf(UNIT_MARKERS[label.unit] ?? label.unit, ctx.region ?? null);
    }
    found.set(label.key, hit);
  }
  // "Not enough orders yet (12/30)" anywhere on the page.
  for (const i of embedded) {
    const t = page.tokens[i];
    if (!t || !shown(t.el)) continue;
    for (const { key, value } of embeddedValues(textOf(page, t.el) || t.text)) {
      if (!found.has(key)) found.set(key, { key, value, currency: null, marker: null, at: i });
    }
  }
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
