import { describe, expect, it } from 'vitest';
import { findPeriod } from '../../../lib/site/period';

const P = { start: '2025-06-03', end: '2025-06-09' };

describe('findPeriod', () => {
  it.each([
    [['Jun 3, 2025 - Jun 9, 2025'], 'US'],
    [['June 3, 2025', '–', 'June 9, 2025'], null],
    [['3 Jun 2025 to 9 Jun 2025'], 'GB'],
    [['2025-06-03', '~', '2025-06-09'], null],
    [['2025/06/03 - 2025/06/09'], 'US'],
    [['2025年6月3日 至 2025年6月9日'], null],
    [['06/03/2025 - 06/09/2025'], 'US'],
    [['03/06/2025 - 09/06/2025'], 'GB'],
    [['03.06.2025 - 09.06.2025'], 'DE'],
    [['3 Juni 2025 - 9 Juni 2025'], 'ID'],
    [['Last 7 days', '2025-06-03', '2025-06-09'], null],
    [['03/06/2568 - 09/06/2568'], 'TH'], // Buddhist era, as Thai pages may print it
    [['2568-06-03 ~ 2568-06-09'], 'TH'],
    [['3 มิ.ย. 2568 - 9 มิ.ย. 2568'], 'TH'],
    [['3 มิถุนายน 2568 ถึง 9 มิถุนายน 2568'], 'TH'],
    [['3 juin 2025 - 9 juin 2025'], 'FR'],
    [['3. Juni 2025 – 9. Juni 2025'], 'DE'],
    [['3 de junio de 2025 - 9 de junio de 2025'], 'ES'],
    // A second range shown only for comparison does not make the page's range ambiguous.
    [['2025-06-03 - 2025-06-09', 'vs 2025-05-27 - 2025-06-02'], 'US'],
    [['Jun 3, 2025 - Jun 9, 2025', 'Compared with: May 27, 2025 - Jun 2, 2025'], 'US'],
    [['So sánh với: 27/05/2025 - 02/06/2025', '03/06/2025 - 09/06/2025'], 'VN'],
    [['2025-06-03 ~ 2025-06-09', '对比周期：2025-05-27 ~ 2025-06-02'], null],
  ] as const)('%j (%s)', (texts, region) => {
    expect(findPeriod(texts, region)).toEqual(P);
  });

  it.each([
    [['Last 7 days'], 'US'],
    [['03/06/2025 - 09/06/2025'], null], // day or month first? unknowable without the region
    [['Jun 9, 2025 - Jun 3, 2025'], 'US'],
    [['2025-06-03 - 2025-06-09', 'Shipping window 2025-05-27 - 2025-06-02'], 'US'], // two ranges, neither a comparison: ambiguous
    [['2025-02-30 - 2025-03-02'], 'US'],
    [['Updated Jun 9, 2025'], 'US'],
    [['2024-01-01 - 2025-06-09'], 'US'], // longer than a year
  ] as const)('null for %j (%s)', (texts, region) => {
    expect(findPeriod(texts, region)).toBeNull();
  });
});
