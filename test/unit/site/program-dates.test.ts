import { describe, expect, it } from 'vitest';
import { readProgramDates } from '../../../lib/site/program-dates';

const doc = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const Q4 = ['tsp-q4-daily-gmv', 'tsp-q4-rank-up', 'tsp-q4-video-credits', 'tsp-q4-affiliate-credits', 'tsp-q4-creator-incubation'];

describe('readProgramDates', () => {
  it("reads a Partner Center banner's dates for the programs it names", () => {
    expect(readProgramDates(doc('<div class="banner">Q4 incentives (Oct 1 – Dec 31, 2026): enroll now</div>'), null)).toEqual([
      { programIds: Q4, start: '2026-10-01', end: '2026-12-31' },
    ]);
    expect(readProgramDates(doc('<p>BFCM challenge: Nov 12 - Dec 1, 2026</p><p>Q4 激励 (2026-10-01 ~ 2026-12-31)</p>'), null)).toEqual([
      { programIds: ['tsp-bfcm-challenge'], start: '2026-11-12', end: '2026-12-01' },
      { programIds: Q4, start: '2026-10-01', end: '2026-12-31' },
    ]);
  });

  it('puts the first date of a range across new year in the year before', () => {
    expect(readProgramDates(doc('<p>Q4 bonus window (Dec 15 – Jan 15, 2027)</p>'), null)[0]).toMatchObject({ start: '2026-12-15', end: '2027-01-15' });
  });

  it('reads nothing without a named program, without dates, or from hidden text', () => {
    expect(readProgramDates(doc('<p>Campaign (Oct 1 – Dec 31, 2026)</p><p>Q4 incentives are coming</p><p hidden>Q4 incentives (Oct 1 – Dec 31, 2027)</p>'), null)).toEqual([]);
  });
});
