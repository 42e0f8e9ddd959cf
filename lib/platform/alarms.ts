/**
 * The periodic check (forecast dates move even when no page is opened). Alarms may
 * not survive a browser restart, so start-up re-creates it when missing.
 */
import { browser } from 'wxt/browser';

export const CHECK_ALARM = 'shop-pulse-check';
/** Every 6 hours: often enough that a warning held back in quiet hours is announced soon after. */
export const CHECK_PERIOD_MINUTES = 6 * 60;

export async function ensureCheckAlarm(): Promise<void> {
  const existing = await browser.alarms.get(CHECK_ALARM);
  if (!existing) await browser.alarms.create(CHECK_ALARM, { periodInMinutes: CHECK_PERIOD_MINUTES, delayInMinutes: 1 });
}
