import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHistory, type History, type NewReading } from '../../../lib/history';
import { DEFAULT_PREFS, type Prefs } from '../../../lib/prefs/schema';
import type { Warning } from '../../../lib/rules';
import { runChecks, type ShopCheckState } from '../../../lib/worker/checks';
import type { BadgeSeverity } from '../../../lib/ui/severity';

let history: History;
let n = 0;
beforeEach(async () => {
  history = await openHistory({ name: `checks-${n++}` });
});
afterEach(() => history.close());

const reading = (shopId: string, sps: number, at: string): NewReading => ({
  shop: { region: 'US', shopId },
  capturedAt: at,
  page: 'shop-score',
  path: '/health-center/experience-score',
  period: null,
  currency: null,
  metrics: { sps, ordersLast90Days: 60 },
  source: 'page',
});

function world(now: string, prefs: Prefs = { ...DEFAULT_PREFS, notifications: { ...DEFAULT_PREFS.notifications, quietHours: null } }) {
  const states = new Map<string, ShopCheckState>();
  const shown: string[] = [];
  const badges: BadgeSeverity[] = [];
  let clock = new Date(now);
  const deps = {
    history: { get: async () => history },
    now: () => clock,
    loadPrefs: async () => prefs,
    state: { get: async (k: string) => states.get(k) ?? null, set: async (k: string, s: ShopCheckState) => void states.set(k, s) },
    notify: async (shop: { key: string }, w: Warning) => void shown.push(`${shop.key} ${w.code}`),
    badge: async (b: BadgeSeverity) => void badges.push(b),
  };
  return { deps, shown, badges, advance: (ms: number) => (clock = new Date(clock.getTime() + ms)) };
}

describe('runChecks', () => {
  it('notifies a crossing once per shop and code, and the badge shows the worst shop', async () => {
    await history.addReading(reading('1', 3.6, '2026-11-23T08:00:00.000Z')); // near: 0.1 above 3.5
    await history.addReading(reading('2', 4.8, '2026-11-23T08:00:00.000Z')); // fine
    const { deps, shown, badges, advance } = world('2026-11-23T09:00:00.000Z');
    await runChecks(deps, 'US:1');
    expect(shown).toEqual(['US:1 sps-near-threshold']);
    expect(badges.at(-1)).toBe('warning');
    advance(3_600_000);
    await runChecks(deps); // the periodic alarm: all shops
    expect(shown).toEqual(['US:1 sps-near-threshold']);

    await history.addReading(reading('1', 3.3, '2026-11-23T10:30:00.000Z')); // crossed below
    advance(3_600_000);
    await runChecks(deps, 'US:1');
    expect(shown).toEqual(['US:1 sps-near-threshold', 'US:1 sps-below-threshold']);
    expect(badges.at(-1)).toBe('critical');
  });

  it('says nothing in quiet hours, shows the badge anyway, and speaks when they end', async () => {
    await history.addReading(reading('1', 3.3, '2026-11-23T08:00:00.000Z'));
    const now = new Date('2026-11-23T09:00:00.000Z');
    const hour = now.getHours(); // the worker uses the user's local hour
    const quietNow = { ...DEFAULT_PREFS, notifications: { ...DEFAULT_PREFS.notifications, quietHours: { start: hour, end: (hour + 1) % 24 } } };
    const { deps, shown, badges, advance } = world(now.toISOString(), quietNow);
    await runChecks(deps);
    expect(shown).toEqual([]);
    expect(badges).toEqual(['critical']);
    advance(3_600_000);
    await runChecks(deps);
    expect(shown).toEqual(['US:1 sps-below-threshold']);
  });
});
