// The demo is always current: its pages, their periods and the made-up history end on the day
// it runs, whatever that day is.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/site';
import { demoHistory } from '../../../scripts/lib/demo-history.mjs';
import { DEMO_ORIGIN, DEMO_QUERY, demoPage } from '../../../scripts/lib/demo-site.mjs';

function open(path: string, now: Date) {
  const url = new URL(`${DEMO_ORIGIN}${path}${DEMO_QUERY}`);
  const doc = document.implementation.createHTMLDocument('demo');
  doc.documentElement.innerHTML = demoPage(url, now)!;
  return { doc, url };
}

// Local times: "today" is the day on the clock of whoever runs the demo.
const SPRING = new Date(2027, 2, 5, 14, 30); // 5 March 2027, 14:30
const JUST_AFTER_MIDNIGHT = new Date(2027, 0, 1, 0, 8); // 1 January 2027, 00:08

describe('demo pages', () => {
  it('Data Compass shows the seven days ending today, and the reader takes that period', () => {
    const { doc, url } = open('/compass/data-overview', SPRING);
    expect(doc.body.textContent).toContain('Feb 27, 2027 - Mar 5, 2027');
    expect(readPage(doc, url).period).toEqual({ start: '2027-02-27', end: '2027-03-05' });
  });

  it('the home page shows today’s data and the violations are dated weeks before today', () => {
    expect(open('/homepage', SPRING).doc.body.textContent).toContain('Data for Mar 5, 2027');
    const health = open('/health-center', JUST_AFTER_MIDNIGHT).doc.body.textContent;
    expect(health).toContain('Dec 11, 2026'); // 21 days before
    expect(health).not.toMatch(/\{\{|2026-11-2/);
  });
});

describe('demo history', () => {
  it.each([
    ['mid-afternoon', SPRING, '2027-03-05'],
    ['eight minutes after midnight', JUST_AFTER_MIDNIGHT, '2027-01-01'],
  ])('run %s: the last readings are from earlier today, none from the future', (_, now, today) => {
    const history = demoHistory({ now });
    const times = history.readings.map((r) => Date.parse(r.capturedAt));
    expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
    const gmvDays = history.readings.filter((r) => r.page === 'analytics').map((r) => (r.period as { end: string }).end);
    expect(gmvDays.at(-1)).toBe(today);
    expect(new Set(gmvDays).size).toBe(45); // one a day, six weeks and a bit
  });
});
