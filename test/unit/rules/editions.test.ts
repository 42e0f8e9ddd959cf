import { describe, expect, it } from 'vitest';
import { nextRun, withAnnouncedDates } from '../../../lib/rules/editions';

describe('programs that come back', () => {
  it("offers last run's dates moved to the first year they have not passed, never while a run is on", () => {
    expect(nextRun({ start: '2025-10-01', end: '2025-12-31' }, '2026-12-01')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(nextRun({ start: '2024-11-12', end: '2024-12-01' }, '2026-12-02')).toEqual({ start: '2027-11-12', end: '2027-12-01' });
    expect(nextRun({ start: '2026-10-01', end: '2026-12-31' }, '2026-12-01')).toBeNull();
    expect(nextRun({ start: '2026-01-20', end: null }, '2026-12-01')).toBeNull();
    expect(nextRun({ start: '2024-02-01', end: '2024-02-29' }, '2024-03-01')).toBeNull();
  });

  it("takes a page's announced dates over the user's override, keeping the rest of it", () => {
    const rules = { audience: 'partner', programs: { 'tsp-q4-rank-up': { enabled: false, start: '2025-10-01' } } };
    const next = withAnnouncedDates(rules, [{ programIds: ['tsp-q4-rank-up', 'tsp-q4-daily-gmv'], start: '2026-10-01', end: '2026-12-31' }]);
    expect(next).toEqual({
      audience: 'partner',
      programs: {
        'tsp-q4-rank-up': { enabled: false, start: '2026-10-01', end: '2026-12-31' },
        'tsp-q4-daily-gmv': { start: '2026-10-01', end: '2026-12-31' },
      },
    });
    expect(withAnnouncedDates(next!, [{ programIds: ['tsp-q4-rank-up'], start: '2026-10-01', end: '2026-12-31' }])).toBeNull();
  });
});
