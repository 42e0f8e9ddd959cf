import { useMemo, useState } from 'preact/hooks';
import { shopKeyOf, type ShopRef } from '../../lib/history/shop-key';
import type { SampleTranslate } from '../../lib/i18n/sample';
import type { Metrics } from '../../lib/metrics';
import { differingKeys, sampleFileNames, sampleReport } from '../../lib/sample/files';
import type { CaptureReply } from '../../lib/sample/capture-message';
import { readPage } from '../../lib/site';
import { scrubPage } from '../../lib/site/sample';
import { shownByRecordedLayout } from '../../lib/site/sample/shown';
import { ManualEntry } from '../ManualEntry';
import { KeptTexts } from './KeptTexts';
import { RemovedList } from './RemovedList';

export type SampleViewProps = {
  reply: CaptureReply;
  t: SampleTranslate;
  locale: string;
  /** The capture (or the copy) as a document; declarative shadow roots attached where the browser can. */
  parse: (html: string) => Document;
  saveManual: (reading: { shopKey: string; shop: ShopRef; metrics: Metrics }) => Promise<void>;
  download: (name: string, mime: string, text: string) => void;
  /** The extension's version, written into the JSON. */
  version: string;
};

const list = (names: string[], locale: string) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);

/**
 * One page's sample: what was missed there (with manual entry for exactly those metrics),
 * the scrubbed copy as the seller will share it, what was taken out, what was kept word
 * for word (tick to take out too), what Shop Pulse reads in the copy, and the download.
 */
export function SampleView({ reply, t, locale, parse, saveManual, download, version }: SampleViewProps) {
  const live = reply.reading;
  const [remove, setRemove] = useState<string[]>([]);
  const [saved, setSaved] = useState<{ html: string; json: string } | null>(null);
  const page = useMemo(() => parse(reply.html), [reply.html]);
  const sample = useMemo(() => scrubPage(page, reply.url, { remove }), [page, remove]);
  const copy = useMemo(() => readPage(parse(sample.html), sample.url, { isShown: shownByRecordedLayout }), [sample]);
  const names = sampleFileNames(sample, live.page);
  const metricNames = (keys: readonly string[]) => list(keys.map((k) => t(`metric.${k as 'sps'}`)), locale);
  const differs = differingKeys(copy, live);
  const report = () => JSON.stringify(sampleReport(sample, copy, live, version), null, 2);
  const save = (what: 'both' | 'html' | 'json') => {
    if (what !== 'json') download(names.html, 'text/html', sample.html);
    if (what !== 'html') download(names.json, 'application/json', report());
    setSaved(names);
  };
  const shop: ShopRef = { region: live.region, shopId: live.shopId };

  return (
    <>
      <p class="where">{t('sample.of', { page: t(`page.${live.page}`), path: new URL(reply.url).pathname })}</p>
      {live.page !== 'unknown' && (
        <section aria-labelledby="h-missed">
          <h2 id="h-missed">{t('sample.missedTitle')}</h2>
          {live.missing.length > 0 ? (
            <>
              <p class="missed">{t(live.missing.length > 1 ? 'missed.many' : 'missed.one', { metrics: metricNames(live.missing) })}</p>
              <ManualEntry t={t} metrics={live.missing} onSave={(metrics) => saveManual({ shopKey: shopKeyOf(shop), shop, metrics })} />
            </>
          ) : (
            <p>{t('sample.allRead')}</p>
          )}
        </section>
      )}
      <section aria-labelledby="h-copy">
        <h2 id="h-copy">{t('sample.previewTitle')}</h2>
        {/* The one place the copy becomes a page: scrubPage's own output (no script, a CSP that
            forbids scripts and loads), in a frame with sandbox="" (no scripts, an opaque origin). */}
        {/* eslint-disable-next-line no-restricted-syntax -- see above */}
        <iframe class="preview" sandbox="" srcDoc={sample.html} title={t('sample.previewLabel')} />
        <h3>{t('sample.readTitle')}</h3>
        <p class={differs ? 'error' : undefined} data-copy-metrics={Object.keys(copy.metrics).join(' ')}>
          {differs
            ? t('sample.readDiffers', { metrics: metricNames(differs) || '—' })
            : Object.keys(copy.metrics).length > 0
              ? t('sample.readSame', { metrics: metricNames(Object.keys(copy.metrics)) })
              : t('sample.readNone')}
        </p>
      </section>
      <div class="columns">
        <section aria-labelledby="h-removed">
          <h2 id="h-removed">{t('sample.removedTitle')}</h2>
          <RemovedList sample={sample} t={t} />
        </section>
        <section aria-labelledby="h-kept">
          <h2 id="h-kept">{t('sample.keptTitle')}</h2>
          <KeptTexts kept={sample.kept} removed={remove} onChange={setRemove} t={t} />
        </section>
      </div>
      <section class="save" aria-labelledby="h-save">
        <h2 id="h-save">{t('sample.download')}</h2>
        <button type="button" class="primary" onClick={() => save('both')}>
          {t('sample.download')}
        </button>{' '}
        <span class="muted">
          <button type="button" class="link" onClick={() => save('html')}>
            {names.html}
          </button>
          {' · '}
          <button type="button" class="link" onClick={() => save('json')}>
            {names.json}
          </button>
        </span>
        {saved && (
          <p role="status" class="ok">
            {t('sample.downloaded', saved)}
          </p>
        )}
        <p class="hint">{t('sample.howTo')}</p>
      </section>
    </>
  );
}
