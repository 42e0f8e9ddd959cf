import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CHECK_ALARM, CHECK_PERIOD_MINUTES, ensureCheckAlarm } from '../../../lib/platform/alarms';

describe('ensureCheckAlarm', () => {
  it('creates the periodic check when it is missing (after a browser restart) and keeps an existing one', async () => {
    await ensureCheckAlarm();
    const first = await fakeBrowser.alarms.get(CHECK_ALARM);
    expect(first?.periodInMinutes).toBe(CHECK_PERIOD_MINUTES);
    await ensureCheckAlarm();
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    await fakeBrowser.alarms.clearAll(); // what a restart may do
    await ensureCheckAlarm();
    expect(await fakeBrowser.alarms.get(CHECK_ALARM)).toBeDefined();
  });
});
