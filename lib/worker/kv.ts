/** The small key-value store the worker keeps state in (browser.storage.local in production). */
export type KeyValue = {
  get<T>(key: string): Promise<T | undefined>;
  /** Every key that starts with `prefix`, in one read (the dashboard asks for all shops' `check:` states at once). */
  getPrefix<T>(prefix: string): Promise<Record<string, T>>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** Removes every key that starts with `prefix` (e.g. all shops' `check:` state). */
  removePrefix(prefix: string): Promise<void>;
};

/** For tests and for code that wants no persistence. */
export function memoryKeyValue(): KeyValue {
  const map = new Map<string, unknown>();
  return {
    get: async <T,>(key: string) => map.get(key) as T | undefined,
    getPrefix: async <T,>(prefix: string) => Object.fromEntries([...map].filter(([k]) => k.startsWith(prefix))) as Record<string, T>,
    set: async (key, value) => void map.set(key, structuredClone(value)),
    remove: async (key) => void map.delete(key),
    removePrefix: async (prefix) => {
      for (const key of [...map.keys()]) if (key.startsWith(prefix)) map.delete(key);
    },
  };
}
