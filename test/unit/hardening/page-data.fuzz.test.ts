// The page's own data is untrusted twice over: a hostile or broken response body reaches the
// adapters, and anything may arrive on the channel to the content script (the page can send
// the event itself). Neither ever throws, and whatever passes is a valid figure: a known
// metric in range (or null), a real day, a one-day period, an ISO currency.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIsoDate, isPeriod, validMetricsOf } from '../../../lib/metrics';
import { ENDPOINTS, readPageData, type PageDataFigures } from '../../../lib/site/page-data';
import { checkPageDataMessage } from '../../../lib/site/page-data/check';
import { editedCopy, type Edit } from './edits';
import { caseCounter, runs, timeFor } from './fuzz';

const DIR = join(__dirname, '../../fixtures/page-data');
const URLS = ENDPOINTS.map((e) => [`https://seller-us.tiktok.com${e.path}?x=1`, e.method] as const);
/** Each recorded-shape body with the URL it answers (the file is named after the endpoint). */
const RECORDED = readdirSync(DIR).map((f) => {
  const endpoint = ENDPOINTS.findIndex((e) => f.startsWith(e.id));
  return { body: JSON.parse(readFileSync(join(DIR, f), 'utf8')) as unknown, at: URLS[Math.max(0, endpoint)]! };
});
const BODIES = RECORDED.map((r) => r.body);

const edited = (value: unknown, e: Edit) => editedCopy(value, e);

const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(NaN, Infinity, -1, 0, 5.01, 1001, 49, '3.62', ' 3.62 ', '', '1e3', '0x10', '4,5', '--', null, [], {}, '2025-02-30', '2025-06-01', 'USD'),
  fc.double(),
  fc.array(fc.record({ date: fc.string(), score: fc.oneof(fc.string(), fc.double()) }), { maxLength: 30 }),
);
const edit: fc.Arbitrary<Edit> = fc.record({
  path: fc.array(fc.nat(), { maxLength: 6 }),
  op: fc.constantFrom('set', 'set', 'delete', 'add'),
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'code', 'data', 'score', 'overview', 'segments', 'metric_groups', 'value'), fc.string({ maxLength: 12 })),
  value: hostile,
});
const body = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...BODIES), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([b, edits]) => edits.reduce(edited, b)) },
  { weight: 1, arbitrary: fc.constantFrom(...BODIES) },
  { weight: 2, arbitrary: hostile },
);

function expectValid(f: PageDataFigures) {
  expect(validMetricsOf(f.metrics)).toEqual(f.metrics);
  if (f.period) expect(isPeriod(f.period)).toBe(true);
  if (f.currency !== null) expect(f.currency).toMatch(/^[A-Z]{3}$/);
  for (const d of f.days) {
    expect(isIsoDate(d.day)).toBe(true);
    expect(Object.keys(d.metrics).length).toBeGreaterThan(0);
    expect(validMetricsOf(d.metrics)).toEqual(d.metrics);
    if (d.period) expect(d.period).toEqual({ start: d.day, end: d.day });
  }
  expect(new Set(f.days.map((d) => d.day)).size).toBe(f.days.length);
}

describe('hardening: page data', () => {
  const counter = caseCounter('page-data');
  const n = runs('page-data', 0.5);

  it(`adapters: any body at any listed URL gives valid figures or null (${n} cases)`, { timeout: timeFor(n, 2) }, () => {
    fc.assert(
      fc.property(body, fc.constantFrom(...URLS), (b, [url, method]) => {
        counter.tried++;
        const f = readPageData(url, method, b);
        if (f === null) return void counter.rejected++;
        expectValid(f);
      }),
      { numRuns: Math.ceil(n / 3) },
    );
    // Mostly each recorded body, broken, at its own endpoint: the adapters' real input.
    const own = fc.tuple(fc.constantFrom(...RECORDED), fc.array(edit, { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(own, ([r, edits]) => {
        counter.tried++;
        const f = readPageData(r.at[0], r.at[1], edits.reduce(edited, r.body));
        if (f === null) return void counter.rejected++;
        expectValid(f);
      }),
      { numRuns: n - Math.ceil(n / 3) },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it(`channel: anything arriving gives a checked message or null, and checking it again changes nothing (${n} cases)`, { timeout: timeFor(n, 2) }, () => {
    const good = RECORDED.map((r) => readPageData(r.at[0], r.at[1], r.body)).filter((f) => f !== null);
    const message = fc.oneof(
      { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...good), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([f, edits]) => edits.reduce(edited, { href: 'https://seller-us.tiktok.com/homepage', figures: f })) },
      { weight: 1, arbitrary: hostile },
    );
    fc.assert(
      fc.property(message, (raw) => {
        counter.tried++;
        const m = checkPageDataMessage(raw);
        if (m === null) return void counter.rejected++;
        expectValid(m.figures);
        expect(checkPageDataMessage(JSON.parse(JSON.stringify(m)))).toEqual(m);
      }),
      { numRuns: n },
    );
  });
});
