/**
 * The on-page status panel: one line (headline numbers, how many things need the
 * seller), expandable to the warnings. Plain DOM rather than Preact: it runs on every
 * Seller Center page, where the framework alone would cost ~4 KB of the 20 KB budget.
 * Page and stored text only ever become `textContent`, never markup.
 */
import { formatDate, formatMetric } from '../lib/format';
import type { Translate } from '../lib/i18n/core';
import type { MetricKey } from '../lib/metrics';
import { sortWarnings } from '../lib/ui/cards';
import { adviceText, warningMentionsEta, warningText } from '../lib/ui/warning-text';
import type { OverlayStatus } from '../lib/worker/status';

const HEADLINE: MetricKey[] = ['sps', 'ordersLast90Days', 'ahr', 'violationPoints'];

export type OverlayProps = {
  status: OverlayStatus;
  collapsed: boolean;
  onToggle: () => void;
  t: Translate;
  locale: string;
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function headline({ status, t, locale }: OverlayProps): string {
  return HEADLINE.flatMap((metric) => {
    const latest = status.latest[metric];
    if (!latest) return [];
    const value =
      latest.value === null && metric === 'sps' ? t('metric.noScore') : formatMetric(metric, latest.value, { locale, currency: status.currency });
    return [`${t(`metric.${metric}`)} ${value}`];
  }).join(' · ');
}

function warningList({ status, t, locale }: OverlayProps): HTMLUListElement {
  const list = el('ul', 'warnings');
  list.setAttribute('aria-label', t('warnings.title'));
  for (const w of sortWarnings(status.warnings)) {
    const item = el('li', `warning ${w.severity}`);
    item.dataset.code = w.code;
    item.append(el('strong', undefined, t(`severity.${w.severity}`)), ` ${warningText(w, t, locale, status.currency)}`);
    if (w.eta && !warningMentionsEta(w.code, t)) item.append(el('span', 'eta', ` ${t('card.eta', { date: formatDate(w.eta, locale) })}`));
    const advice = adviceText(w, t);
    if (advice) item.append(el('p', 'advice', advice));
    list.append(item);
  }
  return list;
}

/** Draws the panel into `root`, replacing what was there. */
export function renderOverlay(root: HTMLElement, props: OverlayProps): void {
  const { status, collapsed, onToggle, t } = props;
  const panel = el('aside', `panel sev-${status.worst}`);
  panel.setAttribute('aria-label', t('overlay.label'));
  const line = el('button', 'line');
  line.type = 'button';
  line.setAttribute('aria-expanded', String(!collapsed));
  line.title = collapsed ? t('overlay.expand') : t('overlay.collapse');
  line.addEventListener('click', onToggle);
  const dot = el('span', 'dot');
  dot.setAttribute('aria-hidden', 'true');
  line.append(dot, el('strong', undefined, t('app.name')));
  if (!collapsed) line.append(el('span', 'headline', headline(props)));
  const count = status.warnings.filter((w) => w.severity !== 'info').length;
  line.append(el('span', 'count', count > 0 ? t('overlay.warnings', { count }) : t('overlay.allClear')));
  panel.append(line);
  if (!collapsed && status.warnings.length > 0) {
    const details = el('div', 'details');
    details.append(warningList(props));
    panel.append(details);
  }
  root.replaceChildren(panel);
}
