import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../lib/rules';
import { MESSAGES } from '../../../lib/i18n';
import { METRIC_KEYS } from '../../../lib/metrics';
import { PROGRAMS } from '../../../lib/rules/programs';
import { SourceSchema, sourceLabel } from '../../../lib/rules/sources';
import { NOW, r } from './helpers';

const everything = {
  now: NOW,
  region: 'US',
  readings: [
    r('2026-10-02', { gmv: 300_000 }, ['2026-09-01', '2026-09-30']),
    r('2026-11-02', { gmv: 775_000 }, ['2026-10-01', '2026-10-31']),
    r('2026-11-08', { sps: 4.45, ordersLast90Days: 60, ahr: 180 }),
    r('2026-11-15', { sps: 4.1, ahr: 170 }),
    r('2026-11-22', { sps: 3.75, ahr: 160, gmv: 1_560_000, gmvProductCard: 1_200_000 }, ['2026-10-01', '2026-11-21']),
  ],
  settings: {
    audience: 'both',
    programs: Object.fromEntries(
      ['tsp-q4-daily-gmv', 'tsp-q4-rank-up', 'tsp-q4-video-credits', 'tsp-q4-affiliate-credits', 'tsp-q4-creator-incubation'].map((id) => [id, { enabled: true, start: '2026-10-01', end: '2026-12-31' }]),
    ),
    assumptions: { partner: { rankedUp: true, monthsInTop15: 2, sellersServed: 71, creatorsSelling: 2 } },
  } as never,
};

describe('every number names its source or assumption', () => {
  const a = assess(everything);
  it.each(a.programs.map((p) => [p.id, p] as const))('%s', (_, p) => {
    expect(p.source?.label).toBeTruthy();
    expect(p.details).toHaveLength(p.reasons.length);
    if (p.estimate) {
      expect(p.estimate.basis.length).toBeGreaterThan(10);
      expect(p.estimate.low).toBeLessThanOrEqual(p.estimate.high);
      expect(p.estimate.currency).toBe('USD');
    }
  });
  it('warnings carry a message and where the value was read', () => {
    expect(a.warnings.length).toBeGreaterThan(0);
    for (const w of a.warnings) expect(w.message && w.params).toBeTruthy();
  });
});

describe('assess never throws', () => {
  it('on arbitrary readings and settings', () => {
    const metric = fc.record(Object.fromEntries(METRIC_KEYS.map((k) => [k, fc.option(fc.double(), { nil: null })])), { requiredKeys: [] });
    const reading = fc.record({
      at: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string()),
      period: fc.option(fc.record({ start: fc.string(), end: fc.string() }), { nil: null }),
      metrics: metric,
    });
    fc.assert(
      fc.property(fc.array(reading, { maxLength: 30 }), fc.anything(), fc.option(fc.string(), { nil: undefined }), (readings, settings, region) => {
        const out = assess({ now: NOW, readings: readings as never, settings: settings as never, ...(region ? { region } : {}) });
        expect(Array.isArray(out.programs) && Array.isArray(out.warnings)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('sources a seller can follow', () => {
  // A repository file name (a research note of ours) is no source: a seller can neither open nor trust it.
  const FILE_NAME = /\bseeds?\b|\.txt\b|\b\d{3}_[0-9a-f]{6,}/i;

  it.each(PROGRAMS.map((p) => [p.id, p.source] as const))('%s cites a publisher, a title and a publication date', (_, source) => {
    expect(SourceSchema.parse(source)).toEqual(source);
    expect(source.publisher.trim()).not.toBe('');
    expect(source.date <= '2026-12-31' && source.date >= '2020-01').toBe(true);
    expect(sourceLabel(source)).not.toMatch(FILE_NAME);
    if (source.url) expect(new URL(source.url).protocol).toBe('https:');
  });

  it('assess hands the UI the source as a label plus its parts', () => {
    const [smart] = assess({ now: NOW, region: 'US', readings: [] }).programs;
    expect(smart!.source).toMatchObject({ publisher: 'Ebrun (亿邦动力)', date: '2026-02-12', url: 'https://m.ebrun.com/640434.html' });
    expect(smart!.source!.label).toBe('Ebrun (亿邦动力), “TikTok Shop推出智能促销计划 承诺可实现5倍ROI”, 2026-02-12');
  });

  it('no UI string, README line or program doc names a repository file as a source', () => {
    const texts = [
      ...Object.values(MESSAGES).flatMap((table) => Object.values(table)),
      ...PROGRAMS.flatMap((p) => [p.summary, ...p.assumptions]),
      ...['README.md', 'docs/programs.md', 'PRIVACY.md'].flatMap((f) => readFileSync(f, 'utf8').split('\n')),
    ];
    expect(texts.filter((line) => FILE_NAME.test(line))).toEqual([]);
  });
});
