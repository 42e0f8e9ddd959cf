/**
 * What a Seller Center page shows around its metrics that is no metric of the page:
 * a left menu and breadcrumbs naming metrics, a header with badges, a to-do card of
 * other counts, a notice with a target figure, a chart with axis ticks, a product table
 * whose headers repeat metric labels, text a user cannot see (script, style, noscript,
 * template), and a tab set whose hidden panes hold other figures for the same labels.
 */
import { digits, drawFigure } from './figures';
import type { Ctx } from './cards';
import { labelFor } from './markets';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function shell(c: Ctx, main: string): string {
  const { r, h, m } = c;
  const menu = m.words.menu
    .map((name, i) => `<div class="arco-menu-item ${h('mi')}" role="menuitem"><span>${esc(name)}</span>${i === 1 ? `<span class="arco-badge ${h('b')}">${r.int(1, 99)}</span>` : ''}</div>`)
    .join('');
  const header =
    `<header class="${h('header')}"><div class="${h('logo')}"><img alt="TikTok Shop" src="data:,"><span>Seller Center</span></div>` +
    `<div class="${h('shop')}"><span>Maple &amp; Moss ${r.int(1, 99)}</span><span>Shop code: MY${r.int(1000, 9999)}LW</span></div>` +
    `<div class="${h('bell')}"><span>${r.int(10, 99)}+</span></div></header>`;
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>TikTok Shop Seller Center</title><style>.x{color:red}</style></head><body>` +
    `<div id="root">${header}<div class="arco-layout ${h('layout')}"><aside class="arco-layout-sider ${h('sider')}"><div class="arco-menu" role="menu">${menu}</div></aside>` +
    `<main class="${h('main')}">${main}</main></div></div></body></html>`
  );
}

/** Breadcrumbs: plain spans that name the page, often a metric's name. */
export function breadcrumbs(c: Ctx, title: string): string {
  const { h, m } = c;
  return `<div class="arco-breadcrumb ${h('bc')}"><span class="${h('bci')}">${esc(m.words.menu[4] ?? 'Data')}</span><span class="${h('sep')}">/</span><span class="${h('bci')}">${esc(title)}</span></div>`;
}

export function todoCard(c: Ctx): string {
  const { r, h, m } = c;
  const items = m.words.todo.map((t) => `<div class="${h('todo-i')}"><span>${esc(t)}</span><span class="${h('todo-n')}">${r.int(0, 120)}</span></div>`).join('');
  return `<div class="arco-card ${h('todo')}"><div class="${h('todo-h')}"><span>To-do</span></div><div class="${h('todo-b')}">${items}</div></div>`;
}

export function notice(c: Ctx): string {
  const { r, h, m } = c;
  return `<div class="arco-alert ${h('notice')}"><span>${esc(m.words.target)}: ${esc(digits(m.numbers, r.int(1000, 90000), 0))} · ${esc(m.words.requires)} 3.5</span></div>`;
}

/** A chart drawn with divs: axis ticks and a legend (the plot itself is svg). */
export function chart(c: Ctx, legend: string): string {
  const { h } = c;
  const ticks = ['0', '10K', '20K', '30K', '40K'].map((t) => `<span class="${h('tick')}">${t}</span>`).join('');
  return `<div class="${h('chart')}"><div class="${h('legend')}"><i class="${h('dot')}"></i><span>${esc(legend)} trend</span></div><div class="${h('yaxis')}">${ticks}</div><svg viewBox="0 0 100 40"><polyline points="0,40 50,10 100,20"/><text>48,213</text></svg></div>`;
}

/** A product table whose headers repeat metric labels: its rows are no metric of the page. */
export function productTable(c: Ctx, rows: number): string {
  const { r, h, m } = c;
  const pick = (xs: readonly string[]) => r.pick(xs);
  const cols = [m.words.product, labelFor(m, 'gmv', pick), labelFor(m, 'orders', pick), labelFor(m, 'unitsSold', pick), labelFor(m, 'conversionRate', pick)].map(
    (t) => esc(t ?? ''),
  );
  const cells = (i: number) => [
    `<div class="${h('prod')}"><img alt="" src="data:,"><span>Item ${i + 1}</span><span class="${h('sku')}">ID: 1729${r.int(10000, 99999)}</span></div>`,
    drawFigure(r, m, 'gmv').html,
    drawFigure(r, m, 'orders').html,
    drawFigure(r, m, 'unitsSold').html,
    drawFigure(r, m, 'conversionRate').html,
  ];
  if (r.chance(0.5)) {
    const head = cols.map((t) => `<th class="core-table-th ${h('th')}"><span>${t}</span></th>`).join('');
    const body = Array.from({ length: rows }, (_, i) => `<tr class="core-table-tr ${h('tr')}">${cells(i).map((x) => `<td><div class="${h('cell')}">${x}</div></td>`).join('')}</tr>`).join('');
    return `<div class="core-table ${h('pt')}"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
  }
  // Drawn with plain divs: the header row is just the first row.
  const head = `<div class="${h('ph')}">${cols.map((t) => `<div class="${h('phc')}"><span>${t}</span></div>`).join('')}</div>`;
  const body = Array.from({ length: rows }, (_, i) => `<div class="${h('pr')}">${cells(i).map((x) => `<div class="${h('pc')}">${x}</div>`).join('')}</div>`).join('');
  return `<div class="${h('ptable')}">${head}${body}</div>`;
}

/** Text the user never sees, holding labels and figures. */
export function invisible(c: Ctx, label: string): string {
  const { r, m } = c;
  const fig = digits(m.numbers, r.int(1, 9999), 0);
  return r.pick([
    `<script>window.__data={"${esc(label)}":"${fig}"}</script>`,
    `<style>.v::after{content:"${fig}"}</style>`,
    `<noscript><div><span>${esc(label)}</span><span>${fig}</span></div></noscript>`,
    `<template><div><span>${esc(label)}</span><span>${fig}</span></div></template>`,
    `<div role="tooltip" class="${c.h('pop')}"><span>${esc(label)}</span><span>${fig}</span></div>`,
    `<div style="display:none"><span>${esc(label)}</span><span>${fig}</span></div>`,
  ]);
}

/** A tab bar; the panes other than the active one are hidden by attribute or style. */
export function tabs(c: Ctx, titles: readonly string[], active: number, panes: readonly string[]): string {
  const { r, h } = c;
  const bar = titles.map((t, i) => `<div role="tab" class="arco-tabs-header-title ${h('tab')}" aria-selected="${i === active}"><span>${esc(t)}</span></div>`).join('');
  const body = panes
    .map((p, i) => (i === active ? `<div role="tabpanel" class="${h('pane')}">${p}</div>` : `<div role="tabpanel" class="${h('pane')}" ${r.pick(['hidden', 'style="display:none"', 'aria-hidden="true"'])}>${p}</div>`))
    .join('');
  return `<div class="arco-tabs ${h('tabs')}"><div role="tablist" class="${h('bar')}">${bar}</div><div class="${h('panes')}">${body}</div></div>`;
}
