/**
 * Figures for generated pages: a value drawn for a metric and the way the market prints
 * it. Values are built from digit strings (`Number('188e-4')`) exactly as a reader that
 * parses the printed text must end up with them.
 */
import { METRICS, type MetricKey } from '../../lib/metrics';
import type { Market, NumberStyle } from './markets';
import type { Rng } from './random';

export type Figure = {
  /** What the page prints, as inline HTML (maybe split over spans). */
  html: string;
  /** The same as one plain text. */
  text: string;
  /** The metric value a careful reader takes from it; null = shown without a value. */
  value: number | null;
};

function group(intDigits: string, sep: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** `12345` with 2 decimals → `123.45` in the market's style. */
export function digits(n: NumberStyle, mant: number, decimals: number, grouped = true): string {
  const s = String(mant).padStart(decimals + 1, '0');
  const int = s.slice(0, s.length - decimals);
  const frac = s.slice(s.length - decimals);
  const head = grouped ? group(int, n.group) : int;
  return decimals ? `${head}${n.decimal}${frac}` : head;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function withMoney(n: NumberStyle, num: string, split: boolean): Figure['html'] {
  const m = n.money;
  if (!m) return esc(num);
  const sp = m.space ? ' ' : '';
  if (!split) return esc(m.before ? `${m.marker}${sp}${num}` : `${num}${sp}${m.marker}`);
  // <span>$</span><span>312,480</span><span>.55</span>
  const at = num.lastIndexOf(n.decimal);
  const parts = at > 0 ? [num.slice(0, at), num.slice(at)] : [num];
  const body = parts.map((p) => `<span>${esc(p)}</span>`).join('');
  return m.before ? `<span>${esc(m.marker)}</span>${sp}${body}` : `${body}${sp}<span>${esc(m.marker)}</span>`;
}

const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&amp;/g, '&');

/** Currencies printed without decimals. */
const WHOLE = new Set(['IDR', 'VND', 'JPY']);

export function drawFigure(r: Rng, m: Market, key: MetricKey): Figure {
  const n = m.numbers;
  const unit = METRICS[key].unit;
  let html: string;
  let value: number;
  switch (unit) {
    case 'money': {
      const whole = WHOLE.has(m.currency ?? '');
      if (!whole && r.chance(0.25)) {
        // `$12.5K`
        const k = r.int(11, 9999);
        value = Number(`${k}e2`);
        html = withMoney(n, `${digits(n, k, 1, false)}K`, false);
      } else if (whole) {
        const mant = r.int(10_000, 900_000_000);
        value = mant;
        html = withMoney(n, digits(n, mant, 0), r.chance(0.3));
      } else {
        const cents = r.int(1_000, 50_000_000);
        value = Number(`${cents}e-2`);
        html = withMoney(n, digits(n, cents, 2), r.chance(0.35));
      }
      break;
    }
    case 'count': {
      if (key !== 'ordersLast90Days' && r.chance(0.15)) {
        const k = r.int(11, 999);
        value = Number(`${k}e2`);
        html = esc(`${digits(n, k, 1, false)}K`);
      } else {
        value = key === 'ordersLast90Days' ? r.int(31, 4000) : r.int(0, 99_999);
        html = esc(digits(n, value, 0));
      }
      break;
    }
    case 'ratio': {
      const high = key === 'onTimeDeliveryRate' || key === 'shipOnTimeRate';
      const p = high ? r.int(8000, 9999) : r.int(1, 2500);
      value = Number(`${p}e-4`);
      html = esc(`${digits(n, p, 2, false)}${n.percentSpace ? '\u00a0' : ''}%`);
      break;
    }
    case 'score': {
      const s = r.int(100, 500);
      value = Number(`${s}e-2`);
      html = esc(digits(n, s, 2, false));
      break;
    }
    case 'points': {
      value = key === 'ahr' ? r.int(0, 1000) : r.int(0, 48);
      html = esc(digits(n, value, 0));
      break;
    }
  }
  return { html, text: textOf(html), value };
}

export const NO_VALUE: Figure = { html: '--', text: '--', value: null };

/** A signed change next to a value: `+3.1%`, `↓ 2,0%`. */
export function drawDelta(r: Rng, m: Market): string {
  const p = digits(m.numbers, r.int(1, 999), 1, false);
  return r.pick([`+${p}%`, `-${p}%`, `↑ ${p}%`, `↓ ${p}%`]);
}

/** A bare percentage (share of total, benchmark). */
export function drawPercent(r: Rng, m: Market, lo = 1, hi = 9999): string {
  return `${digits(m.numbers, r.int(lo, hi), 2, false)}%`;
}
