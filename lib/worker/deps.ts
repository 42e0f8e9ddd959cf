/** Everything the background's routes need from the world, passed in (tests pass fakes). */
import type { Prefs } from '../prefs/schema';
import type { HistoryHandle } from './history-handle';
import type { KeyValue } from './kv';

export type WorkerDeps = {
  history: HistoryHandle;
  now: () => Date;
  kv: KeyValue;
  prefs: { load(): Promise<Prefs>; save(change: Partial<Prefs>): Promise<Prefs> };
  /** After readings changed for a shop, or several at once (a list page), or all (no key): notifications, badge. */
  afterChange?: (shopKeys?: string | readonly string[]) => Promise<void>;
  /** Opens one of our pages in a new tab next to `openerTabId` (the page sample, issue 16). */
  openTab?: (path: string, openerTabId?: number) => Promise<void>;
};
