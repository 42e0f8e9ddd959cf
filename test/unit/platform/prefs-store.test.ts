import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadPrefs, savePrefs } from '../../../lib/platform/prefs-store';
import { DEFAULT_PREFS } from '../../../lib/prefs/schema';

describe('prefs store', () => {
  it('saves a change and reads it back; corrupt stored data falls back to defaults', async () => {
    await savePrefs({ language: 'pl', retentionMonths: 24 });
    await expect(loadPrefs()).resolves.toMatchObject({ language: 'pl', retentionMonths: 24 });
    await fakeBrowser.storage.local.set({ prefs: { language: 'klingon', retentionMonths: -3 } });
    await expect(loadPrefs()).resolves.toEqual(DEFAULT_PREFS);
  });
});
