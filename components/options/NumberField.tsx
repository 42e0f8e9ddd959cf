import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';

export type NumberFieldProps = {
  label: string;
  t: Translate;
  /** The stored value (a fraction when `percent`); null = not entered. */
  value: number | null;
  onChange: (value: number | null) => void;
  /** Bounds of the shown value (percent: 0–100). */
  min: number;
  max: number;
  integer?: boolean;
  /** Shown ×100, stored as a fraction. */
  percent?: boolean;
  /** Empty is allowed and means null ("not entered"). */
  nullable?: boolean;
  estimate?: boolean;
  hint?: string;
};

const toShown = (v: number | null, percent?: boolean) => (v === null ? '' : String(percent ? Math.round(v * 100 * 1e6) / 1e6 : v));

/** A labelled number input that saves only valid values and says what is wrong otherwise. */
export function NumberField({ label, t, value, onChange, min, max, integer, percent, nullable, estimate, hint }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(toShown(value, percent));
  const [error, setError] = useState<string | null>(null);

  // Follow outside changes (reset to defaults), not the echo of the user's own typing.
  const seen = useRef(value);
  useEffect(() => {
    if (seen.current === value) return;
    seen.current = value;
    const shown = toShown(value, percent);
    setText((old) => (parse(old) === (value === null ? null : Number(shown)) ? old : shown));
    setError(null);
  }, [value, percent]);

  function parse(raw: string): number | null | 'invalid' {
    const trimmed = raw.trim().replace(',', '.');
    if (trimmed === '') return nullable ? null : 'invalid';
    const n = Number(trimmed);
    if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) return 'invalid';
    return n;
  }

  const onInput = (raw: string) => {
    setText(raw);
    const n = parse(raw);
    if (n === 'invalid') {
      setError(t(integer ? 'options.invalidWhole' : 'options.invalidNumber', { min, max }));
      return;
    }
    setError(null);
    onChange(n === null ? null : percent ? Math.round(n * 1e6) / 1e8 : n);
  };

  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>
        {label}
        {estimate && <span class="tag">{t('options.estimate')}</span>}
      </label>
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
