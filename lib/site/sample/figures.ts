/**
 * Stand-ins for the digits of a figure. Every digit is replaced (the format stays:
 * `$48,213.09` → `$37,492.61`, `5.23%` → `4.81%`), and the stand-in must stay what the
 * reader could take it for: a number that fits the SPS (0–5), violation points (≤ 48),
 * a ratio (≤ 100%) or the AHR (≤ 1000) still fits it, and one that did not still does
 * not. "Fits" is asked of the reader itself (parseNumber + fitMetric for every metric),
 * so the sample reads the same metric keys as the page without a second copy of the rules.
 */
import { METRIC_KEYS } from '../../metric-defs';
import { fitMetric } from '../fit';
import { parseNumber, type NumberContext } from '../numbers';

/**
 * Denominators Seller Center prints after a figure (`3.71/5`, `12/30`, `/ 48 points`,
 * `820/1000`): platform constants, kept so the reader still sees the scale. The same
 * scales as the reader's `OUT_OF` (fit.ts).
 */
export const SCALES: ReadonlySet<number> = new Set([5, 30, 48, 1000]);

/** Which metrics a text could be the value of, as the reader sees it; '' = not a number at all. */
export function fitClass(text: string, ctx: NumberContext): string {
  const parsed = parseNumber(text, ctx);
  if (!parsed) return '';
  if (parsed.kind === 'none') return 'none';
  let bits = parsed.kind === 'range' ? 'r' : 'a';
  for (const key of METRIC_KEYS) bits += fitMetric(key, parsed) ? '1' : '0';
  return bits;
}

const isDigitAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * Positions of `run` that are format, not data: a leading `0` before a separator (`0.52`,
 * `0,3`: it decides how the reader splits the number), and with `wholeTail` a last group
 * of zeros after a separator (`.00`, `,000`: "a whole amount", which may decide whether a
 * figure fits a count).
 */
function fixedPositions(run: string, wholeTail: boolean): Set<number> {
  const fixed = new Set<number>();
  if (run[0] === '0' && run.length > 1 && !isDigitAt(run, 1)) fixed.add(0);
  const tail = wholeTail ? /[^\d](0+)$/.exec(run) : null;
  if (tail?.[1]) for (let i = run.length - tail[1].length; i < run.length; i++) fixed.add(i);
  return fixed;
}

/**
 * One try at new digits for `run` (digits and separators). `strict` 2: every digit
 * changes; 1: the leading digit may stay; 0: any digit may stay.
 */
function draw(run: string, fixed: Set<number>, next: () => number, strict: number): string {
  let out = '';
  for (let i = 0; i < run.length; i++) {
    if (!isDigitAt(run, i) || fixed.has(i)) {
      out += run[i];
      continue;
    }
    const was = run.charCodeAt(i) - 48;
    const leading = i === 0;
    // A number never gains a leading zero (`1,034` → `0,034` would read differently).
    const low = leading && run.length > 1 && was !== 0 ? 1 : 0;
    const mayStay = strict === 0 || (strict === 1 && leading);
    const choices: number[] = [];
    for (let d = low; d <= 9; d++) if (mayStay || d !== was) choices.push(d);
    out += String(choices[Math.floor(next() * choices.length)] ?? was);
  }
  return out;
}

const TRIES_PER_STEP = 16;

const changedDigits = (a: string, b: string) => {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
};

/**
 * New digits for `run` that `accept` takes, as different as it allows: first every digit
 * changed; then a whole amount kept whole (`$999,999.00` → `$361,567.00`); then the
 * leading digit allowed to stay; then the candidate that changes most. When nothing else
 * fits (`100%` has no other three-digit percentage) the run is kept: such a figure says
 * nothing.
 */
export function standIn(run: string, accept: (candidate: string) => boolean, next: () => number): string {
  const steps: Array<[Set<number>, number]> = [
    [fixedPositions(run, false), 2],
    [fixedPositions(run, true), 2],
    [fixedPositions(run, true), 1],
  ];
  for (const [fixed, strict] of steps) {
    for (let i = 0; i < TRIES_PER_STEP; i++) {
      const candidate = draw(run, fixed, next, strict);
      if (candidate !== run && accept(candidate)) return candidate;
    }
  }
  let best = run;
  const fixed = fixedPositions(run, true);
  for (let i = 0; i < TRIES_PER_STEP; i++) {
    const candidate = draw(run, fixed, next, 0);
    if (changedDigits(run, candidate) > changedDigits(run, best) && accept(candidate)) best = candidate;
  }
  return best;
}

/** The value of a bare run (`1,234` → 1234), for comparing against a scale. */
export function runValue(run: string, ctx: NumberContext): number | null {
  const parsed = parseNumber(run, ctx);
  return parsed?.kind === 'amount' ? parsed.value : null;
}
