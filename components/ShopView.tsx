import type { Translate } from '../lib/i18n';
import type { Metrics } from '../lib/metrics';
import { statusCards } from '../lib/ui/cards';
import type { ShopCharts } from '../lib/worker/charts';
import type { ShopStatus } from '../lib/worker/status';
import type { UnreadableReport } from '../lib/worker/unreadable';
import { ManualEntry } from './ManualEntry';
import { ProgramList } from './ProgramList';
import { StatusCard } from './StatusCard';
import { UnreadableNotice } from './UnreadableNotice';
import { WarningList } from './WarningList';

export type ShopViewProps = {
  status: ShopStatus;
  /** The cards' history charts; null until they arrive (after the cards are drawn). */
  charts: ShopCharts | null;
  t: Translate;
  locale: string;
  onManualSave: (metrics: Metrics) => Promise<void>;
  onOpenOptions: () => void;
  /** Is a report about the page in the active tab? */
  isHere?: (report: UnreadableReport) => boolean;
  /** Opens the page-sample page for the active tab. */
  onSample?: () => void;
};

/** Everything about one shop: warnings first, then where it stands, then programs. */
export function ShopView({ status, charts, t, locale, onManualSave, onOpenOptions, isHere = () => false, onSample }: ShopViewProps) {
  const currency = status.shop.currency;
  const series = { ...charts, gmv: status.gmvDaily };
  const cards = statusCards(status.latest, status.assessment.warnings, status.gmvPeriod);
  // Manual entry for exactly what the shop's pages showed but Shop Pulse missed; else, with no SPS, the SPS and 90-day orders.
  const missed = [...new Set(status.unreadable.flatMap((r) => r.missing))];
  const needsManual = missed.length > 0 || !('sps' in status.latest);
  return (
    <>
      <section aria-labelledby="h-warnings">
        <h2 id="h-warnings">{t('section.warnings')}</h2>
        <WarningList warnings={status.assessment.warnings} t={t} locale={locale} currency={currency} />
        {status.unreadable.map((r) => (
          <UnreadableNotice key={r.page} report={r} t={t} locale={locale} here={isHere(r)} onOpen={onSample && (() => onSample())} />
        ))}
      </section>
      <section aria-labelledby="h-status">
        <h2 id="h-status">{t('section.status')}</h2>
        <div class="cards">
          {cards.map((card) => (
            <StatusCard key={card.metric} card={card} series={series[card.metric] ?? []} currency={currency} locale={locale} t={t} />
          ))}
        </div>
        {needsManual && <ManualEntry t={t} onSave={onManualSave} metrics={missed.length > 0 ? missed : undefined} />}
      </section>
      <section aria-labelledby="h-programs">
        <h2 id="h-programs">{t('section.programs')}</h2>
        <ProgramList programs={status.assessment.programs} t={t} locale={locale} currency={currency} onEditAssumptions={onOpenOptions} missed={status.unreadable} />
      </section>
    </>
  );
}
