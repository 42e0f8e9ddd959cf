import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, parsePrefs } from '../../../lib/prefs/schema';

describe('parsePrefs', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parsePrefs(undefined)).toEqual(DEFAULT_PREFS);
  });
  it('keeps valid sections and drops only the corrupt one', () => {
    const prefs = parsePrefs({ language: 'de', retentionMonths: 'forever', junk: 1 });
    expect(prefs.language).toBe('de');
    expect(prefs.notifications).toEqual(DEFAULT_PREFS.notifications);
    expect(prefs.retentionMonths).toBeNull();
  });
});
