import { useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';
import { METRICS, type MetricKey, type Metrics } from '../lib/metric-defs';
import { DEFAULT_MANUAL_METRICS, isManualProblem, parseManualFigures } from '../lib/ui/manual-figures';

export type ManualEntryProps = {
  t: Translate;
  onSave: (metrics: Metrics) => Promise<void>;
  /** Exactly the metrics to ask for (a page's misses); by default the SPS and the 90-day orders. */
  metrics?: readonly MetricKey[];
};

/** When a page cannot be read: type its figures in; stored as a manual reading. */
export function ManualEntry({ t, onSave, metrics = DEFAULT_MANUAL_METRICS }: ManualEntryProps) {
  const [texts, setTexts] = useState<Partial<Record<MetricKey, string>>>({});
  const [noScore, setNoScore] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = parseManualFigures(Object.fromEntries(metrics.map((m) => [m, texts[m] ?? ''])), noScore);
    if (isManualProblem(parsed)) {
      const params = parsed.params;
      return setMessage({ kind: 'error', text: t(parsed.key, params ? { ...params, metric: t(`metric.${params.metric}`) } : undefined) });
    }
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
    <form class="manual" id="manual" onSubmit={submit} aria-label={t('manual.title')}>
      <h3>{t('manual.title')}</h3>
      {metrics.map((m) => {
        const unit = METRICS[m].unit;
        const field = (
          <label key={m}>
            {unit === 'ratio' ? t('manual.percent', { metric: t(`metric.${m}`) }) : t(`metric.${m}`)}
            <input
              type="text"
              name={m}
              inputMode={unit === 'count' || unit === 'points' ? 'numeric' : 'decimal'}
              value={texts[m] ?? ''}
              disabled={m === 'sps' && noScore}
              onInput={(e) => setTexts({ ...texts, [m]: e.currentTarget.value })}
            />
          </label>
        );
        if (m !== 'sps') return field;
        return (
          <>
            {field}
            <label class="inline" key="no-score">
              <input type="checkbox" checked={noScore} onChange={(e) => setNoScore(e.currentTarget.checked)} />
              {t('metric.noScore')}
            </label>
          </>
        );
      })}
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
