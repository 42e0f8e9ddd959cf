import type { Translate } from '../../lib/i18n';
import type { SaveState } from './usePrefs';

/** The page's save indicator: a polite status line, or an alert with what to do. */
export function SaveStatus({ state, t, onRetry }: { state: SaveState; t: Translate; onRetry: () => void }) {
  return (
    <div class="save-status">
      <p role="status" class={state.kind === 'saved' ? 'ok' : 'muted'}>
        {state.kind === 'saving' || state.kind === 'pending' ? t('options.saving') : state.kind === 'saved' ? (
          <>
            <span aria-hidden="true">✓ </span>
            {t('options.saved')}
          </>
        ) : (
          ''
        )}
      </p>
      {state.kind === 'error' && (
        <p role="alert" class="error">
          {t('options.saveError', { error: state.error })}{' '}
          <button type="button" class="link" onClick={onRetry}>
            {t('options.retry')}
          </button>
        </p>
      )}
    </div>
  );
}
