/**
 * The one error type the history throws. `code` is what the UI branches on; `message`
 * is a sentence a seller can read.
 */
export type HistoryErrorCode = 'quota' | 'invalid' | 'closed' | 'blocked' | 'unknown';

export class HistoryError extends Error {
  override readonly name = 'HistoryError';
  readonly code: HistoryErrorCode;
  /** Validation problems (path: message), for 'invalid'. */
  readonly issues: string[];

  constructor(code: HistoryErrorCode, message: string, opts: { cause?: unknown; issues?: string[] } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.code = code;
    this.issues = opts.issues ?? [];
  }
}

const MESSAGES: Record<HistoryErrorCode, string> = {
  quota: 'The browser has no storage space left for Shop Pulse. Nothing from this change was saved. Free up disk space, or drop old history in the options.',
  invalid: 'The reading was not valid and was not saved.',
  closed: 'The Shop Pulse history was closed, probably because the extension was updated. Reload this page.',
  blocked: 'The Shop Pulse history is being upgraded but another Shop Pulse window keeps the old version open. Close other Shop Pulse windows and try again.',
  unknown: 'The Shop Pulse history could not be read or written.',
};

export function historyError(code: HistoryErrorCode, cause?: unknown): HistoryError {
  return new HistoryError(code, MESSAGES[code], { cause });
}

function errorName(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string' ? e.name : undefined;
}

export function isQuotaError(e: unknown): boolean {
  if (errorName(e) === 'QuotaExceededError') return true;
  // Legacy code 22 (and Firefox's NS_ERROR_DOM_QUOTA_REACHED).
  if (typeof e === 'object' && e !== null && 'code' in e && e.code === 22) return true;
  return errorName(e) === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Map anything IndexedDB throws to a HistoryError (HistoryErrors pass through). */
export function toHistoryError(e: unknown): HistoryError {
  if (e instanceof HistoryError) return e;
  if (isQuotaError(e)) return historyError('quota', e);
  const name = errorName(e);
  if (name === 'InvalidStateError' || name === 'VersionError') return historyError('closed', e);
  return historyError('unknown', e);
}
