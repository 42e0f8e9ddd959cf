/**
 * Content-script side: wait for Seller Center to settle, read, and send a reading only
 * when it changed. One MutationObserver on `root`; a trailing debounce with a max wait
 * (a page that never stops mutating is still read every maxWait); mutations inside our
 * own overlay are ignored. `refresh()` on in-app navigation; `stop()` on invalidation.
 */
import type { PageReading } from './index';
import { isOwnElement, parentOf } from './dom';

export type PageWatch = { refresh(): void; stop(): void };

type Timers = { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout };

export type WatchOptions = {
  root: Node;
  read: () => PageReading;
  onReading: (r: PageReading) => void;
  onUnreadable: (r: PageReading) => void;
  isOwnNode?: (n: Node) => boolean;
  debounceMs?: number;
  settleTimeoutMs?: number;
  /** Longest a constantly mutating page waits for a read. */
  maxWaitMs?: number;
  timers?: Timers;
};

/** Inside `<shop-pulse-overlay>` or `[data-shop-pulse]`, across shadow roots. */
export function isInsideOverlay(node: Node): boolean {
  for (let el: Element | null = node.nodeType === 1 ? (node as Element) : parentOf(node); el; el = parentOf(el)) {
    if (isOwnElement(el)) return true;
  }
  return false;
}

/** Stable text of a reading, for "did it change?" (a list's next page of rows is a change). */
function fingerprint(r: PageReading): string {
  const metrics = Object.entries(r.metrics).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([r.page, r.region, r.shopId, r.currency, r.period, metrics, r.shopName ?? null, r.shops ?? null]);
}

/** Does a reading show anything worth sending: the page's figures, or a list's rows? */
const hasContent = (r: PageReading) => Object.keys(r.metrics).length > 0 || (r.shops?.length ?? 0) > 0;

const isInvalidated = (err: unknown) => /context invalidated/i.test(String((err as Error | undefined)?.message ?? err));

export function watchPage(opts: WatchOptions): PageWatch {
  const { root, read, onReading, onUnreadable } = opts;
  const isOwn = opts.isOwnNode ?? isInsideOverlay;
  const debounceMs = opts.debounceMs ?? 400;
  const settleMs = opts.settleTimeoutMs ?? 10_000;
  const maxWaitMs = Math.max(opts.maxWaitMs ?? 2000, debounceMs);
  const timers: Timers = opts.timers ?? {
    // Bound: called as methods of this object, the bare functions throw "Illegal invocation" in Chrome.
    setTimeout: globalThis.setTimeout.bind(globalThis),
    clearTimeout: globalThis.clearTimeout.bind(globalThis),
  };

  let stopped = false;
  let lastSent: string | null = null;
  let sentThisUrl = false;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let maxWait: ReturnType<typeof setTimeout> | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const clear = (t: ReturnType<typeof setTimeout> | undefined) => {
    if (t !== undefined) timers.clearTimeout(t);
  };

  const guarded = (fn: () => void) => {
    if (stopped) return;
    try {
      fn();
    } catch (err) {
      if (isInvalidated(err)) stop();
    }
  };

  const readNow = () =>
    guarded(() => {
      clear(debounce);
      clear(maxWait);
      debounce = maxWait = undefined;
      const reading = read();
      if (!hasContent(reading)) return;
      const print = fingerprint(reading);
      if (print === lastSent) return;
      lastSent = print;
      sentThisUrl = true;
      onReading(reading);
    });

  const schedule = () => {
    if (stopped) return;
    clear(debounce);
    debounce = timers.setTimeout(readNow, debounceMs);
    maxWait ??= timers.setTimeout(readNow, maxWaitMs);
  };

  const startSettleTimer = () => {
    clear(settle);
    settle = timers.setTimeout(
      () =>
        guarded(() => {
          settle = undefined;
          if (sentThisUrl) return;
          const reading = read();
          if (hasContent(reading)) return readNow();
          if (reading.page !== 'unknown') onUnreadable(reading);
        }),
      settleMs,
    );
  };

  const ownRecord = (m: MutationRecord) => {
    if (isOwn(m.target)) return true;
    if (m.type !== 'childList') return false;
    const nodes = [...Array.from(m.addedNodes), ...Array.from(m.removedNodes)];
    return nodes.length > 0 && nodes.every(isOwn);
  };

  const observer = new MutationObserver((records) => {
    if (records.some((m) => !ownRecord(m))) schedule();
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'style', 'aria-hidden', 'value'],
  });

  function stop() {
    stopped = true;
    observer.disconnect();
    clear(debounce);
    clear(maxWait);
    clear(settle);
    debounce = maxWait = settle = undefined;
  }

  schedule();
  startSettleTimer();

  return {
    refresh() {
      if (stopped) return;
      lastSent = null;
      sentThisUrl = false;
      schedule();
      startSettleTimer();
    },
    stop,
  };
}
