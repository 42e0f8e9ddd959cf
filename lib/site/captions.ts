/**
 * Captions: texts that name a figure which is none of our metrics ("To ship", "Product
 * page views", "Affiliate GMV"). A figure right next to such a name belongs to it, not to a
 * label further away. Everything else a card holds besides its value — a status tag
 * ("Good"), a scale ("/5"), a unit word ("points"), an "Updated Nov 21, 2026" line, a
 * sentence, a link, a "vs previous period" row, an ⓘ — is no caption and takes nothing.
 */
import type { PageText } from './dom';
import { isComparisonText, isNoValueText, isStatusText, isUnitWord, mentionsStandard, scaleOf } from './phrases';
import { normalizeText } from './numbers';

const LETTER_RE = /\p{L}/u;
const DIGIT_RE = /\d/;
/** Names are short: a few words. Longer texts are sentences (hints, notes, descriptions). */
const MAX_CAPTION_CHARS = 40;
const MAX_CAPTION_WORDS = 5;

export function isCaptionToken(page: PageText, i: number, isLabelToken: (i: number) => boolean): boolean {
  const t = page.tokens[i];
  if (!t || t.input || t.control || isLabelToken(i)) return false;
  const text = normalizeText(t.text);
  if (text.length < 2 || text.length > MAX_CAPTION_CHARS || !LETTER_RE.test(text) || DIGIT_RE.test(text)) return false;
  if (text.split(' ').length > MAX_CAPTION_WORDS) return false;
  if (isStatusText(text) || isUnitWord(text) || scaleOf(text) !== null || isComparisonText(text) || mentionsStandard(text) || isNoValueText(text)) return false;
  // A link's text is an action ("View analysis", "Details"), not a name.
  return !t.el.closest('a');
}

/**
 * What a value box carries besides its figure and says nothing of whose figure it is: a
 * status tag, a unit word, a scale, a "vs" row, a target or benchmark, a no-value note.
 */
export function isDecorationToken(page: PageText, i: number): boolean {
  const t = page.tokens[i];
  if (!t) return false;
  const text = normalizeText(t.text);
  return isStatusText(text) || isUnitWord(text) || scaleOf(text) !== null || isComparisonText(text) || mentionsStandard(text) || isNoValueText(text);
}
