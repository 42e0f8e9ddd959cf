/**
 * Channel health (a Ukrainian trade article on TikTok's five traffic channels, docs/programs.md): sales that lean on the product card alone, or
 * short-video sales too erratic to plan stock on.
 */
import { addDays } from './dates';
import { dailyValues, type Reading } from './latest';

export type CardShare = { share: number; cardGmv: number; totalGmv: number; at: string };

/**
 * Product-card share of GMV from the newest reading that shows the card GMV and a total (the
 * reading's `gmv`, or else the sum of the LIVE, video and card splits in that same reading).
 */
export function productCardShare(readings: readonly Reading[]): CardShare | undefined {
  for (let i = readings.length - 1; i >= 0; i--) {
    const m = readings[i]?.metrics;
    if (!m || typeof m.gmvProductCard !== 'number') continue;
    const total =
      typeof m.gmv === 'number' ? m.gmv : (m.gmvLive ?? 0) + (m.gmvVideo ?? 0) + m.gmvProductCard;
    if (total > 0 && m.gmvProductCard <= total)
      return { share: m.gmvProductCard / total, cardGmv: m.gmvProductCard, totalGmv: total, at: readings[i]!.at };
  }
  return undefined;
}

export type VideoVariation = { cv: number; mean: number; days: number; from: string; to: string };

/** Fewest daily values the variation is computed from. */
export const MIN_CV_DAYS = 7;

/**
 * Coefficient of variation (population standard deviation ÷ mean) of daily short-video GMV over
 * the `windowDays` ending on the newest single-day reading. Needs ≥ 7 days and a positive mean.
 */
export function videoVariation(readings: readonly Reading[], windowDays: number): VideoVariation | undefined {
  const daily = dailyValues(readings, 'gmvVideo');
  const days = [...daily.keys()];
  const to = days[days.length - 1];
  if (to === undefined) return undefined;
  const from = addDays(to, -(windowDays - 1));
  const values = days.filter((d) => d >= from).map((d) => daily.get(d) ?? 0);
  if (values.length < MIN_CV_DAYS) return undefined;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  if (!(mean > 0)) return undefined;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
  return { cv: Math.sqrt(variance) / mean, mean, days: values.length, from, to };
}
