/**
 * One text of the page (a text node or an attribute value) made safe to share. Always
 * replaced: links, e-mail addresses, @handles, phone numbers, every digit (figures get
 * format-keeping, still-plausible stand-ins, see figures.ts), dates (shifted, see
 * dates.ts), and the texts known to be private on this page (names found in name-bearing
 * elements, or ticked by the seller). Words stay only when the caller says the text is
 * label-like (`keepWords`); otherwise each letter becomes a placeholder (`x`, `X`, `某`,
 * `ẋ`), so the text keeps its length and script but says nothing.
 *
 * Texts that ARE a metric's label are never passed here: the caller keeps them as they are.
 */
import type { NumberContext } from '../numbers';
import { parseNumber } from '../numbers';
import { escapeRegExp } from '../regexp';
import { isRangeSeparator, rangeIntroAt } from '../period';
import { scaleOf } from '../phrases';
import { decimalsOf, ratioIn } from '../ratio';
import { shiftedDates } from './dates';
import { fitClass, runValue, SCALES, standIn } from './figures';
import { hashText, randomFrom } from './random';

/** What a sample may have had taken out (`removed` in scrubPage's result). */
export type RemovedKind =
  | 'figures' | 'dates' | 'names' | 'texts' | 'emails' | 'phones' | 'links' | 'ids'
  | 'scripts' | 'styles' | 'media' | 'attributes';

export type TextWorld = {
  ctx: NumberContext;
  /** Hash of the whole original page: stand-ins cannot be worked back without it. */
  seed: number;
  shiftDays: number;
  region: string | null;
  /** Texts to replace wherever they appear (names from name-bearing elements, the seller's picks). */
  privateTexts: readonly string[];
  count: (kind: RemovedKind) => void;
};

export type TextScrubber = {
  text(text: string, keepWords: boolean): string;
  /** A text that reads as one number (`$48,213.09`, `3.71/5`, `N/A`): only its digits change. */
  figure(text: string): string;
  /**
   * A ratio sentence ("14 of 1,062 orders (1.32%)", ratio.ts): new counts and the percentage
   * they make, so the reader still takes it as one figure; null when no stand-in keeps its length.
   */
  ratio(text: string, keepWords: boolean): string | null;
  /** An identifier (id, class, path): runs of 3+ digits change, the rest stays. */
  identifier(text: string): string;
  /** Only the digit runs `keep` does not claim change, as figures; words stay. */
  digits(text: string, keep: (at: number, end: number) => boolean): string;
};

const HAN_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const UPPER_RE = /\p{Lu}/u;

/** A letter's placeholder: same case and script family, never a word the reader knows. */
function maskChar(c: string): string {
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= 'A' && c <= 'Z') return 'X';
  if (HAN_RE.test(c)) return '某';
  return UPPER_RE.test(c) ? 'Ẋ' : 'ẋ';
}

