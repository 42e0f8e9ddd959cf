/**
 * What of a page's text the reader needs word for word, so that a sample still reads the
 * same metric keys: labels (with the digits a label needs, "Orders in the last 90 days"),
 * the reader's own phrases around figures, and an inline "Label: value"'s label.
 */
import { matchLabel } from '../labels';
import { normalizeText } from '../numbers';
import { EMBEDDED_STARTS, isComparisonText, isNoValueText, isStatusText, isUnitWord, mentionsStandard } from '../phrases';
import { parentOf } from '../dom';
import { mentionsDataDay } from '../period-words';

/**
 * The label this text is (alone), or is part of (with its element or the one above): the
 * whole label's text, or null.
 */
export function labelAround(text: string, parent: Element | null): string | null {
  if (matchLabel(text.trim())) return text;
  for (let el = parent, i = 0; el && i < 2; el = parentOf(el), i++) {
    if (el.childNodes.length > 8) return null;
    const whole = el.textContent ?? '';
    if (whole.length > 80) return null;
    if (matchLabel(whole.replace(/\s+/g, ' ').trim())) return whole;
  }
  return null;
}

/** Each digit one up (`90` → `01`): the same shape, other digits. */
const otherDigits = (run: string) => run.replace(/\d/g, (d) => String((Number(d) + 1) % 10));

/**
 * Does the label in `whole` need the digits at [at, end) of `text` (a part of `whole`)?
 * Yes for "Orders in the last 90 days" (without its 90 it is no label); no for a value that
 * only sits next to a label (`Orders in the last 90 days 1,284`, a label a reader may still
 * recognise with any figure after it): such digits are a figure and change.
 */
export function labelNeeds(whole: string, text: string, at: number, end: number): boolean {
  const key = matchLabel(whole.replace(/\s+/g, ' ').trim())?.key;
  const changed = whole.replace(text, text.slice(0, at) + otherDigits(text.slice(at, end)) + text.slice(end));
  return matchLabel(changed.replace(/\s+/g, ' ').trim())?.key !== key;
}

/**
 * Words the reader itself looks for around figures: a delta, "no value", "Not enough orders
 * (12/30)", a status tag ("Excellent", which a caption of the figure's own would not be),
 * a unit word, a target or benchmark mention, the words that make a date the page's day.
 */
export function isReaderPhrase(text: string): boolean {
  const t = text.trim();
  const start = normalizeText(t.slice(0, 40)).toLowerCase();
  return (
    isComparisonText(t) ||
    isNoValueText(t) ||
    isStatusText(t) ||
    isUnitWord(t) ||
    mentionsStandard(t) ||
    mentionsDataDay(t) ||
    EMBEDDED_STARTS.some((s) => start.startsWith(s))
  );
}

/** The label of an inline `Orders in the last 90 days: 41`, with what follows it; null when none. */
export function inlineLabel(text: string): { label: string; rest: string } | null {
  const m = /^(\s*)(.{1,60}?)(\s*[:：])/.exec(text);
  return m && matchLabel(m[2] ?? '') ? { label: m[0], rest: text.slice(m[0].length) } : null;
}
