/**
 * Random edits of a value for the fuzz tests: the part at a path (indexes into each level's
 * keys) replaced, deleted, or given a sibling key (defined as an own property, so `__proto__`
 * is a key, not a prototype).
 */
export type Edit = { path: number[]; op: 'set' | 'delete' | 'add'; key: string; value: unknown };

/** A copy of `value` (made by `clone`, JSON by default) with `edit` applied. */
export function editedCopy<T>(value: T, edit: Edit, clone: (v: T) => T = (v) => JSON.parse(JSON.stringify(v)) as T): T {
  const copy = clone(value);
  let node: unknown = copy;
  let parent: Record<string, unknown> | null = null;
  let key = '';
  for (const step of edit.path) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string, unknown>;
    key = keys[step % keys.length]!;
    node = parent[key];
  }
  if (edit.op === 'add' || !parent) {
    const target = (node !== null && typeof node === 'object' ? node : copy) as Record<string, unknown>;
    // Reflect, not Object: a key that cannot be redefined (an array's `length`) leaves the copy
    // as it was instead of throwing inside the property under test's generator.
    if (target !== null && typeof target === 'object')
      Reflect.defineProperty(target, edit.key, { value: edit.value, enumerable: true, writable: true, configurable: true });
  } else if (edit.op === 'delete') delete parent[key];
  else parent[key] = edit.value;
  return copy;
}
