/** KeyValue over browser.storage.local: survives worker restarts and browser restarts. */
import { browser } from 'wxt/browser';
import type { KeyValue } from '../worker/kv';

export const storageKeyValue: KeyValue = {
  async get<T>(key: string) {
    return (await browser.storage.local.get(key))[key] as T | undefined;
  },
  async getPrefix<T>(prefix: string) {
    const all = await browser.storage.local.get(null);
    return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith(prefix))) as Record<string, T>;
  },
  set: (key, value) => browser.storage.local.set({ [key]: value }),
  remove: (key) => browser.storage.local.remove(key),
  async removePrefix(prefix) {
    const keys = Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith(prefix));
    if (keys.length) await browser.storage.local.remove(keys);
  },
};
