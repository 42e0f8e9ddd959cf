/** Preferences in `browser.storage.local`, parsed on every read (never trusted raw). */
import { browser } from 'wxt/browser';
import { parsePrefs, type Prefs } from '../prefs/schema';

const KEY = 'prefs';

export async function loadPrefs(): Promise<Prefs> {
  const stored = await browser.storage.local.get(KEY);
  return parsePrefs(stored[KEY]);
}

/** Saves a change; returns the prefs as stored (invalid parts fall back to defaults). */
export async function savePrefs(change: Partial<Prefs>): Promise<Prefs> {
  const next = parsePrefs({ ...(await loadPrefs()), ...change });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function onPrefsChanged(listener: (prefs: Prefs) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[KEY]) listener(parsePrefs(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
