/**
 * Edits of `Prefs.rules`, the partial override of the rule settings (lib/rules/settings.ts).
 * Pure: each returns a new override object; `undefined` removes a leaf (back to the default)
 * and prunes parents left empty.
 */
export type RulesOverride = Record<string, unknown>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The override with `path` set to `value` (or removed when `value` is undefined). */
export function withRule(rules: RulesOverride, path: readonly string[], value: unknown): RulesOverride {
  const [head, ...rest] = path;
  if (head === undefined) return rules;
  const copy: RulesOverride = { ...rules };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const child = withRule(isPlainObject(copy[head]) ? copy[head] : {}, rest, value);
  if (Object.keys(child).length === 0) delete copy[head];
  else copy[head] = child;
  return copy;
}

/** The override without any of `paths` (a section's "Reset to defaults"). */
export function withoutRules(rules: RulesOverride, paths: ReadonlyArray<readonly string[]>): RulesOverride {
  return paths.reduce((acc, path) => withRule(acc, path, undefined), rules);
}
