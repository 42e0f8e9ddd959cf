import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import type { Metrics } from '../../lib/metrics';
import { send } from '../../lib/messaging/client';
import type { ShopCharts } from '../../lib/worker/charts';
import type { ShopStatus } from '../../lib/worker/status';
import { shopTitle } from '../../lib/ui/shop-title';
import { ShopView } from '../ShopView';
import { useAsync } from '../useAsync';

export type ShopDetailProps = { shopKey: string; t: Translate; locale: string; onBack: () => void; onOpenOptions: () => void };

/** One shop's view, the same cards, charts and programs as the popup's. */
export function ShopDetail({ shopKey, t, locale, onBack, onOpenOptions }: ShopDetailProps) {
  const status = useAsync(() => send<ShopStatus | null>({ type: 'shop/status', shopKey }), [shopKey]);
  const charts = useAsync(() => send<ShopCharts>({ type: 'shop/charts', shopKey }), [shopKey]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [status.status]);
  const save = async (metrics: Metrics) => {
    await send({ type: 'reading/manual', reading: { shopKey, metrics } });
    status.reload();
  };
  return (
    <section class="detail" aria-labelledby="h-shop">
      <button type="button" class="link" onClick={onBack}>
        ← {t('dashboard.back')}
      </button>
      {status.status === 'loading' && <p role="status">{t('state.loading')}</p>}
      {status.status === 'error' && <p role="alert" class="error">{t('state.error', { error: status.error })}</p>}
      {status.status === 'ready' && status.data && (
        <>
          <h1 id="h-shop" tabIndex={-1} ref={heading} class="shop-title">
            {shopTitle(status.data.shop, t)}
          </h1>
          <ShopView status={status.data} charts={charts.status === 'ready' ? charts.data : null} t={t} locale={locale} onManualSave={save} onOpenOptions={onOpenOptions} />
        </>
      )}
    </section>
  );
}
