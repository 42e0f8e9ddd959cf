/** The views the popup and overlay ask for, assembled from the history and the rules. */
import { shopKeyOf, type History, type ShopRecord, type ShopRef, type StoredReading } from '../history';
import { coreMessages, type CoreMessageKey } from '../i18n';
import type { Period } from '../metrics';
import { uiLocale } from '../platform/locale';
import type { Prefs } from '../prefs/schema';
import type { Assessment, Warning } from '../rules';
import { CARD_ORDER, sortWarnings } from '../ui/cards';
import { worstOf, type BadgeSeverity } from '../ui/severity';
import { assessReadings, readingsForRules } from './assess-shop';
import type { KeyValue } from './kv';
import { listUnreadable, type UnreadableReport } from './unreadable';

export type LatestMetrics = Awaited<ReturnType<History['latest']>>;
export type ShopSummary = { shop: ShopRecord; latest: LatestMetrics };
/** The shops (most recently seen first) and the "could not read" reports; figures come with a shop's status. */
export type ShopList = { shops: ShopRecord[]; unreadable: UnreadableReport[] };
export type SeriesPoint = { day: string; value: number | null; at: string };
/** What the cards, warnings and programs need (`latest`: the card metrics); the other charts come apart (charts.ts). */
export type ShopStatus = ShopSummary & {
  /** GMV per day, from the readings the rules read anyway (see dailyGmv). */
  gmvDaily: SeriesPoint[];
  assessment: Assessment;
  gmvPeriod: Period | null;
  unreadable: UnreadableReport[];
};
export type OverlayStatus = {
  shopKey: string;
  latest: LatestMetrics;
  warnings: Warning[];
  worst: BadgeSeverity;
  currency: string | null;
  /** The user's UI language, since the content script may not read preferences itself. */
  language: Prefs['language'];
  /**
   * The panel's strings in that language (BCP 47 tag for Intl, en.ts templates), so the
   * content script carries no locale tables. Absent: English.
   */
  ui?: { locale: string; messages: Record<CoreMessageKey, string> };
};

export async function shopList(history: History, kv: KeyValue): Promise<ShopList> {
  return { shops: await history.shops(), unreadable: await listUnreadable(kv) };
}

export async function shopStatus(history: History, kv: KeyValue, shopKey: string, prefs: Prefs, now: string): Promise<ShopStatus | null> {
  const [shops, unreadable] = await Promise.all([history.shops(), listUnreadable(kv)]);
  const shop = shops.find((s) => s.key === shopKey);
  return shop ? statusOf(history, shop, unreadable, prefs, now, shops.length) : null;
}

/**
 * One shop's status; its two reads are independent, so both start at once. "Latest" is read
 * for the metrics that get a card only: nothing in the popup shows the others.
 */
export async function statusOf(history: History, shop: ShopRecord, unreadable: UnreadableReport[], prefs: Prefs, now: string, sellers?: number): Promise<ShopStatus> {
  const [latest, readings] = await Promise.all([history.latest(shop.key, CARD_ORDER), readingsForRules(history, shop, prefs, now)]);
  const gmvReading = latest.gmv && readings.find((r) => r.id === latest.gmv?.readingId);
  return {
    shop,
    latest,
    gmvDaily: dailyGmv(readings),
    assessment: assessReadings(shop, readings, prefs, now, sellers === undefined ? undefined : { sellers }),
    gmvPeriod: gmvReading ? gmvReading.period : null,
    unreadable: unreadable.filter((r) => r.shopKey === shop.key),
  };
}

/**
 * GMV per day, from readings whose period is one day. Readings of a week or a month
 * are other quantities and would make a chart of spikes, so they are left out.
 */
export function dailyGmv(readings: StoredReading[]): SeriesPoint[] {
  const byDay = new Map<string, SeriesPoint>();
  for (const r of readings) {
    const gmv = r.metrics.gmv;
    if (gmv === undefined || !r.period || r.period.start !== r.period.end) continue;
    const known = byDay.get(r.period.start);
    if (!known || known.at < r.capturedAt) byDay.set(r.period.start, { day: r.period.start, value: gmv, at: r.capturedAt });
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1)); // ISO days: text order is time order
}

/** The overlay's one line: the shop's headline numbers and its top warnings. */
export async function overlayStatus(history: History, ref: ShopRef, prefs: Prefs, now: string): Promise<OverlayStatus> {
  const key = shopKeyOf(ref);
  const shops = await history.shops();
  const shop = shops.find((s) => s.key === key);
  const ui = uiLocale(prefs.language);
  // A shop not read yet still gets the panel's strings: its page may need "could not read it".
  if (!shop) {
    return { shopKey: key, latest: {}, warnings: [], worst: 'none', currency: null, language: prefs.language, ui: { locale: ui.intl, messages: coreMessages(ui.locale) } };
  }
  const [latest, readings] = await Promise.all([history.latest(key), readingsForRules(history, shop, prefs, now)]);
  const warnings = sortWarnings(assessReadings(shop, readings, prefs, now, { sellers: shops.length }).warnings);
  return {
    shopKey: key,
    latest,
    warnings: warnings.slice(0, 5),
    worst: worstOf(warnings.map((w) => w.severity)),
    currency: shop.currency,
    language: prefs.language,
    ui: { locale: ui.intl, messages: coreMessages(ui.locale) },
  };
}
