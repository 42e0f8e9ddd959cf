/**
 * A promise's outcome as state, for data asked for before the component existed (the popup's
 * first view, requested while the page still loads its language). It subscribes in a layout
 * effect: Preact runs plain effects after the next paint, so a promise already settled would
 * show "Loading…" for a frame first.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { AsyncState } from '../useAsync';

export function useSettled<T>(promise: Promise<T>): AsyncState<T> {
  const [settled, setSettled] = useState<{ promise: Promise<T>; state: AsyncState<T> } | null>(null);
  useLayoutEffect(() => {
    let live = true;
    promise.then(
      (data) => live && setSettled({ promise, state: { status: 'ready', data } }),
      (err: unknown) => live && setSettled({ promise, state: { status: 'error', error: err instanceof Error ? err.message : String(err) } }),
    );
    return () => {
      live = false;
    };
  }, [promise]);
  return settled?.promise === promise ? settled.state : { status: 'loading' };
}
