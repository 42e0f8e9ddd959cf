/**
 * Words around numbers, as data, in every page language: what makes a number a
 * comparison (a "vs previous period" delta, a target, a benchmark), what means "shown
 * without a value", the status tags and unit words a value box carries besides its
 * number, a scale after a value ("/5", "/ 48 points"), and texts that carry a metric
 * inside them ("Not enough orders yet (12/30)").
 *
 * Non-English wording is our best translation of Seller Center's, unverified on live
 * pages (DOMAIN.md): each list is generous on purpose.
 */
import type { MetricKey } from '../metrics';
import { normalizeText } from './numbers';

/**
 * Texts are compared after normalizeText (NFKC), which rewrites some letters (Thai ำ
 * becomes ํา): every pattern here is normalized the same way.
 */
const nfkc = (re: RegExp) => new RegExp(re.source.normalize('NFKC'), re.flags);

/** A number right after one of these (in its box) is a delta, a target or a benchmark, not the metric. */
const COMPARISON_RES: readonly RegExp[] = [
  /^vs\.?(?:\s|$)/i,
  /\bvs\.?\s/i,
  /compare[ds]? (?:to|with)|from (?:the )?(?:previous|last|prior) (?:period|\d+ days|day|week|month)/i,
  /^(?:previous|prior) (?:period|\d+ days|day|week|month|year)\b/i,
  /^(?:previous|prior|yesterday|last week|last month)\s*:?$/i,
  /^[—–\-↑↓▲▼]\s*\p{L}/u,
  /^(?:target|goal|benchmark|threshold|industry|peer|category|average|avg\.?|requirement|required|minimum|min\.|maximum|max\.|top \d+|standard|limit|median)\b/i,
  /\b(?:average|benchmark|target)\s*:?$/i,
  /环比|同比|较前|较上|对比|目标|标准|行业|平均|上一周期|上周期|同行|前\d+天/,
  /dibandingkan|berbanding|sebelumnya|^target\b|rata-rata|^sasaran|^purata/i,
  /เทียบกับ|ก่อนหน้า|เป้าหมาย|ค่าเฉลี่ย|เกณฑ์/,
  /so với|kỳ trước|mục tiêu|trung bình|chỉ tiêu/i,
  /em relação|comparado|período anterior|^anterior\b|^meta\b|^média|^referência|^mínimo/i,
  /ggü\.?|gegenüber|im vergleich|vorperiode|vorwoche|vormonat|vortag|^vorherige|^ziel|durchschnitt|^richtwert|^benchmark/i,
  /par rapport|comparé|période précédente|^précédent|^objectif|^moyenne|^référence|^cible|^seuil/i,
  /frente a|respecto|comparado|periodo anterior|^anterior\b|^objetivo|^meta\b|^media\b|^promedio|^referencia|^umbral/i,
  /rispetto|confrontato|periodo precedente|^precedente|^obiettivo|^media\b|^riferimento|^soglia/i,
  /前期比|前週比|前日比|前月比|前年比|比較|目標|平均|基準|前期間/,
].map(nfkc);

/** Arrows and signs printed as their own text next to a delta. */
const DELTA_MARK_RE = /^[+\-−↑↓▲▼△▽⬆⬇]$/;

/** A text that starts like a signed delta: `+3.2%`, `↓ 12`, `-0.3%`. */
const SIGNED_RE = /^[+\-−↑↓▲▼△▽⬆⬇]\s*\d/;

/** Words of a target or benchmark anywhere in a short text ("Meets target", "Abaixo da referência"): a status, not a name. */
const STANDARD_WORD_RE = nfkc(
  /\b(?:target|benchmark|average|standard|threshold|meta|média|referência|referencia|référence|objetivo|objectif|obiettivo|ziel|durchschnitt|richtwert|sasaran|purata|rata-rata)\b|mục tiêu|trung bình|เป้าหมาย|ค่าเฉลี่ย|目标|平均|基准|目標|基準/iu,
);

export function mentionsStandard(text: string): boolean {
  return STANDARD_WORD_RE.test(normalizeText(text));
}

/** Words of a verdict on a standard: "Meets target", "Not met", "ไม่ผ่านเป้าหมาย", "Chưa đạt mục tiêu", "未达标" (guesses beyond English). */
const VERDICT_RE = nfkc(
  /\b(?:meets?|met|not|below|above|under|over|missed|reached|achieved|passed|failed|within|exceeds?|erreicht|nicht|unter|über|atteint|non|sous|cumple|no|debajo|encima|alcanzado|raggiunto|sotto|sopra|atingida|atingido|abaixo|acima|tercapai|tidak|belum|mencapai)\b|đạt|chưa|vượt|dưới|ผ่าน|ไม่|ต่ำกว่า|สูงกว่า|达|未|低于|高于|超过|達成|未達|下回|上回/iu,
);

