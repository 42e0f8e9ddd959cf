/**
 * The content script's memory of page data: the latest figures of each endpoint and the
 * page each was seen on. A reading merges the ones that belong to the page on screen.
 */
import { isSamePage } from './same-page';
import type { EndpointId, PageDataFigures, PageDataMessage } from './types';

export type PageDataStore = {
  /**
   * Keeps a message; false when it says nothing new (the same figures seen on the same page).
   * `print` identifies its content (the text it came as; by default its JSON).
   */
  add(msg: PageDataMessage, print?: string): boolean;
  /** Figures seen on the page at `href`, in the order they arrived. */
  forPage(href: string): PageDataFigures[];
};

export function pageDataStore(): PageDataStore {
  const latest = new Map<EndpointId, { msg: PageDataMessage; print: string }>();
  return {
    add(msg, print = JSON.stringify(msg)) {
      const old = latest.get(msg.figures.endpoint);
      if (old?.print === print) return false;
      latest.delete(msg.figures.endpoint); // re-inserted last: Map order is arrival order
      latest.set(msg.figures.endpoint, { msg, print });
      return true;
    },
    forPage(href) {
      return [...latest.values()].filter((e) => isSamePage(e.msg.href, href)).map((e) => e.msg.figures);
    },
  };
}
