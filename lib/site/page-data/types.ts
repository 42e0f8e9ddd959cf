/**
 * What the page's own JSON responses say, as figures in the metric vocabulary
 * (shared/DOMAIN.md "The page's own data"). Only these cross from the page's world to
 * the content script: never a raw body.
 */
import type { Metrics } from '../../metric-defs';

/** The listed endpoints, by what they answer (endpoints.ts has their paths and adapters). */
export const ENDPOINT_IDS = ['sps-overview', 'ahr-score', 'violation-overview', 'shop-metrics', 'shop-stats'] as const;
export type EndpointId = (typeof ENDPOINT_IDS)[number];

export type DayRange = { start: string; end: string };

/**
 * One day of history a response carries: the SPS of a day (`dailyScoreList`, no period)
 * or a day's sales figures (the stats endpoint's `1D` entries, period = that day).
 */
export type DayFigures = { day: string; period: DayRange | null; metrics: Metrics };

export type PageDataFigures = {
  endpoint: EndpointId;
  /** The figures as of now. */
  metrics: Metrics;
  /** The date range the money and count figures cover (inclusive), when the response says. */
  period: DayRange | null;
  /** ISO 4217 of the money figures, when the response says. */
  currency: string | null;
  /** History the response carries, oldest first, one entry a day. */
  days: DayFigures[];
};

/** What the page's world hands to the content script: the figures and the page they were seen on. */
export type PageDataMessage = { href: string; figures: PageDataFigures };
