/**
 * The worker's one connection to the history, opened on first use. When another
 * version of the database wants in (an update while a popup is open) the connection
 * is closed and forgotten, so the next call reopens it at the new version.
 */
import type { History } from '../history';

export type HistoryHandle = { get(): Promise<History> };

export function historyHandle(open: (onVersionChange: () => void) => Promise<History>): HistoryHandle {
  let current: Promise<History> | null = null;
  const forget = () => {
    current = null;
  };
  return {
    get() {
      if (!current) {
        const opening = open(forget);
        current = opening;
        // A failed open must not stick: the next call tries again.
        opening.catch(() => {
          if (current === opening) current = null;
        });
      }
      return current;
    },
  };
}
