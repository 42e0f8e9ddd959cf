/**
 * Seller-Center-shaped pages with planted answers: a seeded, reproducible grammar of
 * layouts (cards.ts), markets (markets.ts) and distractors (distractors.ts). Each page
 * knows exactly what a careful reader takes from it — the planted metrics, the period,
 * the currency — and nothing its distractors show.
 *
 *   generatePage(seed) → { url, html, expected: { page, metrics, period, currency } }
 *   generatePage(seed, { elements: 5000 }) → the same, padded with long tables and lists.
 */
import type { MetricKey, PageKind } from '../../lib/metrics';
import { arcoCard, channelTiles, dlGroup, inline, kpiGrid, metricTable, scoreCard, shadowCard, skeletonCard, tile, type Ctx, type Item } from './cards';
import { breadcrumbs, chart, invisible, notice, productTable, shell, tabs, todoCard } from './distractors';
import { drawFigure, NO_VALUE, type Figure } from './figures';
import { labelFor, MARKETS, type Market } from './markets';
import { hasher, rng, type Rng } from './random';

export type GeneratedPage = {
  seed: number;
  market: string;
  url: string;
  html: string;
  expected: {
    page: PageKind;
    metrics: Partial<Record<MetricKey, number | null>>;
    period: { start: string; end: string } | null;
    currency: string | null;
  };
};

type Plan = { page: PageKind; path: string; keys: MetricKey[]; title: string };

const ANALYTICS: MetricKey[] = ['gmv', 'orders', 'unitsSold', 'buyers', 'visitors', 'conversionRate'];
const CHANNELS: MetricKey[] = ['gmvLive', 'gmvVideo', 'gmvProductCard'];
const SPS_SUB: MetricKey[] = ['negativeReviewRate', 'returnRefundRate', 'sellerCancellationRate', 'onTimeDeliveryRate', 'imDissatisfactionRate'];
const HEALTH_SUB: MetricKey[] = ['lateDispatchRate', 'shipOnTimeRate', 'sellerCancellationRate'];

function plan(r: Rng, m: Market): Plan {
  const some = (keys: MetricKey[], min: number) => r.shuffle(keys).slice(0, r.int(min, keys.length));
  switch (r.pick(['analytics', 'analytics', 'home', 'shop-score', 'account-health'] as const)) {
    case 'analytics':
      return { page: 'analytics', path: r.pick(['/compass/data-overview', '/compass/product-analysis', '/compass/analytics-live']), keys: some(ANALYTICS, 2), title: 'Data overview' };
    case 'home':
      return { page: 'home', path: '/homepage', keys: some(['gmv', 'orders', 'visitors'], 1), title: 'Home' };
    case 'shop-score':
      return { page: 'shop-score', path: '/health-center/experience-score', keys: ['sps', ...some(SPS_SUB, 1)], title: labelFor(m, 'sps', r.pick) ?? '' };
    case 'account-health':
      return { page: 'account-health', path: m.health === 'ahr' ? '/health-center' : '/account/health', keys: [m.health, ...some(HEALTH_SUB, 1)], title: 'Account health' };
  }
}

function isoDaysBefore(iso: string, days: number): string {
  return new Date(Date.parse(iso) - days * 86_400_000).toISOString().slice(0, 10);
}

/** The date range of the page (maybe with a "Compared with" range beside it), or a preset without dates. */
function rangeBar(c: Ctx, shown: boolean): { html: string; period: GeneratedPage['expected']['period'] } {
  const { r, h, m, today } = c;
  if (!shown) return { html: `<div class="${h('range')}"><span>${m.words.lastDays}</span></div>`, period: null };
  const end = isoDaysBefore(today, 1);
  const start = isoDaysBefore(end, r.pick([0, 6, 6, 29]));
  const compared = r.chance(0.35)
    ? `<div class="${h('cmpr')}"><span>${m.words.compared}</span> <span>${m.date(isoDaysBefore(start, 7))}${m.rangeSeparator}${m.date(isoDaysBefore(end, 7))}</span></div>`
    : '';
  const html = r.chance(0.5)
    ? `<div class="arco-picker ${h('picker')}"><span>${m.words.lastDays}</span><input readonly value="${m.date(start)}"><span>${m.rangeSeparator.trim()}</span><input readonly value="${m.date(end)}"></div>${compared}`
    : `<div class="${h('range')}"><span>${m.date(start)}${m.rangeSeparator}${m.date(end)}</span></div>${compared}`;
  return { html, period: { start, end } };
}

const SCALES: Partial<Record<MetricKey, { scale: (m: Market) => string; ticks: number[] }>> = {
  sps: { scale: () => '/5', ticks: [0, 1, 2, 3, 4, 5] },
  ahr: { scale: () => '/1000', ticks: [0, 50, 100, 150, 200] },
  violationPoints: { scale: (m) => ` / 48 ${m.words.points}`, ticks: [0, 12, 24, 36, 48] },
};

