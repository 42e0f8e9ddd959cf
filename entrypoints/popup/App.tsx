import { useEffect, useState } from 'preact/hooks';
import { EmptyState } from '../../components/EmptyState';
import { ShopSwitcher } from '../../components/ShopSwitcher';
import { ShopView } from '../../components/ShopView';
import { UnreadableNotice } from '../../components/UnreadableNotice';
import { useAsync } from '../../components/useAsync';
import type { Translate } from '../../lib/i18n';
import type { Metrics } from '../../lib/metrics';
import { send } from '../../lib/messaging/client';
import type { ShopList, ShopStatus } from '../../lib/worker/status';

export type PopupProps = {
  t: Translate;
  locale: string;
  /** The shop of the active Seller Center tab, shown first. */
  preferredShopKey: string | null;
  openOptions: () => void;
};

export function App({ t, locale, preferredShopKey, openOptions }: PopupProps) {
  const list = useAsync(() => send<ShopList>({ type: 'shops/list' }), []);
  const [selected, setSelected] = useState<string | null>(null);
  const shops = list.status === 'ready' ? list.data.shops : [];
  const current = shops.find((s) => s.key === selected) ?? shops.find((s) => s.key === preferredShopKey) ?? shops[0];
  const shopKey = current?.key ?? null;
  const status = useAsync(
    () => (shopKey ? send<ShopStatus | null>({ type: 'shop/status', shopKey }) : Promise.resolve(null)),
    [shopKey],
  );
  useEffect(() => {
    if (shopKey && !selected) setSelected(shopKey);
  }, [shopKey, selected]);

  const header = (
    <header class="bar">
      <strong>{t('app.name')}</strong>
      <button type="button" class="link" onClick={openOptions}>
        {t('popup.options')}
      </button>
    </header>
  );
  if (list.status === 'loading') return <>{header}<p role="status" class="pad">{t('state.loading')}</p></>;
  if (list.status === 'error') return <>{header}<p role="alert" class="pad error">{t('state.error', { error: list.error })}</p></>;
  if (!current) {
    return (
      <>
        {header}
        <EmptyState t={t} />
        {list.data.unreadable.map((r) => (
          <UnreadableNotice key={`${r.shopKey}${r.page}`} report={r} t={t} locale={locale} />
        ))}
      </>
    );
  }
  const save = async (metrics: Metrics) => {
    await send({ type: 'reading/manual', reading: { shopKey: current.key, metrics } });
    status.reload();
  };
  return (
    <>
      {header}
      <main>
        <ShopSwitcher shops={shops} selected={current.key} onSelect={setSelected} t={t} />
        {status.status === 'loading' && <p role="status">{t('state.loading')}</p>}
        {status.status === 'error' && <p role="alert" class="error">{t('state.error', { error: status.error })}</p>}
        {status.status === 'ready' && status.data && (
          <ShopView status={status.data} t={t} locale={locale} onManualSave={save} onOpenOptions={openOptions} />
        )}
      </main>
    </>
  );
}
