import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import { downloadText } from './download';

type Exported = { filename: string; mime: string; text: string };
type Note = { kind: 'ok' | 'error'; text: string } | null;

/** "Export" (the JSON history file, contract 3) and "Export CSV" (for spreadsheets). */
export function ExportButtons({ t }: { t: Translate }) {
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note>(null);
  const run = async (format: 'json' | 'csv') => {
    setBusy(true);
    setNote(null);
    try {
      const file = await send<Exported>({ type: 'history/export', format });
      // A byte-order mark lets Excel read the CSV as UTF-8 (Chinese shop names).
      downloadText(file.filename, file.mime, format === 'csv' ? `\uFEFF${file.text}` : file.text);
      setNote({ kind: 'ok', text: t('options.data.exported', { filename: file.filename }) });
    } catch (err) {
      setNote({ kind: 'error', text: t('options.data.exportError', { error: err instanceof Error ? err.message : String(err) }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="block">
      <p class="hint">{t('options.data.exportHint')}</p>
      <div class="row">
        <button type="button" class="primary" disabled={busy} onClick={() => void run('json')}>
          {t('options.data.export')}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={() => void run('csv')}>
          {t('options.data.exportCsv')}
        </button>
      </div>
      {note && (
        <p role={note.kind === 'error' ? 'alert' : 'status'} class={note.kind}>
          {note.text}
        </p>
      )}
    </div>
  );
}
