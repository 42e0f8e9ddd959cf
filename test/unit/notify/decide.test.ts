import { describe, expect, it } from 'vitest';
import { EMPTY_MEMORY, decideNotifications, inQuietHours, type NotifiableWarning } from '../../../lib/notify/decide';
import { DEFAULT_PREFS } from '../../../lib/prefs/schema';

const prefs = { ...DEFAULT_PREFS.notifications, quietHours: null };
const at = (iso: string) => new Date(iso);
const near: NotifiableWarning = { code: 'sps-near-threshold', severity: 'warning' };
const below: NotifiableWarning = { code: 'sps-below-threshold', severity: 'critical' };

describe('decideNotifications', () => {
  it('announces a threshold newly near, once — not again for the same reading or later that day', () => {
    const first = decideNotifications([near], EMPTY_MEMORY, prefs, at('2026-11-23T10:00:00Z'), 10);
    expect(first.notify).toEqual([near]);
    const again = decideNotifications([near], first.memory, prefs, at('2026-11-23T10:05:00Z'), 10);
    expect(again.notify).toEqual([]);
    const nextDay = decideNotifications([near], again.memory, prefs, at('2026-11-24T12:00:00Z'), 12);
    expect(nextDay.notify).toEqual([]); // still near, nothing new to say
  });

  it('announces a crossing after a near warning, and a warning that comes back after it cleared (past the cooldown)', () => {
    const d1 = decideNotifications([near], EMPTY_MEMORY, prefs, at('2026-11-20T10:00:00Z'), 10);
    const d2 = decideNotifications([below], d1.memory, prefs, at('2026-11-21T10:00:00Z'), 10);
    expect(d2.notify).toEqual([below]);
    const cleared = decideNotifications([], d2.memory, prefs, at('2026-11-22T10:00:00Z'), 10);
    const back = decideNotifications([near], cleared.memory, prefs, at('2026-11-23T11:00:00Z'), 11);
    expect(back.notify).toEqual([near]);
  });

  it('holds a warning that flaps within the cooldown', () => {
    const d1 = decideNotifications([near], EMPTY_MEMORY, prefs, at('2026-11-23T01:00:00Z'), 1);
    const gone = decideNotifications([], d1.memory, prefs, at('2026-11-23T02:00:00Z'), 2);
    const back = decideNotifications([near], gone.memory, { ...prefs, cooldownHours: 48 }, at('2026-11-24T03:00:00Z'), 3);
    expect(back.notify).toEqual([]);
  });

  it('announces a forecast date when it moves inside 7 days', () => {
    const far = { ...near, eta: '2026-12-20' };
    const soon = { ...near, eta: '2026-11-28' };
    const d1 = decideNotifications([far], EMPTY_MEMORY, prefs, at('2026-11-10T10:00:00Z'), 10);
    const d2 = decideNotifications([soon], d1.memory, prefs, at('2026-11-23T10:00:00Z'), 10);
    expect(d2.notify).toEqual([soon]);
    const d3 = decideNotifications([soon], d2.memory, prefs, at('2026-11-25T10:00:00Z'), 10);
    expect(d3.notify).toEqual([]);
  });

  it('stays silent in quiet hours and announces when they end', () => {
    const quietPrefs = { ...prefs, quietHours: { start: 22, end: 7 } };
    const night = decideNotifications([near], EMPTY_MEMORY, quietPrefs, at('2026-11-23T23:30:00Z'), 23);
    expect(night.notify).toEqual([]);
    const morning = decideNotifications([near], night.memory, quietPrefs, at('2026-11-24T08:00:00Z'), 8);
    expect(morning.notify).toEqual([near]);
  });

  it('respects the per-code switch, the master switch and skips info', () => {
    expect(
      decideNotifications([near], EMPTY_MEMORY, { ...prefs, codes: { 'sps-near-threshold': false } }, at('2026-11-23T10:00:00Z'), 10).notify,
    ).toEqual([]);
    expect(decideNotifications([near], EMPTY_MEMORY, { ...prefs, enabled: false }, at('2026-11-23T10:00:00Z'), 10).notify).toEqual([]);
    expect(
      decideNotifications([{ code: 'sps-no-score', severity: 'info' }], EMPTY_MEMORY, prefs, at('2026-11-23T10:00:00Z'), 10).notify,
    ).toEqual([]);
  });
});

describe('inQuietHours', () => {
  it.each([
    [{ start: 22, end: 7 }, 23, true],
    [{ start: 22, end: 7 }, 3, true],
    [{ start: 22, end: 7 }, 7, false],
    [{ start: 22, end: 7 }, 12, false],
    [{ start: 1, end: 5 }, 2, true],
    [{ start: 1, end: 5 }, 5, false],
    [null, 3, false],
  ])('%o at %i → %s', (quiet, hour, expected) => {
    expect(inQuietHours(quiet, hour)).toBe(expected);
  });
});
