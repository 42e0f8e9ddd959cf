/**
 * The popup's status cards as data: which metrics get a card, against which
 * threshold, how far from it, and when the forecast says it will be crossed.
 * Pure, so every state is tested without rendering.
 */
import type { MetricKey, Period } from '../metrics';
import type { Warning } from '../rules';

export type Latest = Partial<Record<MetricKey, { value: number | null; at: string }>>;

export type StatusCardModel = {
  metric: MetricKey;
  value: number | null;
  at: string;
  /** The line that matters for this metric (SPS 3.5, 30 orders, next AHR milestone). */
  threshold?: number;
  /** Signed distance to the threshold in the metric's unit (positive = safe side). */
  margin?: number;
  /** Projected crossing date from the rules' forecast. */
  eta?: string;
  severity?: Warning['severity'];
  /** Fixed chart range, so the threshold line sits where it belongs. */
  domain?: [number, number];
  period?: Period | null;
};

export const SPS_MIN = 3.5;
export const ORDERS90_MIN = 30;
/** AHR milestones (US/UK): below each, listings are restricted longer (shared/DOMAIN.md). */
export const AHR_MILESTONES = [150, 100, 50, 0];

/** The highest AHR milestone at or below the value: the next line it could fall through. */
export function nextAhrMilestone(ahr: number): number {
  return AHR_MILESTONES.find((m) => ahr >= m) ?? 0;
}

/** The metrics that get a card, in order. */
export const CARD_ORDER: readonly MetricKey[] = ['sps', 'ordersLast90Days', 'ahr', 'violationPoints', 'gmv'];

function thresholdFor(metric: MetricKey, value: number | null): { threshold?: number; domain?: [number, number] } {
  switch (metric) {
    case 'sps':
      return { threshold: SPS_MIN };
    case 'ordersLast90Days':
      return { threshold: ORDERS90_MIN };
    case 'ahr':
      return { threshold: value === null ? 150 : nextAhrMilestone(value) };
    case 'violationPoints':
      return { threshold: 48 };
    default:
      return {};
  }
}

export function statusCards(latest: Latest, warnings: Warning[], gmvPeriod: Period | null = null): StatusCardModel[] {
  const cards: StatusCardModel[] = [];
  for (const metric of CARD_ORDER) {
    const reading = latest[metric];
    if (!reading) continue;
    const { threshold, domain } = thresholdFor(metric, reading.value);
    const worst = warnings
      .filter((w) => w.metric === metric)
      .sort((a, b) => rank(b.severity) - rank(a.severity))[0];
    const margin =
      threshold === undefined || reading.value === null
        ? undefined
        : metric === 'violationPoints'
          ? threshold - reading.value
          : reading.value - threshold;
    cards.push({
      metric,
      value: reading.value,
      at: reading.at,
      ...(threshold !== undefined && { threshold }),
      ...(margin !== undefined && { margin }),
      ...(domain && { domain }),
      ...(worst?.eta && { eta: worst.eta }),
      ...(worst && { severity: worst.severity }),
      ...(metric === 'gmv' && { period: gmvPeriod }),
    });
  }
  return cards;
}

export function rank(severity: Warning['severity']): number {
  return severity === 'critical' ? 3 : severity === 'warning' ? 2 : 1;
}

/** Warnings for display: most severe first, then soonest eta. */
export function sortWarnings(warnings: Warning[]): Warning[] {
  return [...warnings].sort((a, b) => rank(b.severity) - rank(a.severity) || (a.eta ?? '9999').localeCompare(b.eta ?? '9999'));
}
