/**
 * The words around a page's dates, as data, in every page language: what makes a range a
 * comparison ("Compared with"), what introduces the range or the one day the page's figures
 * cover ("Dados de", "Data for"), and "Updated 14:35" after a day. period.ts reads dates with
 * them; a page sample keeps the texts that hold them (mentionsDataDay). Beyond English, guesses.
 */

/** Words before a second range that is only there for comparison ("Compared with: …"). */
export const COMPARED_RE = /(?:compared? (?:with|to)|compares (?:with|to)|comparison|vs\.?|previous period|prior period|对比|环比|比较|dibandingkan|berbanding|เทียบกับ|so sánh|so với|comparado|comparé|par rapport|frente a|confrontato|rispetto|verglichen|vergleich|ggü|比較)(?:\s*[\p{L}.]{1,8}){0,3}[\s:：(（]*$/iu;

/**
 * "Data for Nov 12, 2026": the words that introduce the one day a page's figures cover
 * (beyond English, unverified guesses). "Data as of Nov 19, 08:00" is a stamp, like "Updated".
 */
const DAY_INTRO_WORDS =
  'data (?:for|of)|data date|datos (?:del?|para)|données (?:du|pour)|dati (?:del|per)|daten (?:vom|für)|dados (?:de|do)|data (?:untuk|pada)|dữ liệu(?: ngày)?|ข้อมูล(?:วันที่)?|数据日期|统计日期|データ(?:日付|対象日)|集計日';
export const DAY_INTRO_RE = new RegExp(`(?:${DAY_INTRO_WORDS})[\\s:：]*(?:\\p{L}{2,4}\\.?,?\\s*)?$`, 'iu');
/** Words that introduce the range of the page's figures: "Data for", "Dados de", "Período:", "Zeitraum:" (guesses beyond English). */
const RANGE_INTRO_WORDS = 'period|período|periodo|période|zeitraum|kỳ dữ liệu|ช่วงเวลา|统计时间|统计周期|期間|集計期間|date range|intervalo';
export const DATA_INTRO_RE = new RegExp(`(?:${DAY_INTRO_WORDS}|${RANGE_INTRO_WORDS})[\\s:：]*(?:\\p{L}{2,4}\\.?,?\\s*)?$`, 'iu');
/** "Nov 12, 2026 · Updated 14:35": a day followed by the time of day its figures were last updated (a news line "Nov 12, 2026 Updated rules…" is not). */
const UPDATED_TIME =
  '(?:last )?(?:updated|actualizado|atualizado|aktualisiert|mis à jour|aggiornato|diperbarui|dikemas kini|cập nhật|อัปเดต|更新)[^\\d]{0,12}\\d{1,2}:\\d{2}';
export const UPDATED_AFTER_RE = new RegExp(`^\\s*[·•|,–—-]?\\s*${UPDATED_TIME}`, 'iu');
const DAY_LINE_RE = new RegExp(`${DAY_INTRO_WORDS}|${RANGE_INTRO_WORDS}|${UPDATED_TIME}`, 'iu');

/** Does a text hold the words that make a date the page's day or range ("Data for …", "统计时间：…", "… · Updated 14:35")? A page sample keeps them. */
export function mentionsDataDay(text: string): boolean {
  // A short line, not a sentence that happens to say "period" (a sample keeps such texts word for word).
  return text.length <= 80 && DAY_LINE_RE.test(text);
}
