/**
 * Fills a UI template: `{name}` placeholders, and ICU-style plurals for counts:
 *
 *   '{shops, plural, one {# shop} other {# shops}}'
 *   Polish: '{shops, plural, one {# sklep} few {# sklepy} many {# sklepów} other {# sklepu}}'
 *
 * The form is chosen by `Intl.PluralRules` for the UI locale (English and German have one/other,
 * Polish and Ukrainian one/few/many/other, Chinese other only); `=0 {…}` picks an exact number
 * first; `#` is the number in the locale's digits. Numbers in plain placeholders are written
 * in the locale too. Only what the tables use: no `select`, no `offset`, no plural in a plural.
 * Small on purpose: the content script ships it.
 */
export type Params = Record<string, string | number>;

const cache = new Map<string, Intl.PluralRules | Intl.NumberFormat>();

function pluralRules(locale: string): Intl.PluralRules {
  let r = cache.get(`p|${locale}`) as Intl.PluralRules | undefined;
  if (!r) cache.set(`p|${locale}`, (r = new Intl.PluralRules(locale)));
  return r;
}

function numberText(value: number, locale: string): string {
  let f = cache.get(`n|${locale}`) as Intl.NumberFormat | undefined;
  if (!f) cache.set(`n|${locale}`, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })));
  return f.format(value);
}

/** Index just past the `}` that closes the `{` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The `selector {text}` pairs of a plural's body. */
function forms(body: string): Map<string, string> {
  const out = new Map<string, string>();
  const head = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;
  let m: RegExpExecArray | null;
  while ((m = head.exec(body))) {
    const open = head.lastIndex - 1;
    const end = closing(body, open);
    if (end < 0) break;
    out.set(m[1]!, body.slice(open + 1, end - 1));
    head.lastIndex = end;
  }
  return out;
}

function choosePlural(raw: string | number | undefined, body: string, locale: string): string | null {
  const options = forms(body);
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (raw === undefined || raw === '' || !Number.isFinite(n)) return null;
  const chosen = options.get(`=${n}`) ?? options.get(pluralRules(locale).select(n)) ?? options.get('other');
  if (chosen === undefined) return null;
  const shown = typeof raw === 'number' ? numberText(raw, locale) : raw;
  return chosen.replace(/#/g, shown);
}

const PLURAL = /\{(\w+),\s*plural,/g;

export function formatMessage(template: string, params: Params | undefined, locale: string): string {
  let text = template;
  // Plurals first (their forms may hold plain placeholders), from the last one back.
  const starts = [...template.matchAll(PLURAL)].reverse();
  for (const m of starts) {
    const open = m.index;
    const end = closing(text, open);
    if (end < 0) continue;
    const body = text.slice(open + m[0].length, end - 1);
    const chosen = choosePlural(params?.[m[1]!], body, locale);
    // Without the number the plural stays visible as written, like an unknown placeholder.
    if (chosen !== null) text = text.slice(0, open) + chosen + text.slice(end);
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!params || !(name in params)) return whole;
    const value = params[name]!;
    return typeof value === 'number' ? numberText(value, locale) : value;
  });
}
