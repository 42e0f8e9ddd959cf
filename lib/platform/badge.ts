/** The toolbar badge shows the worst current severity across all shops. */
import { browser } from 'wxt/browser';

import type { BadgeSeverity } from '../ui/severity';

const BADGE: Record<BadgeSeverity, { text: string; color: string }> = {
  none: { text: '', color: '#1a7f37' },
  info: { text: '', color: '#0969da' },
  warning: { text: '!', color: '#bf8700' },
  critical: { text: '!!', color: '#cf222e' },
};

export async function showSeverityBadge(severity: BadgeSeverity): Promise<void> {
  const { text, color } = BADGE[severity];
  await browser.action.setBadgeText({ text });
  await browser.action.setBadgeBackgroundColor({ color });
  await browser.action.setTitle({ title: severity === 'none' || severity === 'info' ? 'Shop Pulse' : `Shop Pulse — ${severity}` });
}