/**
 * A tag that judges the figure against a standard ("Below target", "ไม่ผ่านเป้าหมาย"): a
 * status, so the number after it is no target. "Target: ≤ 4%" or "Target" alone name one.
 */
export function isVerdictOnStandard(text: string): boolean {
  const s = normalizeText(text);
  return s.length <= 40 && !/\d/.test(s) && STANDARD_WORD_RE.test(s) && VERDICT_RE.test(s) && !/[:：]\s*$/.test(s);
}

export function isComparisonText(text: string): boolean {
  const s = normalizeText(text);
  return DELTA_MARK_RE.test(s) || (s.length <= 60 && COMPARISON_RES.some((re) => re.test(s)));
}

export function isSignedNumber(text: string): boolean {
  return SIGNED_RE.test(normalizeText(text));
}

/**
 * "Not enough orders" in every language: a score shown without a value, often with the order
 * count. A word or two may come first ("Still not enough orders", "Ainda não há pedidos").
 */
const LEAD = String.raw`^(?:[\p{L}]+\s){0,2}`;
const NOT_ENOUGH_ORDERS_RES: readonly RegExp[] = [
  /^(?:not enough|insufficient) (?:eligible |valid |delivered )?orders/i,
  /^(?:订单量不足|订单数不足|有效订单不足|订单不足)/,
  /^(?:pesanan belum cukup|pesanan tidak cukup|pesanan tidak mencukupi|jumlah pesanan belum cukup)/i,
  /^คำสั่งซื้อไม่เพียงพอ|^คำสั่งซื้อไม่ถึง/,
  /^(?:chưa đủ đơn hàng|không đủ đơn hàng)/i,
  /^(?:pedidos insuficientes|não há pedidos suficientes|no hay suficientes pedidos|sin suficientes pedidos)/i,
  /^(?:nicht genügend|nicht genug|zu wenige) bestellungen/i,
  /^(?:commandes insuffisantes|pas assez de commandes|nombre de commandes insuffisant)/i,
  /^(?:ordini insufficienti|non ci sono abbastanza ordini|ordini non sufficienti)/i,
  /^(?:対象)?注文数?が不足|^注文数不足/,
].map((re) => nfkc(new RegExp(re.source.replace(/^\^/, LEAD).replace(/\|\^/g, `|${LEAD}`), `${re.flags.replace('u', '')}u`)));

/** "Shown, but without a value" phrases: the metric is `null`, never 0. */
const NO_VALUE_RES: readonly RegExp[] = [
  ...NOT_ENOUGH_ORDERS_RES,
  /^no (?:score|data|rating) (?:yet|available)/i,
  /^(?:no data|not available|n\/a|not rated|unrated|no score|score unavailable)$/i,
  /^(?:暂无评分|暂无数据|暂无|无评分)/,
  /^(?:belum ada skor|tidak ada data|belum ada data|tiada data)/i,
  /^(?:ไม่มีข้อมูล|ยังไม่มีคะแนน)/,
  /^(?:không có dữ liệu|chưa có điểm)/i,
  /^(?:sem pontuação|sem dados|sin puntuación|sin datos|noch keine bewertung|keine daten|pas encore de score|aucune donnée|nessun punteggio|nessun dato)/i,
  /^(?:スコアなし|データなし)/,
  // "Not enough data" under a "--" (beyond English and Vietnamese "chưa đủ", unverified wordings).
  /^(?:not enough|insufficient) data|^(?:chưa|không) đủ dữ liệu|^data (?:belum|tidak) (?:cukup|mencukupi)|^ข้อมูลไม่เพียงพอ|^数据不足|^データ不足|^(?:dados|datos|dati) insuficientes|^dati insufficienti|^données insuffisantes|^(?:nicht genügend|zu wenige) daten/i,
].map(nfkc);

/** All of them as one pattern: asked of every figure-like token, so one regex run, not twenty. */
const NO_VALUE_RE = new RegExp(NO_VALUE_RES.map((re) => `(?:${re.source})`).join('|'), 'iu');
const LETTER_RE = /\p{L}/u;

/** A word every no-value phrase holds: a cheap test before the pattern (most tokens are names and figures). */
const NO_VALUE_HINT_RE = nfkc(
  /enough|insufficient|\bno\b|\bnot\b|n\/a|unrated|sem |sin |kein|noch|pas |aucun|nessun|insuff|sufficien|suficien|genug|genügend|wenige|belum|tidak|tiada|cukup|chưa|không|đủ|ไม่|ยัง|不足|暂无|无评分|なし/i,
);

export function isNoValueText(text: string): boolean {
  if (text.length > 200 || !LETTER_RE.test(text) || !NO_VALUE_HINT_RE.test(text)) return false;
  return NO_VALUE_RE.test(normalizeText(text));
}

/**
 * Status tags and qualifiers a value box holds besides its number ("Good", "At risk"):
 * never a caption of their own. Lowercased, per language.
 */
