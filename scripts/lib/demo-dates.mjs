// The demo's calendar: "today" is the day the demo runs, on the clock of the person running
// it, so the demo pages, their periods and the made-up history all end on that day.

const DAY_MS = 86_400_000;

/** The local calendar day `days` away from `now` (noon, so no DST shift crosses a day). */
export function localDay(now, days = 0) {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, 12);
}

/** A local calendar day as ISO (YYYY-MM-DD). */
export function isoDay(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A day as US Seller Center writes it: "Nov 16, 2026". */
export function sellerCenterDate(date) {
  return date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
}

/** Time since local midnight of `now`, in ms. */
export function sinceMidnight(now) {
  return now.getTime() - new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

export { DAY_MS };
