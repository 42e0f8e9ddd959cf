import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReading } from '../../../lib/site';
import { isInsideOverlay, watchPage } from '../../../lib/site/watch';

const reading = (metrics: PageReading['metrics'], page: PageReading['page'] = 'analytics'): PageReading => ({
  page, region: 'US', shopId: '1', currency: 'USD', period: null, metrics, missing: [],
});

/** Let happy-dom deliver MutationObserver records, then run due timers. */
const flush = async (ms = 0) => {
  await Promise.resolve();
  await new Promise((r) => queueMicrotask(() => r(null)));
  vi.advanceTimersByTime(ms);
};

describe('watchPage', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers();
    root = document.createElement('div');
    document.body.replaceChildren(root);
  });
  afterEach(() => vi.useRealTimers());

  const start = (read: () => PageReading, extra: Partial<Parameters<typeof watchPage>[0]> = {}) => {
    const onReading = vi.fn();
    const onUnreadable = vi.fn();
    const w = watchPage({ root, read, onReading, onUnreadable, timers: { setTimeout, clearTimeout }, ...extra });
    return { w, onReading, onUnreadable };
  };

  it('reads once after the debounce and sends only readings that changed', async () => {
    let current = reading({ gmv: 1 });
    const read = vi.fn(() => current);
    const { w, onReading } = start(read);
    await flush(399);
    expect(read).not.toHaveBeenCalled();
    await flush(1);
    expect(onReading).toHaveBeenCalledTimes(1);
    root.append(document.createElement('p'));
    await flush(400);
    expect(read).toHaveBeenCalledTimes(2);
    expect(onReading).toHaveBeenCalledTimes(1); // same reading: not sent again
    current = reading({ gmv: 2 });
    root.append(document.createElement('p'));
    await flush(400);
    expect(onReading).toHaveBeenCalledTimes(2);
    expect(onReading).toHaveBeenLastCalledWith(current);
    w.stop();
  });

  it('reads at most once per debounce window in a mutation storm, and at least every maxWait', async () => {
    const read = vi.fn(() => reading({ orders: read.mock.calls.length }));
    const { w } = start(read);
    await flush(400);
    read.mockClear();
    for (let i = 0; i < 50; i++) {
      root.append(document.createElement('span'));
      await flush(100); // never 400 ms quiet
    }
    // 5 s of constant mutation: trailing debounce never fires, max wait (2 s) does.
    expect(read.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(read.mock.calls.length).toBeLessThanOrEqual(3);
    w.stop();
  });

  it('ignores mutations inside our own overlay', async () => {
    const overlay = document.createElement('shop-pulse-overlay');
    const marked = document.createElement('div');
    marked.setAttribute('data-shop-pulse', '');
    root.append(overlay, marked);
    const read = vi.fn(() => reading({ gmv: 1 }));
    const { w } = start(read);
    await flush(2500);
    read.mockClear();
    for (let i = 0; i < 10; i++) {
      overlay.append(document.createElement('b'));
      marked.textContent = `x${i}`;
      root.append(Object.assign(document.createElement('shop-pulse-overlay'), {}));
      await flush(100);
    }
    await flush(3000);
    expect(read).not.toHaveBeenCalled();
    expect(isInsideOverlay(marked.firstChild!)).toBe(true);
    w.stop();
  });

  it('reports an unreadable known page once per URL after the settle timeout', async () => {
    const read = vi.fn(() => reading({}));
    const { w, onReading, onUnreadable } = start(read, { settleTimeoutMs: 5000 });
    await flush(5000);
    expect(onUnreadable).toHaveBeenCalledTimes(1);
    root.append(document.createElement('p'));
    await flush(10000);
    expect(onUnreadable).toHaveBeenCalledTimes(1);
    expect(onReading).not.toHaveBeenCalled();
    w.refresh();
    await flush(5000);
    expect(onUnreadable).toHaveBeenCalledTimes(2);
    w.stop();
  });

  it('never reports unknown pages as unreadable', async () => {
    const { w, onUnreadable } = start(() => reading({}, 'unknown'), { settleTimeoutMs: 1000 });
    await flush(2000);
    expect(onUnreadable).not.toHaveBeenCalled();
    w.stop();
  });

  it('re-sends after refresh() even when the reading is the same', async () => {
    const { w, onReading } = start(() => reading({ gmv: 1 }));
    await flush(400);
    w.refresh();
    await flush(400);
    expect(onReading).toHaveBeenCalledTimes(2);
    w.stop();
  });

  it('stops: no reads after stop(), and on an invalidated extension context', async () => {
    const read = vi.fn(() => reading({ gmv: read.mock.calls.length }));
    const onReading = vi.fn(() => {
      throw new Error('Extension context invalidated.');
    });
    watchPage({ root, read, onReading, onUnreadable: vi.fn(), timers: { setTimeout, clearTimeout } });
    await flush(400);
    expect(onReading).toHaveBeenCalledTimes(1);
    root.append(document.createElement('p'));
    await flush(3000);
    expect(read).toHaveBeenCalledTimes(1);

    const { w, onReading: sent } = start(() => reading({ gmv: 5 }));
    w.stop();
    root.append(document.createElement('p'));
    await flush(20000);
    expect(sent).not.toHaveBeenCalled();
  });
});
