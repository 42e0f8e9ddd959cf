import type { SampleTranslate } from '../../lib/i18n/sample';

export type KeptTextsProps = {
  kept: readonly string[];
  /** Texts the seller ticked: taken out too. */
  removed: readonly string[];
  onChange: (removed: string[]) => void;
  t: SampleTranslate;
};

/**
 * What the copy keeps word for word besides known labels (menus, tabs, captions): the
 * seller ticks whatever is private and the copy is made again without it.
 */
export function KeptTexts({ kept, removed, onChange, t }: KeptTextsProps) {
  const all = [...new Set([...kept, ...removed])].sort((a, b) => a.localeCompare(b));
  if (all.length === 0) return <p class="muted">{t('sample.keptNone')}</p>;
  const toggle = (text: string, on: boolean) => onChange(on ? [...removed, text] : removed.filter((r) => r !== text));
  return (
    <>
      <p class="hint">{t('sample.keptHint')}</p>
      <ul class="kept">
        {all.map((text) => (
          <li key={text}>
            <label>
              <input type="checkbox" checked={removed.includes(text)} onChange={(e) => toggle(text, e.currentTarget.checked)} />
              <span class={removed.includes(text) ? 'struck' : undefined}>{text}</span>
            </label>
          </li>
        ))}
      </ul>
    </>
  );
}
