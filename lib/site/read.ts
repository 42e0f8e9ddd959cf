/**
 * Labels → values, decided the way a careful reader does. Every visible label (labels/)
 * gets every figure that could be its value scored (pairs.ts: how tightly the two sit
 * together, reading order, a column they share, unit fit, a scale bound to the number);
 * figures that are deltas, targets, benchmarks, ticks or prose never count (roles.ts).
 * Then values go to labels one-to-one, best pair first: a figure taken by the label it
 * plainly belongs to is no longer there for a label further away, and no rule throws a
 * right answer away because something else sits near it.
 */
import type { MetricKey } from '../metrics';
import { cellIndex, type Cell } from './cells';
import { currencyOf } from './currency';
import { textOf, type IsShown, type PageText } from './dom';
import { fitMetric, type Fit } from './fit';
import { isHealthName, LABEL_MAX_CHARS, mayStartLabel, matchLabel } from './labels';
import { healthKeyOf } from './expected';
import { parseNumber, type NumberContext } from './numbers';
import { holdsFigures, pairsFor, type Label, type Pair } from './pairs';
import { embeddedValues } from './phrases';
import { cellRoles } from './roles';
import { layoutOf } from './structure';

export type Found = Fit & { key: MetricKey; at: number };

/**
 * The labels in reading order: a label is a whole element's text, or one text node.
 * Whether a stylesheet hides one is asked later, of the labels that get a value.
 * An element's text starts with its first token, so a token whose element does not start
 * like a label is passed over without building the element's text.
 */
export function scanLabels(page: PageText, region: string | null = null): Label[] {
  // A health score named without saying which: the region's (US/UK 0–1000, Southeast Asia points).
  const health = healthKeyOf(region);
  const match = (text: string) => matchLabel(text) ?? (health && isHealthName(text) ? { key: health, unit: null } : null);
  const { tokens } = page;
  const like = new Int8Array(tokens.length); // 0 unknown, 1 no, 2 yes
  const likeLabel = (i: number): boolean => {
    if (like[i] === 0) like[i] = mayStartLabel(tokens[i]?.text ?? '') ? 2 : 1;
    return like[i] === 2;
  };
  const labels: Label[] = [];
  const seen = new Set<Element>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.input || t.control) continue;
    const r = page.range.get(t.el);
    const elText = r && likeLabel(r[0]) ? textOf(page, t.el, LABEL_MAX_CHARS) : null;
    const whole = elText ? match(elText) : null;
    if (whole) {
      if (seen.has(t.el)) continue;
      seen.add(t.el);
      const [start, end] = r ?? [i, i + 1];
      labels.push({ ...whole, el: t.el, start, end, header: t.header });
      continue;
    }
    if (!likeLabel(i)) continue;
    const own = match(t.text) ?? match(/^(.{1,60}?)\s*[:：]/.exec(t.text)?.[1] ?? '');
    if (own) labels.push({ ...own, el: t.el, start: i, end: i + 1, header: t.header });
  }
  return labels;
}

/** What naming a metric again costs a pair (a few token steps: it decides only between pairs about as good). */
const LATER_LABEL = 2;

const UNIT_MARKERS: Record<string, string> = { rm: 'RM', rp: 'Rp', 'us$': 'US$', 'r$': 'R$' };

