/**
 * What the background does for each message. Takes its world (history, clock) as
 * parameters so it is tested without a browser; entrypoints/background.ts wires it.
 */
import type { Routes } from '../messaging/handler';
import type { CapturedReading } from '../messaging/protocol';
import { shopKeyOf, type NewReading } from '../history';
import type { HistoryHandle } from './history-handle';
import { shopStatus, shopSummaries } from './status';

export type WorkerDeps = {
  history: HistoryHandle;
  now: () => string;
  /** Called after a reading was stored (notifications, badge). */
  afterStore?: (shopKey: string) => Promise<void>;
  /** Called when a Seller Center page of a known kind showed none of its metrics. */
  onUnreadable?: (shopKey: string, reading: CapturedReading, at: string) => Promise<void>;
};

export function toNewReading(reading: CapturedReading, capturedAt: string): NewReading {
  return {
    shop: { region: reading.region, shopId: reading.shopId },
    capturedAt,
    page: reading.page,
    path: reading.path,
    period: reading.period,
    currency: reading.currency,
    metrics: reading.metrics,
    source: 'page',
  };
}

export function createRoutes(deps: WorkerDeps): Routes {
  return {
    async 'reading/captured'({ reading }) {
      if (Object.keys(reading.metrics).length === 0) return { status: 'empty' as const };
      const history = await deps.history.get();
      const result = await history.addReading(toNewReading(reading, deps.now()));
      if (result.status === 'stored') await deps.afterStore?.(shopKeyOf(reading));
      return result;
    },
    async 'page/unreadable'({ reading }) {
      await deps.onUnreadable?.(shopKeyOf(reading), reading, deps.now());
      return { status: 'noted' as const };
    },
    async 'shops/list'() {
      return shopSummaries(await deps.history.get());
    },
    async 'shop/status'({ shopKey }) {
      return shopStatus(await deps.history.get(), shopKey, deps.now());
    },
  };
}
