import type { DashboardFilter } from '../../lib/dashboard/row';
import type { Translate } from '../../lib/i18n';

export type DashboardFiltersProps = {
  filter: DashboardFilter;
  markets: string[];
  onChange: (f: DashboardFilter) => void;
  onExport: () => void;
  t: Translate;
};

/** Search by name, market, "needs attention", and the CSV export of what is shown. */
export function DashboardFilters({ filter, markets, onChange, onExport, t }: DashboardFiltersProps) {
  return (
    <div class="filters" role="search">
      <label>
        <span>{t('dashboard.search')}</span>
        <input type="search" value={filter.query} onInput={(e) => onChange({ ...filter, query: (e.currentTarget as HTMLInputElement).value })} />
      </label>
      <label>
        <span>{t('dashboard.market')}</span>
        <select value={filter.market ?? ''} onChange={(e) => onChange({ ...filter, market: (e.currentTarget as HTMLSelectElement).value || null })}>
          <option value="">{t('dashboard.allMarkets')}</option>
          {markets.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <label class="inline">
        <input type="checkbox" checked={filter.attention} onChange={(e) => onChange({ ...filter, attention: (e.currentTarget as HTMLInputElement).checked })} />
        <span>{t('dashboard.attention')}</span>
      </label>
      <button type="button" onClick={onExport}>
        {t('dashboard.export')}
      </button>
    </div>
  );
}
