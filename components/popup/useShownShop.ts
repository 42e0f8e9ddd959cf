/**
 * The shop the popup shows: the first view's until the user picks another (or a manual entry
 * reloads it), then its status fetched by key; a late reply for a shop no longer picked is
 * dropped. Its charts are asked for by an effect, which Preact runs once the cards are painted,
 * so their reads never delay the cards.
 */
import { useState } from 'preact/hooks';
import { send } from '../../lib/messaging/client';
import type { ShopCharts } from '../../lib/worker/charts';
import type { PopupView } from '../../lib/worker/popup-view';
import type { ShopStatus } from '../../lib/worker/status';
import { useAsync, type AsyncState } from '../useAsync';

type Picked = { key: string; status: AsyncState<ShopStatus | null> };

export type ShownShop = {
  /** undefined before the first view, or when there is no shop. */
  key: string | undefined;
  status: AsyncState<ShopStatus | null>;
  /** null until they arrive. */
  charts: ShopCharts | null;
  /** Show this shop, fetching its status and charts afresh. */
  show: (key: string) => void;
};

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function useShownShop(first: PopupView | null): ShownShop {
  const [picked, setPicked] = useState<Picked | null>(null);
  const [shows, setShows] = useState(0);
  const key = picked?.key ?? first?.status?.shop.key;
  const charts = useAsync(() => (key ? send<ShopCharts>({ type: 'shop/charts', shopKey: key }) : Promise.resolve(null)), [key, shows]);
  const show = (next: string) => {
    setShows((n) => n + 1);
    setPicked({ key: next, status: { status: 'loading' } });
    const settle = (status: AsyncState<ShopStatus | null>) => setPicked((p) => (p?.key === next ? { key: next, status } : p));
    send<ShopStatus | null>({ type: 'shop/status', shopKey: next }).then(
      (data) => settle({ status: 'ready', data }),
      (err: unknown) => settle({ status: 'error', error: errorText(err) }),
    );
  };
  return {
    key,
    status: picked ? picked.status : { status: 'ready', data: first?.status ?? null },
    charts: charts.status === 'ready' ? charts.data : null,
    show,
  };
}
