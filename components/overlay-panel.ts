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
  /** What this page shows but Shop Pulse did not read (its `missing`); never "all clear" then. */
  missed?: readonly MetricKey[];
  /** Open the page-sample page at its manual-entry form, or at the sample. */
  onOpen?: (section: 'manual' | 'sample') => void;
  /** Move the panel to the next corner (what dragging does, for the keyboard). */
  onMove?: () => void;
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

function button(text: string, onClick: () => void, className = 'act'): HTMLButtonElement {
  const b = el('button', className, text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/** "This page shows your Shop Performance Score, but Shop Pulse could not read it." and what to do. */
function missedNotice({ missed = [], t, onOpen }: OverlayProps): HTMLElement {
  const box = el('div', 'missed');
  const names = missed.map((m) => t(`metric.${m}`)).join(', ');
  box.append(el('p', undefined, t(missed.length > 1 ? 'missed.many' : 'missed.one', { metrics: names })));
  if (onOpen) box.append(button(t('missed.enter'), () => onOpen('manual')), button(t('missed.sample'), () => onOpen('sample')));
  return box;
}

/** Draws the panel into `root`, replacing what was there. */
export function renderOverlay(root: HTMLElement, props: OverlayProps): void {
  const { status, collapsed, onToggle, t, missed = [], onMove } = props;
  // Nothing read and nothing missed (a shop's first page, not read yet): nothing to say.
  if (missed.length === 0 && status.warnings.length === 0 && Object.keys(status.latest).length === 0) return root.replaceChildren();
  const panel = el('aside', `panel sev-${missed.length > 0 && status.worst !== 'critical' ? 'warning' : status.worst}${collapsed ? ' pill' : ''}`);
  panel.setAttribute('aria-label', t('overlay.label'));
  const line = button('', onToggle, 'line');
  line.setAttribute('aria-expanded', String(!collapsed));
  line.title = collapsed ? t('overlay.expand') : t('overlay.collapse');
  const dot = el('span', 'dot');
  dot.setAttribute('aria-hidden', 'true');
  line.append(dot, el('strong', undefined, t('app.name')));
  if (!collapsed) line.append(el('span', 'headline', headline(props)));
  const count = status.warnings.filter((w) => w.severity !== 'info').length;
  line.append(el('span', 'count', missed.length > 0 ? t('overlay.notRead') : count > 0 ? t('overlay.warnings', { count }) : t('overlay.allClear')));
  panel.append(line);
  if (!collapsed) {
    const details = el('div', 'details');
    if (missed.length > 0) details.append(missedNotice(props));
    if (status.warnings.length > 0) details.append(warningList(props));
    // Moving from the keyboard, as dragging does with a pointer.
    if (onMove) details.append(button(t('overlay.move'), onMove, 'link'));
    panel.append(details);
  }
  root.replaceChildren(panel);
}
