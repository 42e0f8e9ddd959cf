/**
 * Words around numbers, as data: what makes a number a comparison (a "vs previous
 * period" delta, a target), what means "shown without a value", and texts that carry
 * a metric inside them ("Not enough orders yet (12/30)").
 */
import type { MetricKey } from '../metrics';
import { normalizeText } from './numbers';

/** A number right after (or right before) one of these is a delta or a target, not the metric. */
const COMPARISON_RES: readonly RegExp[] = [
  /^vs\.?(?:\s|$)/i,
  /\bvs\.?\s/i,
  /compared (?:to|with)|from (?:the )?(?:previous|last|prior) (?:period|\d+ days|day|week|month)/i,
  /^(?:previous|prior|last) (?:period|\d+ days|day|week|month)\b/i,
  /^(?:target|goal|benchmark|threshold|industry average|peer average|requirement)\b/i,
  /环比|同比|较前|较上|对比|目标|标准|行业平均|上一周期/,
  /dibandingkan|periode sebelumnya|target/i,
  /เทียบกับ|ช่วงก่อนหน้า/,
  /so với|kỳ trước|mục tiêu/i,
];

/** Arrows and signs printed as their own text next to a delta. */
const DELTA_MARK_RE = /^[+\-−↑↓▲▼△▽⬆⬇]$/;

/** A text that starts like a signed delta: `+3.2%`, `↓ 12`, `-0.3%`. */
const SIGNED_RE = /^[+\-−↑↓▲▼△▽⬆⬇]\s*\d/;

export function isComparisonText(text: string): boolean {
  const s = normalizeText(text);
  return DELTA_MARK_RE.test(s) || (s.length <= 60 && COMPARISON_RES.some((re) => re.test(s)));
}

export function isSignedNumber(text: string): boolean {
  return SIGNED_RE.test(normalizeText(text));
}

/** "Shown, but without a value" phrases: the metric is `null`, never 0. */
const NO_VALUE_RES: readonly RegExp[] = [
  /^not enough (?:eligible )?orders/i,
  /^no (?:score|data|rating) (?:yet|available)/i,
  /^(?:no data|not available|n\/a)$/i,
  /^(?:订单量不足|订单数不足|有效订单不足|暂无评分|暂无数据)/,
  /^(?:pesanan belum cukup|belum ada skor|tidak ada data)/i,
  /^(?:คำสั่งซื้อไม่เพียงพอ|ไม่มีข้อมูล)/,
  /^(?:chưa đủ đơn hàng|không có dữ liệu)/i,
];

export function isNoValueText(text: string): boolean {
  const s = normalizeText(text);
  return s.length <= 80 && NO_VALUE_RES.some((re) => re.test(s));
}

/** Texts that carry another metric's value inside them. */
export const EMBEDDED: ReadonlyArray<{ key: MetricKey; re: RegExp }> = [
  // "Not enough orders yet (12/30)" → 12 eligible orders in the 90-day window.
  { key: 'ordersLast90Days', re: /^not enough (?:eligible )?orders.*?\((\d{1,3})\s*\/\s*30\)/i },
  { key: 'ordersLast90Days', re: /^(?:订单量不足|订单数不足|有效订单不足).*?[(（](\d{1,3})\s*\/\s*30[)）]/ },
  { key: 'ordersLast90Days', re: /^pesanan belum cukup.*?\((\d{1,3})\s*\/\s*30\)/i },
  { key: 'ordersLast90Days', re: /^chưa đủ đơn hàng.*?\((\d{1,3})\s*\/\s*30\)/i },
];

/** How the texts of EMBEDDED start (normalized, lowercase). */
export const EMBEDDED_STARTS: readonly string[] = ['not enough', '订单量不足', '订单数不足', '有效订单不足', 'pesanan belum cukup', 'chưa đủ đơn hàng'];
/** A cheap test before the EMBEDDED regexes. */
const EMBEDDED_START_RE = new RegExp(`^(?:${EMBEDDED_STARTS.join('|')})`, 'i');

/** Could a text that starts like `text` carry an EMBEDDED value? */
export function mayStartEmbedded(text: string): boolean {
  if (text.charCodeAt(0) < 65) return false; // figures and signs
  return EMBEDDED_START_RE.test(normalizeText(text.slice(0, 32)));
}

export function embeddedValues(text: string): Array<{ key: MetricKey; value: number }> {
  const s = normalizeText(text);
  const out: Array<{ key: MetricKey; value: number }> = [];
  for (const { key, re } of EMBEDDED) {
    const m = re.exec(s);
    if (m?.[1]) out.push({ key, value: Number(m[1]) });
  }
  return out;
}
