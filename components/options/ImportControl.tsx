import { useRef, useState } from 'preact/hooks';
import type { ImportPreview } from '../../lib/history/import';
import type { Translate } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import { formatDateTime } from '../../lib/format';

/** The largest file we read: the history refuses more (MAX_IMPORT_CHARS), so do not even load it. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

type Ok = Extract<ImportPreview, { ok: true }>;
type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; name: string; text: string; preview: Ok }
  | { step: 'importing'; name: string; text: string; preview: Ok }
  | { step: 'done'; message: string }
  | { step: 'error'; message: string; detail?: string };

const errText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** "Import": pick a file, see what it would add, then confirm; nothing is written before that. */
export function ImportControl({ t, locale, onImported }: { t: Translate; locale: string; onImported: () => void }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  const choose = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      const size = (file.size / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 });
      return setState({ step: 'error', message: t('options.data.tooLarge', { name: file.name, size }) });
    }
    setState({ step: 'reading' });
    try {
      const text = await file.text();
      const preview = await send<ImportPreview>({ type: 'history/import', text, dryRun: true });
      if (!preview.ok) {
        const detail = preview.issues[0];
        return setState({ step: 'error', message: t(`options.data.problem.${preview.reason}`), detail });
      }
      setState({ step: 'preview', name: file.name, text, preview });
    } catch (err) {
      setState({ step: 'error', message: t('options.data.importError', { error: errText(err) }) });
    }
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    setState({ ...state, step: 'importing' });
    try {
      const result = await send<ImportPreview>({ type: 'history/import', text: state.text, dryRun: false });
      if (!result.ok) return setState({ step: 'error', message: t(`options.data.problem.${result.reason}`), detail: result.issues[0] });
      setState({ step: 'done', message: t('options.data.imported', { readings: result.counts.readings }) });
      onImported();
    } catch (err) {
      setState({ step: 'error', message: t('options.data.importError', { error: errText(err) }) });
    }
  };

  return (
    <div class="block">
      <p class="hint">{t('options.data.importHint')}</p>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-file"
        onChange={(e) => void choose(e.currentTarget.files?.[0])}
      />
      <button type="button" class="primary" disabled={state.step === 'reading' || state.step === 'importing'} onClick={() => input.current?.click()}>
        {t('options.data.import')}
      </button>
      {state.step === 'reading' && <p role="status">{t('options.data.reading')}</p>}
      {(state.step === 'preview' || state.step === 'importing') && (
        <div class="confirm" role="group" aria-label={t('options.data.import')}>
          <p role="status">
            {t('options.data.preview', {
              name: state.name,
              date: formatDateTime(state.preview.exportedAt, locale),
              readings: state.preview.counts.readings,
              shops: state.preview.counts.shops,
            })}
            {state.preview.counts.duplicates > 0 && ` ${t('options.data.previewDuplicates', { count: state.preview.counts.duplicates })}`}
          </p>
          {state.preview.counts.readings === 0 ? (
            <p>{t('options.data.nothingNew')}</p>
          ) : (
            <button type="button" class="primary" disabled={state.step === 'importing'} onClick={() => void confirm()}>
              {t('options.data.confirmImport', { count: state.preview.counts.readings })}
            </button>
          )}{' '}
          <button type="button" class="secondary" onClick={() => setState({ step: 'idle' })}>
            {t('options.data.cancel')}
          </button>
        </div>
      )}
      {state.step === 'done' && (
        <p role="status" class="ok">
          {state.message}
        </p>
      )}
      {state.step === 'error' && (
        <div role="alert" class="error">
          <p>{state.message}</p>
          {state.detail && <p class="hint">{t('options.data.problemDetail', { detail: state.detail })}</p>}
        </div>
      )}
    </div>
  );
}
