import type { SampleTranslate } from '../../lib/i18n/sample';
import { REMOVED_KINDS, type PageSample } from '../../lib/site/sample';

/** "Taken out": how many of each kind, in the order scrubPage lists them. */
export function RemovedList({ sample, t }: { sample: PageSample; t: SampleTranslate }) {
  return (
    <ul class="removed" aria-label={t('sample.removedTitle')}>
      {REMOVED_KINDS.filter((k) => (sample.counts[k] ?? 0) > 0).map((k) => (
        <li key={k} data-kind={k}>
          {t(`sample.removed.${k}`, { count: sample.counts[k] ?? 0 })}
        </li>
      ))}
    </ul>
  );
}
