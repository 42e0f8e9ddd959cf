/** A warning (or its advice) as one sentence in the UI language; the rules' English as fallback. */
import type { Translate } from '../i18n/core';
import type { Warning } from '../rules';
import { formatParams, metricOfCode } from './params';

export function warningText(w: Warning, t: Translate, locale: string, currency: string | null): string {
  const key = `warning.${w.code}`;
  if (!t.has(key)) return w.message ?? w.code;
  const raw = { ...(w.params ?? {}), threshold: w.threshold, ...(w.value !== null && { value: w.value }), ...(w.eta && { eta: w.eta }) };
  return t(key, formatParams(raw, { locale, currency, metric: metricOfCode(w.code) ?? w.metric }));
}

/** Does the sentence already say the date? (Without params, the template keeps its placeholders.) */
export function warningMentionsEta(code: string, t: Translate): boolean {
  const key = `warning.${code}`;
  return t.has(key) && t(key).includes('{eta}');
}

/** Advice in the UI language; a warning with several kinds (channel-concentration) has a sentence per kind. */
export function adviceText(w: Warning, t: Translate): string | undefined {
  const kind = w.params?.kind;
  const key = kind === undefined ? `advice.${w.code}` : `advice.${w.code}.${kind}`;
  if (!w.advice || !t.has(key)) return w.advice;
  return t(key, { threshold: w.threshold, ...(w.params ?? {}) });
}
