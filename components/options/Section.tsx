import type { ComponentChildren } from 'preact';
import type { Translate } from '../../lib/i18n';

export type SectionProps = {
  id: string;
  title: string;
  intro?: string;
  t: Translate;
  /** When given, the section ends with a "Reset to defaults" button. */
  onReset?: () => void;
  children: ComponentChildren;
};

/** One settings section: a landmark with a heading, optional intro and reset button. */
export function Section({ id, title, intro, t, onReset, children }: SectionProps) {
  return (
    <section class="section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
      {onReset && (
        <button type="button" class="secondary reset" onClick={onReset} aria-describedby={`${id}-title`}>
          {t('options.reset')}
        </button>
      )}
    </section>
  );
}