const STATUS_WORDS = new Set(
  [
    'good', 'very good', 'excellent', 'great', 'fair', 'average', 'poor', 'bad', 'at risk', 'risky', 'healthy', 'normal', 'warning',
    'critical', 'needs improvement', 'needs attention', 'eligible', 'not eligible', 'ineligible', 'qualified', 'low', 'medium', 'high',
    'low risk', 'medium risk', 'high risk', 'on track', 'meets target', 'below target', 'above target', 'passed', 'failed', 'standard',
    'new', 'top', 'improving', 'declining', 'stable', 'active', 'expired', 'restricted', 'outstanding', 'satisfactory', 'okay', 'ok',
    'no change', 'unchanged', 'ไม่เปลี่ยนแปลง', 'không đổi', 'tidak berubah', 'sem alteração', 'sin cambios', 'unverändert', 'inchangé', 'invariato', '变化不大', '持平', '変化なし',
    '优秀', '良好', '一般', '较差', '有风险', '风险', '正常', '达标', '未达标', '合格', '不合格',
    'baik', 'sangat baik', 'cukup', 'buruk', 'berisiko', 'cemerlang', 'memenuhi syarat', 'normal',
    'ดี', 'ดีมาก', 'ดีเยี่ยม', 'พอใช้', 'มีความเสี่ยง', 'เสี่ยง', 'ปกติ',
    'tốt', 'rất tốt', 'xuất sắc', 'trung bình', 'kém', 'có rủi ro', 'rủi ro', 'bình thường',
    'bom', 'muito bom', 'excelente', 'regular', 'ruim', 'em risco', 'bueno', 'muy bueno', 'malo', 'en riesgo',
    'gut', 'sehr gut', 'ausgezeichnet', 'mittel', 'schlecht', 'gefährdet', 'kritisch',
    'bon', 'très bon', 'moyen', 'mauvais', 'à risque', 'en danger',
    'buono', 'ottimo', 'eccellente', 'medio', 'scarso', 'a rischio',
    '良好', '優秀', '普通', '要注意', '要改善', '危険',
  ].map((w) => w.normalize('NFKC').toLowerCase()),
);

export function isStatusText(text: string): boolean {
  return STATUS_WORDS.has(normalizeText(text).toLowerCase().replace(/[.!]$/, ''));
}

/** Words printed after a figure that only say what it counts: `212 orders`, `14 points`. */
const UNIT_WORD_RE = nfkc(
  /^(?:pts?\.?|points?|orders?|items?|poin|mata|điểm|đơn|คะแนน|ครั้ง|punkte?|punti|puntos|pontos|pedidos|commandes|bestellungen|ordini|ポイント|点|件|分|人|单|个|次|stars?)$/iu,
);

export function isUnitWord(text: string): boolean {
  return UNIT_WORD_RE.test(normalizeText(text));
}

/** A scale printed after a value: `/5`, `/ 1000`, ` / 48 points`, `of 5`, `/ 48 คะแนน`. */
const SCALE_RE = nfkc(/^(?:\/|of|out of|von|sur|de|di|dari|daripada|trên|จาก|满分)\s*(\d{1,4})(?:\s*[\p{L}\p{M}.]+)?$/iu);

/** The denominator of a scale text, or null when the text is no scale. */
export function scaleOf(text: string): number | null {
  const m = SCALE_RE.exec(normalizeText(text));
  return m?.[1] ? Number(m[1]) : null;
}

/** Texts that carry another metric's value inside them. */
const ORDER_COUNT_RE = /(?<![\d.,])(\d{1,3})\s*\/\s*30(?!\d)/;

/** How the texts that may carry an embedded value start (normalized, lowercase). */
export const EMBEDDED_STARTS: readonly string[] = [
  'not enough', 'insufficient', '订单量不足', '订单数不足', '有效订单不足', '订单不足', 'pesanan', 'คำสั่งซื้อไม่', 'chưa đủ', 'không đủ', 'pedidos',
  'não há', 'no hay', 'sin suficientes', 'nicht', 'zu wenige', 'commandes', 'pas assez', 'nombre de', 'ordini', 'non ci', '対象注文', '注文数', 'jumlah pesanan',
].map((w) => w.normalize('NFKC'));

/**
 * "Not enough orders yet (12/30)" → the 90-day order count. The count may sit in the
 * phrase itself or right next to it (`texts`: the phrase and its box's text).
 */
export function embeddedValues(texts: readonly string[]): Array<{ key: MetricKey; value: number }> {
  const [phrase] = texts;
  if (!phrase || !NOT_ENOUGH_ORDERS_RES.some((re) => re.test(normalizeText(phrase)))) return [];
  for (const t of texts) {
    const m = ORDER_COUNT_RE.exec(normalizeText(t));
    if (m?.[1]) return [{ key: 'ordersLast90Days', value: Number(m[1]) }];
  }
  return [];
}
