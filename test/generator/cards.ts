/**
 * Card layouts of Seller Center, from the card anatomy in DOMAIN.md: Arco cards with a
 * title, tooltip, status tag, scale, "Updated" line, eligibility note and delta; tiles
 * with the value above the caption; `dl` groups; a two-row KPI grid; sub-metric tables
 * with target and benchmark columns; "Label: value" lines; shadow-root cards; channel
 * tiles with shares. Each takes planted items and returns markup.
 */
import type { MetricKey } from '../../lib/metrics';
import { digits, drawDelta, drawPercent, type Figure } from './figures';
import type { Market } from './markets';
import type { Rng } from './random';

export type Item = { key: MetricKey; label: string; figure: Figure; scale?: string };

export type Ctx = { r: Rng; h: (name?: string) => string; m: Market; today: string };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function tooltip(c: Ctx, label: string): string {
  const { r, h, m } = c;
  const example = digits(m.numbers, r.int(100, 99_999), 0);
  const hide = r.pick(['role="tooltip"', 'style="display:none"', 'hidden', 'role="tooltip" style="visibility:hidden"']);
  return `<span class="${h('help')}">ⓘ</span><div class="arco-tooltip ${h('tip')}" ${hide}><div>${esc(label)}: e.g. ${example}</div></div>`;
}

function deltaRow(c: Ctx): string {
  const { r, h, m } = c;
  const d = drawDelta(r, m);
  const vs = r.pick(m.words.vs);
  return r.chance(0.5)
    ? `<div class="${h('cmp')}"><span>${esc(vs)}</span><span class="${h('arrow')}">${esc(d)}</span></div>`
    : `<div class="${h('cmp')}"><span>${esc(vs)}</span> <span class="${h('pct')}"><svg viewBox="0 0 8 8"><path d="M0 8L4 0L8 8z"/></svg>${esc(d.replace(/^[+\-↑↓] ?/, ''))}</span></div>`;
}

function status(c: Ctx): string {
  return `<span class="arco-tag ${c.h('tag')}">${esc(c.r.pick(c.m.words.status))}</span>`;
}

function updated(c: Ctx): string {
  return `<div class="${c.h('upd')}"><span>${esc(c.m.words.updated)} ${esc(c.m.date(c.today))}</span></div>`;
}

const value = (c: Ctx, it: Item) =>
  `<div class="${c.h('val')}"><span class="${c.h('num')}">${it.figure.html}</span>${it.scale ? `<span class="${c.h('scale')}">${esc(it.scale)}</span>` : ''}</div>`;

/** Label first: title with tooltip, the value, then maybe a delta row. */
export function arcoCard(c: Ctx, it: Item): string {
  const { r, h } = c;
  return (
    `<div class="arco-card ${h('card')}" data-tid="m4b_card"><div class="arco-card-header ${h('head')}"><div class="${h('title')}"><span>${esc(it.label)}</span>${tooltip(c, it.label)}</div>${r.chance(0.3) ? status(c) : ''}</div>` +
    `<div class="arco-card-body ${h('body')}">${value(c, it)}${r.chance(0.6) ? deltaRow(c) : ''}${r.chance(0.2) ? updated(c) : ''}</div></div>`
  );
}

/** Value above its caption, then a delta. */
export function tile(c: Ctx, it: Item): string {
  const { r, h } = c;
  return `<div class="${h('tile')}"><div class="${h('big')}">${it.figure.html}</div><div class="${h('cap')}"><p>${esc(it.label)}</p></div>${r.chance(0.6) ? deltaRow(c) : ''}</div>`;
}

/** `<dl>` of several metrics. */
export function dlGroup(c: Ctx, items: Item[]): string {
  const { r, h } = c;
  const rows = items
    .map((it) => `<dt class="${h('dt')}">${esc(it.label)}</dt><dd class="${h('dd')}"><span>${it.figure.html}</span>${r.chance(0.4) ? ` <small>${esc(drawDelta(r, c.m))}</small>` : ''}</dd>`)
    .join('');
  return `<dl class="${h('dl')}">${rows}</dl>`;
}

/** Labels in one row, values in the next (a KPI strip drawn as a grid). */
export function kpiGrid(c: Ctx, items: Item[]): string {
  const { h } = c;
  const labels = items.map((it) => `<div class="${h('kl')}"><span>${esc(it.label)}</span></div>`).join('');
  const values = items.map((it) => `<div class="${h('kv')}"><span>${it.figure.html}</span></div>`).join('');
  return `<div class="${h('kpi')}"><div class="${h('krow')}">${labels}</div><div class="${h('krow')}">${values}</div></div>`;
}

