// Small statistics for a shared, noisy machine: medians of several runs, ratios of medians.
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const fmtMs = (ms) => (ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`);
export const ratio = (a, b) => (b > 0 ? a / b : Infinity);
export const fmtX = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '∞');
