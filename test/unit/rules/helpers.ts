import type { Metrics } from '../../../lib/metrics';
import type { InputReading } from '../../../lib/rules/latest';

/** "Today" in every scenario: 2026-11-23, midday UTC. */
export const NOW = '2026-11-23T12:00:00Z';

/** A reading captured at noon UTC on `day`, optionally for a period. */
export function r(day: string, metrics: Metrics, period?: [string, string]): InputReading {
  return { at: `${day}T12:00:00Z`, metrics, ...(period ? { period: { start: period[0], end: period[1] } } : {}) };
}

/** Single-day readings (period = that day) of one metric. */
export function daily(key: keyof Metrics, values: Array<[string, number]>): InputReading[] {
  return values.map(([d, v]) => r(d, { [key]: v }, [d, d]));
}
