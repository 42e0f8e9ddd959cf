/** The page-data channel's routes (issue 13): history from the page's responses, and the label checks. */
import { shopKeyOf } from '../history';
import type { Routes } from '../messaging/handler';
import { backfillReadings } from './backfill';
import type { WorkerDeps } from './deps';
import { listPageDataChecks } from './page-data-checks';

type PageDataRoutes = Pick<Routes, 'reading/backfill' | 'page-data/checks'>;

export function pageDataRoutes(deps: WorkerDeps): PageDataRoutes {
  return {
    async 'reading/backfill'(msg) {
      const readings = backfillReadings(msg, deps.now());
      if (readings.length === 0) return { stored: 0, skipped: msg.days.length };
      const result = await (await deps.history.get()).backfill(readings);
      if (result.stored > 0) await deps.afterChange?.(shopKeyOf(msg.shop));
      return { stored: result.stored, skipped: result.skipped + msg.days.length - readings.length };
    },
    async 'page-data/checks'() {
      return listPageDataChecks(deps.kv);
    },
  };
}