/** Sub-metrics with target and benchmark columns, as a table or as role=row divs. */
export function metricTable(c: Ctx, items: Item[]): string {
  const { r, h, m } = c;
  const target = () => (r.chance(0.5) ? `≤ ${drawPercent(r, m, 100, 900)}` : drawPercent(r, m, 100, 900));
  const heads = [m.words.metric, m.words.yourShop, m.words.target, m.words.benchmark];
  if (r.chance(0.5)) {
    const th = heads.map((t) => `<th class="core-table-th ${h('th')}"><span>${esc(t)}</span></th>`).join('');
    const rows = items
      .map((it) => `<tr class="core-table-tr ${h('tr')}"><td><span>${esc(it.label)}</span></td><td><span>${it.figure.html}</span></td><td><span>${esc(target())}</span></td><td><span>${esc(drawPercent(r, m, 1, 900))}</span></td></tr>`)
      .join('');
    return `<div class="core-table ${h('table')}"><table><thead><tr>${th}</tr></thead><tbody>${rows}</tbody></table></div>`;
  }
  const head = heads.map((t) => `<div role="columnheader" class="${h('hc')}">${esc(t)}</div>`).join('');
  const rows = items
    .map(
      (it) =>
        `<div role="row" class="${h('row')}"><div role="cell" class="${h('c')}"><span>${esc(it.label)}</span></div><div role="cell" class="${h('c')}">${it.figure.html}</div>` +
        `<div role="cell" class="${h('c')}"><span>${esc(m.words.target)}</span> <span>${esc(drawPercent(r, m, 100, 900))}</span></div><div role="cell" class="${h('c')}">${esc(drawPercent(r, m, 1, 900))}</div></div>`,
    )
    .join('');
  return `<div role="table" class="${h('grid')}"><div role="row" class="${h('hrow')}">${head}</div>${rows}</div>`;
}

/** `Orders: 1,234` in one line. */
export function inline(c: Ctx, it: Item): string {
  return `<div class="${c.h('line')}"><span>${esc(`${it.label}: ${it.figure.text}`)}</span></div>`;
}

/** A card inside an open shadow root (declarative, attached by the test loader). */
export function shadowCard(c: Ctx, it: Item): string {
  const inner = arcoCard(c, it);
  return `<pulse-metric-card class="${c.h('host')}"><template shadowrootmode="open"><style>:host{display:block}</style>${inner}</template></pulse-metric-card>`;
}

/**
 * The big score of a page (SPS, AHR, violation points): title, value with its scale, a
 * status tag, an "Updated" line, an eligibility note with threshold numbers, and maybe a
 * rail of milestone ticks before or after the value.
 */
export function scoreCard(c: Ctx, it: Item, ticks: readonly number[] | null): string {
  const { r, h, m } = c;
  const rail = ticks
    ? `<div class="${h('rail')}"><div class="${h('track')}" style="width:62%"></div>${ticks.map((t) => `<div class="${h('mark')}"><span>${t}</span></div>`).join('')}</div>`
    : '';
  const before = r.chance(0.5);
  const note =
    it.key === 'sps' && r.chance(0.6)
      ? `<div class="${h('note')}"><p>${esc(m.words.requires)} <b>${esc(digits(m.numbers, 350, 2, false))}</b> · 30+</p></div>`
      : '';
  return (
    `<div class="arco-card ${h('score')}"><div class="${h('head')}"><span class="${h('t')}">${esc(it.label)}</span>${tooltip(c, it.label)}</div>` +
    `<div class="${h('body')}">${before ? rail : ''}${value(c, it)}${r.chance(0.6) ? status(c) : ''}${before ? '' : rail}</div>` +
    `${r.chance(0.6) ? updated(c) : ''}${note}</div>`
  );
}

/** "GMV by channel": value, caption, share of total — the value drawn above its caption. */
export function channelTiles(c: Ctx, items: Item[]): string {
  const { r, h, m } = c;
  const tiles = items
    .map((it) =>
      r.chance(0.5)
        ? `<div class="${h('ch')}"><div class="${h('chv')}">${it.figure.html}</div><div class="${h('chl')}"><span>${esc(it.label)}</span></div><div class="${h('share')}">${esc(drawPercent(r, m, 100, 6000))}</div></div>`
        : `<div class="${h('ch')}"><div class="${h('chl')}"><span>${esc(it.label)}</span><a class="${h('link')}">View analysis</a></div><div class="${h('chv')}">${it.figure.html}</div><div class="${h('share')}">${esc(drawPercent(r, m, 100, 6000))}</div></div>`,
    )
    .join('');
  return `<section class="${h('channels')}"><h3 class="${h('h3')}">${esc(m.channels.title)}</h3><div class="${h('chrow')}">${tiles}</div></section>`;
}

/** A card whose figures have not arrived yet: its label and grey boxes. */
export function skeletonCard(c: Ctx, label: string): string {
  const { h } = c;
  return `<div class="arco-card ${h('card')}"><div class="${h('head')}"><span>${esc(label)}</span></div><div class="arco-skeleton ${h('sk')}"><div class="arco-skeleton-line ${h('line')}"></div><div class="arco-skeleton-line ${h('line')}"></div></div></div>`;
}
