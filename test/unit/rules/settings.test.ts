import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROGRAMS, ProgramSchema } from '../../../lib/rules/programs';
import { DEFAULT_SETTINGS, SettingsSchema, resolveSettings } from '../../../lib/rules/settings';

describe('program catalog', () => {
  it('validates against ProgramSchema, ids unique', () => {
    expect(z.array(ProgramSchema).parse(PROGRAMS)).toEqual(PROGRAMS);
    expect(new Set(PROGRAMS.map((p) => p.id)).size).toBe(PROGRAMS.length);
  });
  it('holds every program of DOMAIN.md, each with a source and a default switch', () => {
    expect(PROGRAMS.map((p) => p.id)).toEqual([
      'smart-promotion', 'newstar', 'tsp-q4-daily-gmv', 'tsp-q4-rank-up', 'tsp-q4-video-credits',
      'tsp-q4-affiliate-credits', 'tsp-q4-creator-incubation', 'tsp-bfcm-challenge',
    ]);
    for (const p of PROGRAMS) {
      expect(p.source.publisher).not.toBe('');
      expect(DEFAULT_SETTINGS.programs[p.id]).toEqual({ enabled: true });
      expect(p.regions).toEqual(['US']); // every catalogued program is a US one
    }
  });
});

describe('settings', () => {
  it('defaults are valid', () => expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS));

  it.each([
    { name: 'no override', override: undefined, check: (s: typeof DEFAULT_SETTINGS) => expect(s).toEqual(DEFAULT_SETTINGS) },
    {
      name: 'deep merge keeps siblings',
      override: { margins: { sps: 0.3 } },
      check: (s: typeof DEFAULT_SETTINGS) => expect(s.margins).toEqual({ sps: 0.3, orders90: 5, ahr: 25 }),
    },
    {
      name: 'invalid leaf ignored, valid sibling kept',
      override: { margins: { sps: -1, orders90: 8 } },
      check: (s: typeof DEFAULT_SETTINGS) => expect(s.margins).toEqual({ sps: 0.2, orders90: 8, ahr: 25 }),
    },
    {
      name: 'unknown keys and wrong types ignored',
      override: { bogus: 1, channel: { productCardShareMax: '70%' }, audience: 'admin' },
      check: (s: typeof DEFAULT_SETTINGS) => expect(s).toEqual(DEFAULT_SETTINGS),
    },
    {
      name: 'switch one program off, move dates of another',
      override: { programs: { newstar: { enabled: false }, 'tsp-q4-rank-up': { end: '2026-12-31' } } },
      check: (s: typeof DEFAULT_SETTINGS) => {
        expect(s.programs.newstar).toEqual({ enabled: false });
        expect(s.programs['tsp-q4-rank-up']).toEqual({ enabled: true, end: '2026-12-31' });
      },
    },
    {
      name: 'arrays are replaced whole; a bad tier table is ignored',
      override: { assumptions: { partner: { dailyGmvTiers: [{ minIncrement: 1, low: 2 }] , baselineMonth: '08' } } },
      check: (s: typeof DEFAULT_SETTINGS) => {
        expect(s.assumptions.partner.dailyGmvTiers).toEqual(DEFAULT_SETTINGS.assumptions.partner.dailyGmvTiers);
        expect(s.assumptions.partner.baselineMonth).toBe('08');
      },
    },
    { name: 'not an object', override: 'nope', check: (s: typeof DEFAULT_SETTINGS) => expect(s).toEqual(DEFAULT_SETTINGS) },
  ])('$name', ({ override, check }) => check(resolveSettings(override)));
});
