/** The panel's buttons for a page Shop Pulse missed: open the page-sample page for that tab (issue 16). */
import type { Routes } from '../messaging/handler';
import { samplePagePath } from '../sample/page-url';
import type { WorkerDeps } from './deps';

export function sampleRoutes(deps: WorkerDeps): Pick<Routes, 'sample/open'> {
  return {
    async 'sample/open'({ section }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('A page sample is taken of a Seller Center tab.');
      if (!deps.openTab) throw new Error('This browser cannot open the page-sample page.');
      await deps.openTab(samplePagePath(tabId, section), tabId);
      return { status: 'opened' as const };
    },
  };
}
