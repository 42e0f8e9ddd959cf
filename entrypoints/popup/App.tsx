import { useState } from 'preact/hooks';
import { EmptyState } from '../../components/EmptyState';
import { MetricCard } from '../../components/MetricCard';
import { ShopSwitcher } from '../../components/ShopSwitcher';
import { useAsync } from '../../components/useAsync';
import type { Translate } from '../../lib/i18n';
import type { MetricKey } from '../../lib/metrics';
import { send } from '../../lib/messaging/client';
import type { ShopSummary } from '../../lib/worker/status';

export function App({ t, locale }: { t: Translate; locale: string }) {
  const shops = useAsync(() => send<ShopSummary[]>({ type: 'shops/list' }), []);
  const [selected, setSelected] = useState<string | null>(null);

  if (shops.status === 'loading') return <p role="status">{t('state.loading')}</p>;
  if (shops.status === 'error') return <p role="alert">{t('state.error', { error: shops.error })}</p>;
  if (shops.data.length === 0) return <EmptyState t={t} />;

  const current = shops.data.find((s) => s.shop.key === selected) ?? shops.data[0]!;
  const entries = Object.entries(current.latest) as Array<[MetricKey, { value: number | null; at: string }]>;
  return (
    <main>
      <ShopSwitcher shops={shops.data.map((s) => s.shop)} selected={current.shop.key} onSelect={setSelected} t={t} />
      <div class="cards">
        {entries.map(([metric, { value, at }]) => (
          <MetricCard key={metric} metric={metric} value={value} at={at} currency={current.shop.currency} locale={locale} t={t} />
        ))}
      </div>
    </main>
  );
}