/** Every metric the page shows. */
export function readMetrics(page: PageText, ctx: NumberContext, shown: IsShown): Found[] {
  const labels = scanLabels(page, ctx.region ?? null);
  const labelToken = new Uint8Array(page.tokens.length);
  for (const l of labels) labelToken.fill(1, l.start, l.end);
  const isLabelToken = (i: number) => labelToken[i] === 1;
  const safe = [...new Set(labels.flatMap((l) => [l.start, l.end]))].sort((a, b) => a - b);
  const cells = cellIndex(page, ctx, safe);
  const roles = cellRoles(page, cells, isLabelToken);
  const layout = layoutOf(
    page,
    labels.map((l) => l.start),
    (el) => holdsFigures(page, cells, roles, el),
  );
  const world = { page, labels, cells, roles, layout, isLabelToken, valueFirst: new Map<Element, boolean>() };

  const pairs: Pair[] = [];
  // A metric named again further down (a chart's legend, a goals widget, a second range)
  // is a figure about it; the page's own comes first. Between pairs about as good, the
  // earlier label wins.
  const seenKeys = new Map<MetricKey, number>();
  labels.forEach((label, index) => {
    const rank = seenKeys.get(label.key) ?? 0;
    seenKeys.set(label.key, rank + 1);
    const later = Math.min(rank, 3) * LATER_LABEL;
    const inline = inlineValue(page, label, ctx);
    if (inline) pairs.push(inline);
    else for (const p of pairsFor(world, index)) pairs.push(later ? { ...p, cost: p.cost + later } : p);
  });
  pairs.sort((a, b) => a.cost - b.cost || a.label.start - b.label.start || a.at - b.at);

  const found = new Map<MetricKey, Found>();
  const usedLabels = new Set<Label>();
  const usedCells = new Set<Cell>();
  const hidden = new Set<Element>();
  // Last: the one question that may make the browser compute styles, asked only of a pair about to be taken.
  const visible = (el: Element) => !hidden.has(el) && (shown(el) || !hidden.add(el));
  for (const p of pairs) {
    if (found.has(p.label.key) || usedLabels.has(p.label) || (p.cell && usedCells.has(p.cell))) continue;
    if (!visible(p.label.el) || (p.cell && !visible(p.cell.el))) continue;
    usedLabels.add(p.label);
    if (p.cell) usedCells.add(p.cell);
    const hit: Found = { ...p.fit, key: p.label.key, at: p.at };
    if (hit.marker === null && p.label.unit) hit.currency = currencyOf(UNIT_MARKERS[p.label.unit] ?? p.label.unit, ctx.region ?? null);
    found.set(p.label.key, hit);
    // "Not enough orders yet (12/30)" in place of the score: the 90-day order count, from
    // this text or another "no value" text the same label could have taken ("No score yet").
    if (p.cell && p.fit.value === null) {
      for (const q of pairs) {
        if (q.label !== p.label || !q.cell || q.fit.value !== null) continue;
        const box = q.cell.el.parentElement;
        const texts = [textOf(page, q.cell.el) ?? '', box ? (textOf(page, box, 300) ?? '') : ''];
        for (const { key, value } of embeddedValues(texts)) {
          if (!found.has(key)) found.set(key, { key, value, currency: null, marker: null, at: q.cell.start });
        }
      }
    }
  }
  // A score shown without a number, in words we do not know ("Your score is on its way"):
  // no shop has one below 30 orders in 90 days (DOMAIN.md), so the page's own count says why.
  const orders90 = found.get('ordersLast90Days')?.value;
  if (!found.has('sps') && typeof orders90 === 'number' && orders90 < SPS_MIN_ORDERS) {
    const label = labels.find((l) => l.key === 'sps' && !usedLabels.has(l) && visible(l.el));
    if (label) found.set('sps', { key: 'sps', value: null, currency: null, marker: null, at: label.start });
  }
  return [...found.values()].sort((a, b) => a.at - b.at);
}

/** Orders in 90 days a shop needs before it gets a score. */
const SPS_MIN_ORDERS = 30;

/** `Orders: 1,234` in one text node, perhaps with its target after it: `Negative review rate: 0.38% (≤ 0.50%)`. */
function inlineValue(page: PageText, label: Label, ctx: NumberContext): Pair | undefined {
  const text = page.tokens[label.start]?.text ?? '';
  const m = /^(.{1,60}?)\s*[:：]\s*(.+)$/.exec(text);
  if (label.end - label.start !== 1 || !m || matchLabel(m[1] ?? '')?.key !== label.key) return undefined;
  const rest = m[2] ?? '';
  // The figure first; a bracketed target or benchmark after it is no part of it.
  const parsed = parseNumber(rest, ctx) ?? parseNumber(rest.replace(/\s*[(（][^()（）]*[)）]\s*$/u, ''), ctx);
  const fit = parsed ? fitMetric(label.key, parsed) : undefined;
  return fit ? { label, cell: null, fit, cost: -100, at: label.start } : undefined;
}
