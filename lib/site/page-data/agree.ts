/**
 * Do the label reader and the page's data agree? A label shows a rounded figure (`1.2K`,
 * `5.23%`, `$48.35`), so the two agree when the data's value rounds to what the label
 * showed: within half a step of the label's last shown digit. Anything further apart is a
 * disagreement worth a look (it tells where the label reader is wrong).
 */
import { METRICS, type MetricKey, type Metrics } from '../../metric-defs';

/** The place value of the last digit a label showed for `shown` (1.2K → 100, 3.62 → 0.01, 58,747 → 1). */
export function displayStep(shown: number): number {
  // 12 significant digits undo binary noise (0.052300000000000006 → 0.0523).
  const [mantissa = '0', exponent = '0'] = String(Number(Math.abs(shown).toPrecision(12))).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const decimals = fraction.length - Number(exponent);
  if (decimals > 0) return 10 ** -decimals;
  const zeros = whole === '0' ? 0 : whole.length - whole.replace(/0+$/, '').length;
  return 10 ** (zeros - decimals);
}

export function agreesWithinRounding(metric: MetricKey, label: number | null, data: number | null): boolean {
  if (label === null || data === null) return label === data;
  // Ratios were shown as percentages: their last digit is a digit of the percentage.
  const scale = METRICS[metric].unit === 'ratio' ? 100 : 1;
  const step = displayStep(label * scale) / scale;
  return Math.abs(label - data) <= step / 2 + 1e-9 * Math.max(1, Math.abs(data));
}

export type Disagreement = { metric: MetricKey; label: number | null; data: number | null };

/** The metrics where what the labels showed and what the data said (and was kept) differ beyond rounding. */
export function disagreementsOf(labels: Metrics, data: Metrics): Disagreement[] {
  const out: Disagreement[] = [];
  for (const [metric, label] of Object.entries(labels) as Array<[MetricKey, number | null]>) {
    const value = data[metric];
    if (value !== undefined && !agreesWithinRounding(metric, label, value)) out.push({ metric, label, data: value });
  }
  return out;
}
