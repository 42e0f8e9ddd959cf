/**
 * Currency symbols and codes as Seller Center prints them → ISO 4217, and each
 * region's number conventions. Data only; numbers.ts does the parsing.
 */

/** Symbols that name one currency wherever they appear. Longest first when matching. */
const FIXED_SYMBOLS: Record<string, string> = {
  'US$': 'USD',
  'S$': 'SGD',
  'R$': 'BRL',
  'MX$': 'MXN',
  'CN¥': 'CNY',
  RMB: 'CNY',
  元: 'CNY',
  Rp: 'IDR',
  RM: 'MYR',
  '₱': 'PHP',
  '฿': 'THB',
  '₫': 'VND',
  đ: 'VND',
  '£': 'GBP',
  '€': 'EUR',
  円: 'JPY',
};

/** ISO codes a page may print instead of a symbol. */
const ISO_CODES = ['USD', 'GBP', 'EUR', 'IDR', 'MYR', 'PHP', 'THB', 'VND', 'SGD', 'BRL', 'MXN', 'JPY', 'CNY'];

/** `$` means the local dollar (or peso) only in these regions; elsewhere it is unknown. */
const DOLLAR_BY_REGION: Record<string, string> = { US: 'USD', SG: 'SGD', MX: 'MXN' };

/** `¥` alone is yen on the Japanese Seller Center; CNY only when written CN¥ / RMB / 元 / CNY. */
const YEN_BY_REGION: Record<string, string> = { JP: 'JPY' };

/** Every currency marker the number grammar accepts, longest first (for the regex). */
export const CURRENCY_MARKERS: readonly string[] = [...Object.keys(FIXED_SYMBOLS), ...ISO_CODES, '$', '¥'].sort(
  (a, b) => b.length - a.length,
);

/** ISO code for a printed marker, or null when the marker does not name one currency here. */
export function currencyOf(marker: string, region: string | null): string | null {
  const fixed = FIXED_SYMBOLS[marker];
  if (fixed) return fixed;
  const upper = marker.toUpperCase();
  if (ISO_CODES.includes(upper)) return upper;
  if (marker === '$') return region ? (DOLLAR_BY_REGION[region] ?? null) : null;
  if (marker === '¥') return region ? (YEN_BY_REGION[region] ?? null) : null;
  return null;
}

/** Regions whose Seller Center writes `1.234,56` (decimal comma). */
const DECIMAL_COMMA_REGIONS = new Set(['ID', 'VN', 'DE', 'FR', 'IT', 'ES', 'BR']);
/** Currencies usually written with a decimal comma, used when the region says nothing. */
const DECIMAL_COMMA_CURRENCIES = new Set(['IDR', 'VND', 'EUR', 'BRL']);

export type DecimalMark = ',' | '.';

/** The decimal mark to assume for `1,234` / `1.234` when nothing else decides. */
export function defaultDecimal(region: string | null, currency: string | null): DecimalMark {
  if (region) return DECIMAL_COMMA_REGIONS.has(region) ? ',' : '.';
  return currency && DECIMAL_COMMA_CURRENCIES.has(currency) ? ',' : '.';
}

/** Is a text just a currency marker (`Rp`, `$`, `RM`, `USD`)? */
export function isCurrencyMarker(text: string): boolean {
  const t = text.trim();
  return CURRENCY_MARKERS.includes(t) || CURRENCY_MARKERS.includes(t.toUpperCase());
}

/** Each market's own currency, for money a page prints without a marker. */
const REGION_CURRENCY: Record<string, string> = {
  US: 'USD', GB: 'GBP', IE: 'EUR', DE: 'EUR', FR: 'EUR', IT: 'EUR', ES: 'EUR', MX: 'MXN', BR: 'BRL', JP: 'JPY',
  MY: 'MYR', PH: 'PHP', SG: 'SGD', VN: 'VND', ID: 'IDR', TH: 'THB',
};

export function regionCurrency(region: string | null): string | null {
  return region ? (REGION_CURRENCY[region] ?? null) : null;
}
