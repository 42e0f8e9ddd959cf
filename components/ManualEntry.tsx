import { useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';
import type { Metrics } from '../lib/metrics';

export type ManualEntryProps = { t: Translate; onSave: (metrics: Metrics) => Promise<void> };

/** Parses the form; returns the metrics or the message key of what is wrong. */
export function parseManualEntry(sps: string, noScore: boolean, orders: string): Metrics | 'manual.invalidSps' | 'manual.invalidOrders' | 'manual.empty' {
  const metrics: Metrics = {};
  if (noScore) metrics.sps = null;
  else if (sps.trim() !== '') {
    const value = Number(sps.replace(',', '.'));
    if (!Number.isFinite(value) || value < 0 || value > 5) return 'manual.invalidSps';
    metrics.sps = Math.round(value * 100) / 100;
  }
  if (orders.trim() !== '') {
    const value = Number(orders);
    if (!Number.isInteger(value) || value < 0) return 'manual.invalidOrders';
    metrics.ordersLast90Days = value;
  }
  return Object.keys(metrics).length === 0 ? 'manual.empty' : metrics;
}

/** When a page cannot be read: type the SPS and 90-day orders in; stored as manual. */
export function ManualEntry({ t, onSave }: ManualEntryProps) {
  const [sps, setSps] = useState('');
  const [noScore, setNoScore] = useState(false);
  const [orders, setOrders] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = parseManualEntry(sps, noScore, orders);
    if (typeof parsed === 'string') return setMessage({ kind: 'error', text: t(parsed) });
    setSaving(true);
    try {
      await onSave(parsed);
      setMessage({ kind: 'ok', text: t('manual.saved') });
    } catch (err) {
      setMessage({ kind: 'error', text: t('manual.failed', { error: err instanceof Error ? err.message : String(err) }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="manual" onSubmit={submit} aria-label={t('manual.title')}>
      <h3>{t('manual.title')}</h3>
      <label>
        {t('metric.sps')}
        <input type="number" inputMode="decimal" min={0} max={5} step={0.01} value={sps} disabled={noScore} onInput={(e) => setSps(e.currentTarget.value)} />
      </label>
      <label class="inline">
        <input type="checkbox" checked={noScore} onChange={(e) => setNoScore(e.currentTarget.checked)} />
        {t('metric.noScore')}
      </label>
      <label>
        {t('metric.ordersLast90Days')}
        <input type="number" inputMode="numeric" min={0} step={1} value={orders} onInput={(e) => setOrders(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={saving}>
        {saving ? t('manual.saving') : t('manual.save')}
      </button>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} class={message.kind}>
          {message.text}
        </p>
      )}
    </form>
  );
}
