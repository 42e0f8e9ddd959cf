import { useEffect, useMemo, useState } from 'preact/hooks';
import { DashboardFilters } from '../../components/dashboard/DashboardFilters';
import { DashboardTable } from '../../components/dashboard/DashboardTable';
import { PartnerTotals } from '../../components/dashboard/PartnerTotals';
import { ShopDetail } from '../../components/dashboard/ShopDetail';
import { downloadText } from '../../components/options/download';
import { useSettled } from '../../components/popup/useSettled';
import { dashboardCsv } from '../../lib/dashboard/csv';
import { NO_FILTER, filterRows, marketsOf, type DashboardFilter } from '../../lib/dashboard/row';
import type { Translate } from '../../lib/i18n';
import type { DashboardView } from '../../lib/worker/dashboard-view';

export type DashboardProps = { t: Translate; locale: string; view: Promise<DashboardView>; openOptions: () => void };

/** Rows drawn in the first frame; the rest follow in the next, so the worst shops show at once even with 200. */
const FIRST_ROWS = 30;

/** `#shop=KEY` opens a shop, so the browser's back button returns to the table. */
function shownShop(): string | null {
  const m = /^#shop=(.+)$/.exec(location.hash);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/** The all-shops page: the partner totals, the filters and one row per shop, worst first. */
export function App({ t, locale, view, openOptions }: DashboardProps) {
  const state = useSettled(view);
  const [filter, setFilter] = useState<DashboardFilter>(NO_FILTER);
  const [shop, setShop] = useState<string | null>(shownShop);
  useEffect(() => {
    const onHash = () => setShop(shownShop());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const rows = state.status === 'ready' ? state.data.rows : [];
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const markets = useMemo(() => marketsOf(rows), [rows]);
  const [limit, setLimit] = useState(FIRST_ROWS);
  // Runs after the first rows are painted (Preact defers effects past the frame).
  useEffect(() => {
    if (state.status === 'ready' && limit < rows.length) setLimit(rows.length);
  }, [state.status, rows.length, limit]);

  const header = (
    <header class="bar">
      <strong>{t('app.name')}</strong>
      <span class="title">{t('dashboard.title')}</span>
      <button type="button" class="link" onClick={openOptions}>
        {t('popup.options')}
      </button>
    </header>
  );
  if (state.status === 'loading') return <>{header}<main><p role="status">{t('state.loading')}</p></main></>;
  if (state.status === 'error') return <>{header}<main><p role="alert" class="error">{t('state.error', { error: state.error })}</p></main></>;
  if (shop) {
    return (
      <>
        {header}
        <main class="narrow">
          <ShopDetail shopKey={shop} t={t} locale={locale} onBack={() => history.back()} onOpenOptions={openOptions} />
        </main>
      </>
    );
  }
  if (rows.length === 0) {
    return (
      <>
        {header}
        <main>
          <section class="empty" role="status">
            <h1>{t('dashboard.empty.title')}</h1>
            <p>{t('dashboard.empty.body')}</p>
          </section>
        </main>
      </>
    );
  }
  const exportCsv = () => downloadText(`shop-pulse-shops-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv', dashboardCsv(shown, t, locale));
  return (
    <>
      {header}
      <main>
        <PartnerTotals totals={state.data.totals} t={t} locale={locale} />
        <DashboardFilters filter={filter} markets={markets} onChange={setFilter} onExport={exportCsv} t={t} />
        {shown.length === 0 ? (
          <p role="status" class="no-match">
            {t('dashboard.noMatch')}{' '}
            <button type="button" class="link" onClick={() => setFilter(NO_FILTER)}>
              {t('dashboard.clearFilters')}
            </button>
          </p>
        ) : (
          <DashboardTable rows={shown.slice(0, limit)} shown={shown.length} total={rows.length} t={t} locale={locale} onOpen={(key) => (location.hash = `shop=${encodeURIComponent(key)}`)} />
        )}
      </main>
    </>
  );
}