export function generatePage(seed: number, opts: { elements?: number; market?: string } = {}): GeneratedPage {
  const r = rng(seed);
  const m = (opts.market && MARKETS.find((x) => x.id === opts.market)) || r.pick(MARKETS);
  const c: Ctx = { r, h: hasher(r), m, today: '2026-11-22' };
  const p = plan(r, m);
  const metrics: GeneratedPage['expected']['metrics'] = {};
  const item = (key: MetricKey, figure?: Figure): Item => {
    const label = labelFor(m, key, r.pick) ?? key;
    const f = figure ?? (r.chance(0.07) ? NO_VALUE : drawFigure(r, m, key));
    metrics[key] = f.value;
    return { key, label, figure: f };
  };

  const blocks: string[] = [];
  // The page's big score first.
  const scoreKey = p.keys.find((k) => SCALES[k]);
  if (scoreKey) {
    const s = SCALES[scoreKey]!;
    if (scoreKey === 'sps' && r.chance(0.25)) {
      const n = r.int(0, 29);
      blocks.push(scoreCard(c, { ...item('sps', { html: m.words.notEnough(n), text: m.words.notEnough(n), value: null }) }, null));
      metrics.ordersLast90Days = n;
    } else {
      const it = item(scoreKey);
      const withScale = { ...it, scale: it.figure.value === null || r.chance(0.2) ? undefined : s.scale(m) };
      blocks.push(scoreCard(c, withScale, r.chance(0.5) ? s.ticks : null));
      if (scoreKey === 'sps' && r.chance(0.6)) blocks.push(arcoCard(c, item('ordersLast90Days', drawFigure(r, m, 'ordersLast90Days'))));
    }
  }
  const rest = p.keys.filter((k) => k !== scoreKey);
  if (rest.length) {
    if (p.page === 'shop-score' || p.page === 'account-health') {
      blocks.push(r.chance(0.6) ? metricTable(c, rest.map((k) => item(k))) : `<div class="${c.h('grid')}">${rest.map((k) => arcoCard(c, item(k))).join('')}</div>`);
    } else {
      const layout = r.pick(['cards', 'tiles', 'dl', 'kpi', 'mixed'] as const);
      const items = () => rest.map((k) => item(k));
      if (layout === 'dl') blocks.push(dlGroup(c, items()));
      else if (layout === 'kpi') blocks.push(kpiGrid(c, items()));
      else {
        const one = (it: Item) => {
          const kind = layout === 'cards' ? 'card' : layout === 'tiles' ? 'tile' : r.pick(['card', 'tile', 'inline', 'shadow'] as const);
          return kind === 'card' ? arcoCard(c, it) : kind === 'tile' ? tile(c, it) : kind === 'inline' ? inline(c, it) : shadowCard(c, it);
        };
        const cards = items().map(one);
        // A card still loading, whose metric is not planted.
        const unplanted = ANALYTICS.filter((k) => !p.keys.includes(k));
        if (unplanted.length && r.chance(0.3)) cards.splice(r.int(0, cards.length), 0, skeletonCard(c, labelFor(m, r.pick(unplanted), r.pick) ?? ''));
        blocks.push(`<div class="${c.h('grid')}">${cards.join('')}</div>`);
      }
    }
  }
  if (p.page === 'analytics' && r.chance(0.5)) {
    blocks.push(channelTiles(c, CHANNELS.map((k) => ({ ...item(k, drawFigure(r, m, k)), label: m.channels[k as 'gmvLive'] }))));
  }

  // Tabs: the active pane holds the planted blocks, a hidden pane other figures for the same labels.
  let content = blocks.join('');
  if (r.chance(0.35)) {
    const ghost = p.keys.filter((k) => k !== 'sps').slice(0, 3).map((k) => arcoCard(c, { key: k, label: labelFor(m, k, r.pick) ?? k, figure: drawFigure(r, m, k) }));
    content = tabs(c, ['Overview', m.channels.gmvLive, m.channels.gmvVideo], 0, [content, ghost.join('')]);
  }

  const parts = [breadcrumbs(c, p.title)];
  const range = rangeBar(c, r.chance(0.75));
  parts.push(`<div class="${c.h('toolbar')}"><h2>${p.title}</h2>${range.html}</div>`);
  if (r.chance(0.4)) parts.push(todoCard(c));
  if (r.chance(0.3)) parts.push(notice(c));
  parts.push(r.chance(0.3) ? invisible(c, labelFor(m, p.keys[0]!, r.pick) ?? '') : '');
  parts.push(content);
  if (r.chance(0.5)) parts.push(chart(c, labelFor(m, 'gmv', r.pick) ?? 'GMV'));
  const rows = opts.elements ? Math.max(20, Math.round(opts.elements / 14)) : r.int(0, 1) ? r.int(3, 40) : 0;
  if (rows) parts.push(productTable(c, rows));

  const hasMoney = Object.entries(metrics).some(([k, v]) => v !== null && ['gmv', 'gmvLive', 'gmvVideo', 'gmvProductCard'].includes(k));
  return {
    seed,
    market: m.id,
    url: `https://${m.host}${p.path}${m.query}`,
    html: shell(c, parts.join('')),
    expected: { page: p.page, metrics, period: range.period, currency: hasMoney ? m.currency : null },
  };
}
