/** Number formatting at honest precision (English; the UI re-formats from `params`). */

/** Two decimals, as the SPS is shown: 3.5 → "3.50". */
export const score = (n: number): string => n.toFixed(2);

/** A difference rounded to two decimals, so 3.7 − 3.5 is 0.2 and not 0.20000000000000018. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Trailing zeros dropped: 3.5 → "3.5", 0.12 → "0.12". */
export const plain = (n: number): string => String(round2(n));

export const count = (n: number): string => Math.round(n).toLocaleString('en-US');

export const percent = (ratio: number): string => `${Math.round(ratio * 1000) / 10}%`;

export function money(n: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);
  } catch {
    return `${count(n)} ${currency}`;
  }
}

/** Round to two significant figures, down or up (avoids 0.035 × 10,000 = 350.00000000000006 → 360). */
function sig2(x: number, dir: 'down' | 'up'): number {
  if (!(x > 0)) return 0;
  const p = 10 ** (Math.floor(Math.log10(x)) - 1);
  const q = Math.round((x / p) * 1e6) / 1e6;
  return (dir === 'down' ? Math.floor(q) : Math.ceil(q)) * p;
}

/** A low–high range rounded outward to two significant figures: never false precision. */
export function range(low: number, high: number): { low: number; high: number } {
  return { low: sig2(low, 'down'), high: sig2(Math.max(low, high), 'up') };
}