/** Letters → placeholders; digits, spaces and punctuation as they were. */
export function maskLetters(text: string): string {
  return text.replace(/[\p{L}\p{M}]/gu, maskChar);
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'）)]+/giu;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const HANDLE_RE = /(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_.]{2,30}/gu;
const TIME_RE = /(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])/g;
const PHONE_RE = /(?<![\p{L}\p{N}.,])\+?\(?\d{1,4}\)?(?:[ .\-\u00a0]?\(?\d{2,5}\)?){2,5}(?![\p{L}\p{N}])/gu;
/** Digits with the separators a number may carry (`48,213.09`, `1 234`). */
const RUN_OR_WORD_RE = /(\d+(?:(?:[.,'’]|[\u00a0\u202f ](?=\d{3}(?!\d)))\d+)*)|([\p{L}\p{M}]+)/gu;
const DIGITS_RE = /\d+/g;
const LONG_DIGITS_RE = /\d{3,}/g;

type Span = { at: number; end: number; text: string; date?: boolean };

export function textScrubber(world: TextWorld): TextScrubber {
  const { ctx, seed, count } = world;
  const privateRe = privateTextsRe(world.privateTexts);
  const affixMemo = new Map<string, boolean>();

  /** A word the number grammar needs next to digits: `K`, `USD`, `Rp`, `jt`, `to` in `30K to 100K`. */
  const isNumberAffix = (word: string): boolean => {
    if (word.length > 5) return false;
    let v = affixMemo.get(word);
    if (v === undefined) {
      const probes = [`1${word}`, `1 ${word}`, `${word}1`, `${word} 1`, `1 ${word} 2`];
      v = probes.some((p) => parseNumber(p, ctx) !== null);
      affixMemo.set(word, v);
    }
    return v;
  };

  /**
   * Stand-in for the digit run at [at, end) of `s`, judged by how the reader may see it:
   * when `s` is itself a figure (a text node the reader takes whole), as `s`; inside other
   * text, as the run alone or with the marks next to it (`Orders: 1,234`, `3.2 %`).
   * `salt` asks for another.
   */
  const runStandIn = (s: string, at: number, end: number, salt = 0, wholeFigure = false): string => {
    const run = s.slice(at, end);
    // A scale after a slash (`/5`, `/ 48 points`) is a platform constant, not data.
    if (/\/ ?$/.test(s.slice(Math.max(0, at - 2), at)) && /^\d+$/.test(run) && SCALES.has(Number(run))) return run;
    const left = /[^\s\d]{1,4} ?$/.exec(s.slice(Math.max(0, at - 5), at))?.[0] ?? '';
    const right = /^ ?[^\s\d]{1,4}/.exec(s.slice(end, end + 5))?.[0] ?? '';
    const fraction = /^ ?\/ ?(\d+)/.exec(s.slice(end, end + 8));
    const windows: Array<[string, string]> = wholeFigure
      ? [[s.slice(0, at), s.slice(end)]]
      : [['', ''], ['', '%'], [left, ''], ['', right], [left, right]];
    if (fraction && !wholeFigure) windows.push(['', fraction[0]]);
    const want = windows.map(([pre, post]) => fitClass(pre + run + post, ctx));
    // `12/30` stays under 30 ("not enough orders" stays not enough; 30/30 would be enough).
    const scale = fraction && SCALES.has(Number(fraction[1])) ? Number(fraction[1]) : null;
    const under = scale !== null ? (runValue(run, ctx) ?? 0) < scale : null;
    const accept = (c: string) =>
      windows.every(([pre, post], i) => fitClass(pre + c + post, ctx) === want[i]) &&
      (scale === null || ((runValue(c, ctx) ?? 0) < scale) === under);
    return standIn(run, accept, randomFrom(hashText(run, seed + salt)));
  };

  const countRun = (run: string) => count(/^\d{9,}$/.test(run) ? 'ids' : 'figures');

  /** Digits and words of a stretch with no link, e-mail, date or phone in it. */
  const gap = (s: string, from: number, to: number, keepWords: boolean, masked: { any: boolean }): string => {
    const part = s.slice(from, to);
    return part.replace(RUN_OR_WORD_RE, (m: string, run: string | undefined, _w: string | undefined, offset: number) => {
      const at = from + offset;
      if (run) {
        countRun(run);
        return runStandIn(s, at, at + run.length);
      }
      if (keepWords) return m;
      const near = s.slice(Math.max(0, at - 2), at) + s.slice(at + m.length, at + m.length + 2);
      if (/\d/.test(near) && isNumberAffix(m)) return m;
      masked.any = true;
      return maskLetters(m);
    });
  };

  const spansOf = (s: string): Span[] => {
    const spans: Span[] = [];
    const add = (at: number, end: number, text: string, date = false) => {
      if (!spans.some((x) => at < x.end && x.at < end)) spans.push({ at, end, text, date });
    };
    const each = (re: RegExp, kind: RemovedKind, replace: (m: string) => string | null) => {
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        const out = replace(m[0]);
        if (out === null) continue;
        add(m.index, m.index + m[0].length, out);
        count(kind);
      }
    };
    each(URL_RE, 'links', () => 'https://example.invalid');
    each(EMAIL_RE, 'emails', () => 'name@example.invalid');
    each(HANDLE_RE, 'names', (m) => `@${maskLetters(m.slice(1))}`);
    for (const d of shiftedDates(s, world.shiftDays, world.region)) {
      add(d.at, d.end, d.text, true);
      count('dates');
    }
    each(TIME_RE, 'dates', (m) => scrambleDigits(m, isTime));
    each(PHONE_RE, 'phones', (m) => {
      const digits = m.replace(/\D/g, '').length;
      return digits >= 7 && /[+(\-. \u00a0]/.test(m) ? scrambleDigits(m, () => true) : null;
    });
    return spans.sort((a, b) => a.at - b.at);
  };

  const scrambleDigits = (text: string, valid: (c: string) => boolean): string =>
    text.replace(DIGITS_RE, (run) => standIn(run, (c) => valid(text.replace(run, c)), randomFrom(hashText(run, seed ^ 0x5bd1e995))));

  const figure = (text: string): string => {
    const want = fitClass(text, ctx);
    for (const m of text.matchAll(RUN_OR_WORD_RE)) if (m[1]) countRun(m[1]);
    let out = text;
    // Runs are judged one by one; as a whole the figure must also still read the same
    // (a range stays low < high): otherwise new digits, a few times.
    for (let salt = 0; salt < 8; salt++) {
      out = text.replace(RUN_OR_WORD_RE, (m: string, run: string | undefined, _w: string | undefined, offset: number) =>
        run ? runStandIn(text, offset, offset + run.length, salt, true) : m,
      );
      if (fitClass(out, ctx) === want) break;
    }
    return out;
  };

  const ratio = (text: string, keepWords: boolean): string | null => {
    const found = ratioIn(text, ctx);
    if (!found) return null;
    const [[ca, cb], [oa, ob], [pa, pb]] = [found.part.count, found.part.of, found.part.percent];
    const pctRun = text.slice(pa, pb);
    const mark = /[.,]/.exec(pctRun)?.[0] ?? '.';
    const words = (from: number, to: number) => (keepWords ? text.slice(from, to) : maskLetters(text.slice(from, to)));
    for (let salt = 0; salt < 16; salt++) {
      const count = runStandIn(text, ca, cb, salt);
      const of = runStandIn(text, oa, ob, salt);
      const [a, b] = [runValue(count, ctx), runValue(of, ctx)];
      if (a === null || b === null || !(b > 0) || a > b) continue;
      const pct = ((a / b) * 100).toFixed(decimalsOf(pctRun)).replace('.', mark);
      if (pct.length !== pctRun.length || pct === pctRun) continue;
      const out = words(0, ca) + count + words(cb, oa) + of + words(ob, pa) + pct + words(pb, text.length);
      if (!ratioIn(out, ctx)) continue;
      for (const run of [count, of, pct]) countRun(run);
      return out;
    }
    return null;
  };

  return {
    text(text, keepWords) {
      if (!/[\p{L}\d@]/u.test(text)) return text;
      const asRatio = ratio(text, keepWords);
      if (asRatio !== null) return asRatio;
      // A scale in words ("out of 5", "von 5"): a platform constant, like "/5".
      const scale = scaleOf(text);
      if (scale !== null && SCALES.has(scale)) return text;
      if (parseNumber(text, ctx)) return figure(text);
      let s = text;
      let privateHit = false;
      if (privateRe) {
        s = s.replace(privateRe, (m) => {
          privateHit = true;
          return maskLetters(m);
        });
      }
      if (privateHit) count('names');
      const masked = { any: false };
      let out = '';
      let pos = 0;
      let afterDate = false;
      for (const span of spansOf(s)) {
        // The word between a range's two dates ("至", "to", "s/d") is what makes them a range.
        const between = afterDate && span.date && isRangeSeparator(s.slice(pos, span.at));
        // The words that say what a range is ("compares with", "Dados de") stay, the rest of the sentence is scrubbed.
        const intro = span.date && !between ? rangeIntroAt(s.slice(pos, span.at)) : -1;
        if (between) out += s.slice(pos, span.at);
        else if (intro >= 0) out += gap(s, pos, pos + intro, keepWords, masked) + s.slice(pos + intro, span.at);
        else out += gap(s, pos, span.at, keepWords, masked);
        out += span.text;
        pos = span.end;
        afterDate = !!span.date;
      }
      out += gap(s, pos, s.length, keepWords, masked);
      if (masked.any) count('texts');
      return out;
    },
    figure,
    ratio,
    digits(text, keep) {
      return text.replace(RUN_OR_WORD_RE, (m: string, run: string | undefined, _w: string | undefined, at: number) => {
        if (!run || keep(at, at + run.length)) return m;
        countRun(run);
        return runStandIn(text, at, at + run.length);
      });
    },
    identifier(text) {
      return text.replace(LONG_DIGITS_RE, (run) => {
        count('ids');
        return standIn(run, () => true, randomFrom(hashText(run, seed)));
      });
    },
  };
}

function isTime(c: string): boolean {
  const [h = 0, m = 0, s = 0] = c.split(':').map(Number);
  return h <= 23 && m <= 59 && s <= 59;
}

/** One regex for every private text, longest first, matched as whole words, any case. */
function privateTextsRe(texts: readonly string[]): RegExp | null {
  const words = [...new Set(texts.map((t) => t.trim()).filter((t) => t.length >= 2 && t.length <= 200 && /\p{L}/u.test(t)))]
    .sort((a, b) => b.length - a.length)
    .slice(0, 500);
  if (words.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}
