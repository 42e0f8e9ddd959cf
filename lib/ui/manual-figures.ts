/**
 * Figures typed by hand, one text per metric, as the seller would write them: `3,62` or
 * `3.62` for a score, `1.25` (percent) for a rate, `1,234` for a count. Pure, so the popup,
 * the sample page and their tests share one set of rules.
 */
import { METRICS, isValidMetricValue, type MetricKey, type Metrics } from '../metric-defs';

export type ManualProblem = {
  key: 'manual.invalidSps' | 'manual.invalidOrders' | 'manual.invalidCount' | 'manual.invalidRatio' | 'manual.invalidMoney' | 'manual.invalidPoints' | 'manual.empty';
  params?: { metric: MetricKey; min?: number; max?: number };
};

/** The metrics the form offers when nothing says which were missed. */
export const DEFAULT_MANUAL_METRICS: readonly MetricKey[] = ['sps', 'ordersLast90Days'];

const decimal = (text: string) => Number(text.trim().replace(/\s/g, '').replace(',', '.'));
/** A whole number, thousands grouped or not (`1,234`, `1.234`, `1 234`); `4.5` is no whole number, not 45. */
const whole = (text: string) => {
  const t = text.trim();
  return /^\d{1,13}$/.test(t) || /^\d{1,3}(?:([,.'’\s])\d{3})(?:\1\d{3})*$/.test(t) ? Number(t.replace(/\D/g, '')) : NaN;
};

/** One metric's text → its value, or what is wrong with it. */
function parseOne(key: MetricKey, text: string): number | ManualProblem {
  const { unit, min, max } = METRICS[key];
  const metric = { metric: key };
  let value: number;
  switch (unit) {
    case 'score':
      value = Math.round(decimal(text) * 100) / 100;
      return isValidMetricValue(key, value) ? value : { key: 'manual.invalidSps', params: metric };
    case 'ratio':
      value = Number((decimal(text) / 100).toFixed(6));
      return isValidMetricValue(key, value) ? value : { key: 'manual.invalidRatio', params: metric };
    case 'money':
      value = Math.round(decimal(text) * 100) / 100;
      return isValidMetricValue(key, value) ? value : { key: 'manual.invalidMoney', params: metric };
    case 'count':
      value = whole(text);
      if (isValidMetricValue(key, value)) return value;
      return { key: key === 'ordersLast90Days' ? 'manual.invalidOrders' : 'manual.invalidCount', params: metric };
    case 'points':
      value = whole(text);
      return isValidMetricValue(key, value) && Number.isInteger(value) ? value : { key: 'manual.invalidPoints', params: { ...metric, min, max } };
  }
}

/**
 * The form's texts → metrics. Empty fields are left out; `noScore` stores the SPS as "no
 * score yet" (null), never as 0. Nothing entered at all is a problem too.
 */
export function parseManualFigures(texts: Partial<Record<MetricKey, string>>, noScore = false): Metrics | ManualProblem {
  const metrics: Metrics = {};
  if (noScore) metrics.sps = null;
  for (const [key, text] of Object.entries(texts) as Array<[MetricKey, string]>) {
    if ((key === 'sps' && noScore) || !text || text.trim() === '') continue;
    const value = parseOne(key, text);
    if (typeof value !== 'number') return value;
    metrics[key] = value;
  }
  return Object.keys(metrics).length === 0 ? { key: 'manual.empty' } : metrics;
}

export function isManualProblem(x: Metrics | ManualProblem): x is ManualProblem {
  return typeof (x as ManualProblem).key === 'string' && (x as ManualProblem).key.startsWith('manual.');
}
