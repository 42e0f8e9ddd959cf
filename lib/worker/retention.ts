/** Drops readings older than the user's retention setting (kept forever by default). */
import type { Prefs } from '../prefs/schema';
import type { HistoryHandle } from './history-handle';

export async function applyRetention(history: HistoryHandle, loadPrefs: () => Promise<Prefs>, now: () => Date): Promise<number> {
  const { retentionMonths } = await loadPrefs();
  if (retentionMonths === null) return 0;
  return (await history.get()).prune(retentionMonths, now().toISOString());
}
