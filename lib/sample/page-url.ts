/**
 * Where the extension's "page sample" page lives and how it is told which tab to sample:
 * `/sample.html?tab=12` (`#manual` opens it at the manual-entry form). Without a tab it
 * lists the open Seller Center tabs to choose from.
 */
export type SampleSection = 'sample' | 'manual';

export function samplePagePath(tabId: number | null, section: SampleSection = 'sample'): string {
  return `/sample.html${tabId === null ? '' : `?tab=${tabId}`}${section === 'manual' ? '#manual' : ''}`;
}

/** The tab a sample page was opened for, or null. */
export function sampledTabOf(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  const id = raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(id) ? id : null;
}
