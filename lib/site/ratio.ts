/**
 * "14 of 1,062 orders (1.32%)", "6/1,108 (0.54%)": two counts and the percentage they make.
 * The percentage is the figure; the counts say how it was made. Told apart from prose by the
 * arithmetic, in any language: the first count over the second is the percentage, to the
 * precision it is printed with. (Unverified on the real site: a blind page's shape, round L.)
 * Shared by the reader (cells.ts) and the sample scrubber, which must keep the sum true.
 */
import { parseNumber, type Amount, type NumberContext } from './numbers';

export type RatioText = {
  /** [start, end) of the two counts and the percentage's number in the text. */
  part: { count: [number, number]; of: [number, number]; percent: [number, number] };
  percent: { kind: 'amount' } & Amount;
};

/** A count, a word or two (or '/'), a count, perhaps a noun, then the percentage in brackets. */
const RATIO_RE =
  /^\s*(\d[\d.,\s]*?)\s*(?:\/|\p{L}{1,12}(?:\s\p{L}{1,12})?)\s*(\d[\d.,\s]*?)\s*(?:\p{L}[\p{L}\s]{0,30}?)?\s*[(（]\s*(\d[\d.,]*)\s*%\s*[)）]\s*$/du;

/** Longest text looked at. */
export const RATIO_MAX_CHARS = 100;

export function ratioIn(text: string, ctx: NumberContext): RatioText | null {
  if (text.length > RATIO_MAX_CHARS || !text.includes('%')) return null;
  const m = RATIO_RE.exec(text);
  const at = m?.indices;
  if (!m || !at?.[1] || !at[2] || !at[3]) return null;
  const [count, of, pctRun] = [m[1]!, m[2]!, m[3]!];
  const [a, b, pct] = [parseNumber(count, ctx), parseNumber(of, ctx), parseNumber(`${pctRun}%`, ctx)];
  if (a?.kind !== 'amount' || b?.kind !== 'amount' || pct?.kind !== 'amount' || a.percent || b.percent || !pct.percent) return null;
  if (!(b.value > 0) || a.value > b.value) return null;
  if (Math.abs((a.value / b.value) * 100 - pct.value) > 10 ** -decimalsOf(pctRun) + 1e-9) return null;
  return { part: { count: at[1], of: at[2], percent: at[3] }, percent: pct };
}

/** Digits after the decimal mark of a percentage as printed (`1.32` → 2, `0,5` → 1, `98` → 0). */
export const decimalsOf = (run: string): number => /[.,](\d+)$/.exec(run)?.[1]?.length ?? 0;
