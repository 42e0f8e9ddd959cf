import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';

type Note = { kind: 'ok' | 'error'; text: string } | null;

/** "Clear all data", only after a second, explicit confirmation. */
export function ClearData({ t, onCleared }: { t: Translate; onCleared: () => void }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Focus the safe choice: Enter right after opening does not delete anything.
    if (asking) cancelRef.current?.focus();
  }, [asking]);

  const clear = async () => {
    setBusy(true);
    try {
      await send({ type: 'history/clear' });
      setAsking(false);
      setNote({ kind: 'ok', text: t('options.data.cleared') });
      onCleared();
    } catch (err) {
      setNote({ kind: 'error', text: t('options.data.clearError', { error: err instanceof Error ? err.message : String(err) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="block">
      {!asking ? (
        <button type="button" class="danger" onClick={() => (setNote(null), setAsking(true))}>
          {t('options.data.clear')}
        </button>
      ) : (
        <div class="confirm" role="group" aria-label={t('options.data.clear')}>
          <p class="warn-text">{t('options.data.clearWarning')}</p>
          <div class="row">
            <button type="button" class="danger" disabled={busy} onClick={() => void clear()}>
              {t('options.data.clearConfirm')}
            </button>
            <button type="button" class="secondary" ref={cancelRef} onClick={() => setAsking(false)}>
              {t('options.data.cancel')}
            </button>
          </div>
        </div>
      )}
      {note && (
        <p role={note.kind === 'error' ? 'alert' : 'status'} class={note.kind}>
          {note.text}
        </p>
      )}
    </div>
  );
}
