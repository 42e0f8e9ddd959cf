/**
 * Which warnings deserve a desktop notification now. Pure: takes the warnings, what
 * was shown before, the preferences and `now`. A notification fires when a threshold
 * is newly near or crossed, or when a forecast date moves inside 7 days; never twice
 * for the same shop, code and day, never within the cooldown, never in quiet hours.
 */
import type { Prefs } from '../prefs/schema';

export type NotifiableWarning = {
  code: string;
  severity: 'info' | 'warning' | 'critical';
  eta?: string;
};

/** What we remember per shop between checks. */
export type NotifyMemory = {
  /** Warning codes present at the last check, with their eta. */
  seen: Record<string, { eta?: string }>;
  /** code → ISO time of the last notification. */
  sent: Record<string, string>;
};

export const EMPTY_MEMORY: NotifyMemory = { seen: {}, sent: {} };
export const ETA_SOON_DAYS = 7;
const DAY_MS = 86_400_000;

export type Decision = { notify: NotifiableWarning[]; memory: NotifyMemory };

function etaSoon(eta: string | undefined, now: Date): boolean {
  return eta !== undefined && Date.parse(eta) - now.getTime() <= ETA_SOON_DAYS * DAY_MS;
}

export function inQuietHours(quiet: Prefs['notifications']['quietHours'], hour: number): boolean {
  if (!quiet || quiet.start === quiet.end) return false;
  return quiet.start < quiet.end ? hour >= quiet.start && hour < quiet.end : hour >= quiet.start || hour < quiet.end;
}

/**
 * @param localHour the user's local hour at `now` (the caller knows the time zone).
 */
export function decideNotifications(
  warnings: NotifiableWarning[],
  memory: NotifyMemory,
  prefs: Prefs['notifications'],
  now: Date,
  localHour: number,
): Decision {
  const seen: NotifyMemory['seen'] = {};
  for (const w of warnings) seen[w.code] = w.eta === undefined ? {} : { eta: w.eta };
  const quiet = !prefs.enabled || inQuietHours(prefs.quietHours, localHour);
  const today = now.toISOString().slice(0, 10);
  const sent = { ...memory.sent };
  const notify: NotifiableWarning[] = [];
  for (const w of warnings) {
    if (w.severity === 'info' || prefs.codes[w.code] === false) continue;
    const before = memory.seen[w.code];
    const isNew = before === undefined;
    const etaMovedIn = etaSoon(w.eta, now) && !etaSoon(before?.eta, now);
    const last = sent[w.code];
    const sentToday = last?.slice(0, 10) === today;
    const cooling = last !== undefined && now.getTime() - Date.parse(last) < prefs.cooldownHours * 3_600_000;
    // In quiet hours the warning stays "unseen", so it is announced when they end.
    if (quiet && (isNew || etaMovedIn)) {
      delete seen[w.code];
      continue;
    }
    if ((isNew || etaMovedIn) && !sentToday && !cooling) {
      notify.push(w);
      sent[w.code] = now.toISOString();
    }
  }
  return { notify, memory: { seen, sent } };
}
