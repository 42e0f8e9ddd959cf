/**
 * Everything the page-world script does: observe the listed responses, turn each into
 * figures, and hand the figures (never a body) to the content script.
 */
import { pageDataSender, type ChannelWorld } from './channel';
import { endpointOf } from './endpoints';
import { readPageData } from './index';
import { observeResponses, type ObserveWorld } from './observe';

export function observePageData(win: ObserveWorld & ChannelWorld): void {
  const send = pageDataSender(win);
  observeResponses(win, {
    wanted: (url, method) => endpointOf(url, method) !== undefined,
    seen: (url, method, body) => {
      const figures = readPageData(url, method, body);
      if (figures) send({ href: win.location.href, figures });
    },
  });
}
