import { EmptyState } from '../../components/EmptyState';
import { useSettled } from '../../components/popup/useSettled';
import { useShownShop } from '../../components/popup/useShownShop';
import { ShopSwitcher } from '../../components/ShopSwitcher';
import { ShopView } from '../../components/ShopView';
import { UnreadableNotice } from '../../components/UnreadableNotice';
import type { Translate } from '../../lib/i18n';
import type { Metrics } from '../../lib/metrics';
import { send } from '../../lib/messaging/client';
import type { SampleSection } from '../../lib/sample/page-url';
import type { PopupView } from '../../lib/worker/popup-view';
import type { UnreadableReport } from '../../lib/worker/unreadable';

export type PopupProps = {
  t: Translate;
  locale: string;
  /**
   * The shops and the status of the one shown first (the active Seller Center tab's shop when
   * known), asked for by main.tsx before this page had loaded its language.
   */
  view: Promise<PopupView>;
  openOptions: () => void;
  /** The active tab when it is a Seller Center page: a report about that page is "this page". */
  activeTab?: ActiveTab | null;
  /** Opens the page-sample page for a tab (its manual entry, or its sample). */
  openSample?: (tabId: number, section: SampleSection) => void;
  /** Opens the all-shops dashboard in a tab. */
  openDashboard: () => void;
};

export type ActiveTab = { id: number; path: string; shopKey: string };

/** Is this report about the page in the active tab? */
const isHere = (r: UnreadableReport, tab: ActiveTab | null | undefined) => !!tab && r.path === tab.path && r.shopKey === tab.shopKey;

export function App({ t, locale, view, openOptions, activeTab, openSample, openDashboard }: PopupProps) {
  const first = useSettled(view);
  const shown = useShownShop(first.status === 'ready' ? first.data : null);

  const header = (
    <header class="bar">
      <strong>{t('app.name')}</strong>
      <span class="links">
        {first.status === 'ready' && first.data.shops.length > 1 && (
          <button type="button" class="link" onClick={openDashboard} title={t('dashboard.openHint')}>
            {t('dashboard.open')}
          </button>
        )}
        <button type="button" class="link" onClick={openOptions}>
          {t('popup.options')}
        </button>
      </span>
    </header>
  );
  if (first.status === 'loading') return <>{header}<p role="status" class="pad">{t('state.loading')}</p></>;
  if (first.status === 'error') return <>{header}<p role="alert" class="pad error">{t('state.error', { error: first.error })}</p></>;
  const { shops, unreadable } = first.data;
  const current = shops.find((s) => s.key === shown.key) ?? shops[0];
  if (!current) {
    return (
      <>
        {header}
        <EmptyState t={t} />
        {unreadable.map((r) => (
          <UnreadableNotice
            key={`${r.shopKey}${r.page}`}
            report={r}
            t={t}
            locale={locale}
            here={isHere(r, activeTab)}
            onOpen={activeTab && openSample ? (section) => openSample(activeTab.id, section) : undefined}
            canEnter
          />
        ))}
      </>
    );
  }
  const { status } = shown;
  const save = async (metrics: Metrics) => {
    await send({ type: 'reading/manual', reading: { shopKey: current.key, metrics } });
    shown.show(current.key);
  };
  return (
    <>
      {header}
      <main>
        <ShopSwitcher shops={shops} selected={current.key} onSelect={shown.show} t={t} />
        {status.status === 'loading' && <p role="status">{t('state.loading')}</p>}
        {status.status === 'error' && <p role="alert" class="error">{t('state.error', { error: status.error })}</p>}
        {status.status === 'ready' && status.data && (
          <ShopView
            status={status.data}
            charts={shown.charts}
            t={t}
            locale={locale}
            onManualSave={save}
            onOpenOptions={openOptions}
            isHere={(r) => isHere(r, activeTab)}
            onSample={activeTab && openSample ? () => openSample(activeTab.id, 'sample') : undefined}
          />
        )}
      </main>
    </>
  );
}
