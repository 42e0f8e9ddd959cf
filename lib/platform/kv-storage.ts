/** KeyValue over browser.storage.local: survives worker restarts and browser restarts. */
import { browser } from 'wxt/browser';
import type { KeyValue } from '../worker/kv';

export const storageKeyValue: KeyValue = {
  async get<T>(key: string) {
    return (await browser.storage.local.get(key))[key] as T | undefined;
  },
  async getMany<T>(keys: readonly string[]) {
    return (await browser.storage.local.get([...keys])) as Record<string, T | undefined>;
  },
  set: (key, value) => browser.storage.local.set({ [key]: value }),
  remove: (key) => browser.storage.local.remove(key),
  async removePrefix(prefix) {
    const keys = Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith(prefix));
    if (keys.length) await browser.storage.local.remove(keys);
  },
};
