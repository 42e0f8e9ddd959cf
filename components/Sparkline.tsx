/**
 * A small line chart of one metric's history with its threshold drawn as a dashed
 * line: a picture of "where am I heading", not a table of numbers.
 */
export type SparkPoint = { day: string; value: number | null };

export type SparklineProps = {
  points: SparkPoint[];
  threshold?: number;
  /** Fixed value range (e.g. 0–5 for SPS) so the threshold sits where it belongs. */
  domain?: [number, number];
  label: string;
  width?: number;
  height?: number;
};

export function Sparkline({ points, threshold, domain, label, width = 160, height = 40 }: SparklineProps) {
  const known = points.filter((p): p is { day: string; value: number } => p.value !== null);
  if (known.length < 2) return null;
  const values = known.map((p) => p.value);
  if (threshold !== undefined) values.push(threshold);
  const lo = domain?.[0] ?? Math.min(...values);
  const hi = domain?.[1] ?? Math.max(...values);
  const span = hi - lo || 1;
  const first = Date.parse(known[0]!.day);
  const days = (Date.parse(known[known.length - 1]!.day) - first) / 86_400_000 || 1;
  const pad = 3;
  const x = (day: string) => pad + ((Date.parse(day) - first) / 86_400_000 / days) * (width - 2 * pad);
  const y = (v: number) => pad + (1 - (v - lo) / span) * (height - 2 * pad);
  const line = known.map((p) => `${x(p.day).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const last = known[known.length - 1]!;
  return (
    <svg class="sparkline" role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      {threshold !== undefined && (
        <line class="threshold" x1={0} x2={width} y1={y(threshold)} y2={y(threshold)} stroke="#cf222e" stroke-dasharray="4 3" stroke-width={1} />
      )}
      <polyline points={line} fill="none" stroke="#0969da" stroke-width={1.8} stroke-linejoin="round" />
      <circle cx={x(last.day)} cy={y(last.value)} r={2.6} fill="#0969da" />
    </svg>
  );
}
