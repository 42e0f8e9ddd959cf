/**
 * The options page's preferences: loaded once from the background, changed locally at once
 * (so the page reacts immediately) and saved after a short pause, all pending changes in one
 * `prefs/set`. Tells the page whether the last save worked.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../lib/messaging/client';
import type { Prefs } from '../../lib/prefs/schema';
import type { RulesOverride } from './rules-override';

export type LoadState = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; prefs: Prefs };
export type SaveState = { kind: 'idle' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; error: string };

export type PrefsApi = {
  prefs: Prefs;
  /** A change, or a function of the latest prefs (for edits made before the page re-renders). */
  update: (change: Partial<Prefs> | ((prefs: Prefs) => Partial<Prefs>)) => void;
  updateRules: (edit: (rules: RulesOverride) => RulesOverride) => void;
};

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function usePrefs(delayMs: number) {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const current = useRef<Prefs | null>(null);
  const pending = useRef<Partial<Prefs>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    send<Prefs>({ type: 'prefs/get' }).then(
      (prefs) => {
        if (!live) return;
        current.current = prefs;
        setLoad({ status: 'ready', prefs });
      },
      (err: unknown) => live && setLoad({ status: 'error', error: message(err) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const change = pending.current;
    if (Object.keys(change).length === 0) return;
    pending.current = {};
    setSave({ kind: 'saving' });
    try {
      const saved = await send<Prefs>({ type: 'prefs/set', change });
      // Adopt what was stored unless the user changed more meanwhile.
      if (Object.keys(pending.current).length === 0 && timer.current === undefined) {
        current.current = saved;
        setLoad({ status: 'ready', prefs: saved });
      }
      setSave({ kind: 'saved' });
    } catch (err) {
      pending.current = { ...change, ...pending.current };
      setSave({ kind: 'error', error: message(err) });
    }
  }, []);

  const update = useCallback(
    (edit: Partial<Prefs> | ((prefs: Prefs) => Partial<Prefs>)) => {
      if (!current.current) return;
      const change = typeof edit === 'function' ? edit(current.current) : edit;
      const next = { ...current.current, ...change };
      current.current = next;
      setLoad({ status: 'ready', prefs: next });
      pending.current = { ...pending.current, ...change };
      setSave({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  const updateRules = useCallback(
    (edit: (rules: RulesOverride) => RulesOverride) => {
      update((prefs) => ({ rules: edit(prefs.rules) }));
    },
    [update],
  );

  // Leaving the page within the pause still saves.
  useEffect(() => {
    const onHide = () => void flush();
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      clearTimeout(timer.current);
    };
  }, [flush]);

  return { load, save, update, updateRules, retrySave: flush, reload: () => setAttempt((n) => n + 1) };
}
