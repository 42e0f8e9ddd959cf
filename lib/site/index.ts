/**
 * The page reader: `readPage(root, url)` → what this Seller Center page shows.
 * Pure: no extension APIs, no clock, no globals besides the DOM it is given.
 * Contract (shared/DOMAIN.md): keep the name and the PageReading shape.
 */
import { METRICS, validMetricsOf, type MetricKey, type Metrics, type PageKind } from '../metrics';
import { regionCurrency } from './currency';
import { isShown, readPageText, type IsShown } from './dom';
import { missingMetrics } from './expected';
import { longLists } from './long-lists';
import { evidenceIn, normalizeText } from './numbers';
import { marketRegionOf, pageKindOf, regionOf, shopIdOf } from './pages';
import { dayPeriod, periodIn, pickerPeriod, TEXT_SEPARATOR } from './period';
import { readMetrics } from './read';
import { readDetailShopName, readShopName } from './shop-name';
import { readShopRows } from './shop-rows';

export type PageReading = {
  page: PageKind;
  region: string | null;
  shopId: string | null;
  currency: string | null;
  period: { start: string; end: string } | null;
  metrics: Partial<Record<MetricKey, number | null>>;
  missing: MetricKey[];
  /** The shop's name as the Seller Center header shows it (account menu, shop switcher). */
  shopName?: string | null;
  /** List pages (Partner Center shop lists): one entry per shop row; the page's own `metrics` stay empty. */
  shops?: ShopRow[];
};

/** One shop row of a list page. */
export type ShopRow = {
  name: string;
  region: string | null;
  shopId: string | null;
  currency: string | null;
  period: { start: string; end: string } | null;
  metrics: Partial<Record<MetricKey, number | null>>;
};

export type ReadOptions = {
  /** Whether the page's stylesheets show an element (default: the browser's checkVisibility). */
  isShown?: IsShown;
};

export function readPage(root: ParentNode, url: string | URL, options: ReadOptions = {}): PageReading {
  const page = pageKindOf(url);
  const region = regionOf(url);
  const shopId = shopIdOf(url);
  const lists = longLists(region);
  const text = readPageText(root, lists.passOver);
  // The page's whole text, once: its date range and which decimal mark it agrees on.
  const all = normalizeText(text.tokens.map((t) => t.text).join(TEXT_SEPARATOR));
  const decimal = lists.decimal(evidenceIn(all));
  const market = marketRegionOf(url);
  const found = readMetrics(text, { region: market, decimal }, options.isShown ?? isShown);

  // One currency per reading: the first money value's; money in another currency is dropped.
  let currency: string | null = null;
  const raw: Metrics = {};
  for (const f of found) {
    if (METRICS[f.key].unit === 'money' && f.value !== null) {
      if (f.currency && currency && f.currency !== currency) continue;
      currency ??= f.currency;
    }
    raw[f.key] = f.value;
  }
  // Money printed without a marker is in the market's own currency.
  if (currency === null && found.some((f) => METRICS[f.key].unit === 'money' && f.value !== null)) currency = regionCurrency(market);
  // Belt and braces: only values lib/metrics accepts leave the reader.
  const metrics = validMetricsOf(raw);
  const period = pickerPeriod(text.tokens, region) ?? periodIn(all, region) ?? dayPeriod(all, region);
  const shops = readShopRows(root, { region, decimal, period, isShown: options.isShown ?? isShown });
  // A partner's page is no one shop's, unless it is about one shop (not a list of them).
  const shopName = page !== 'partner' ? readShopName(root) : shops.length === 0 ? readDetailShopName(root) : null;
  // A list page's figures are its rows'; no single row (nor a card beside them) is the page's own metric.
  const own = shops.length > 0 ? {} : metrics;
  return {
    page, region, shopId, currency: shops.length > 0 ? null : currency, period, metrics: own, missing: missingMetrics(page, region, own),
    ...(shopName !== null && { shopName }),
    ...(shops.length > 0 && { shops }),
  };
}

export { pageKindOf, regionOf, shopIdOf, surfaceOf, isoRegion, PAGE_RULES } from './pages';
export { parseNumber, type Parsed, type Amount, type NumberContext } from './numbers';
export { matchLabel, LABELS, LOCALES, type Locale } from './labels';
export { findPeriod } from './period';
export { EXPECTED, expectedMetrics, missingMetrics } from './expected';
export { fitMetric } from './fit';
export { isOwnElement } from './dom';
export type { MetricKey, PageKind } from '../metrics';
