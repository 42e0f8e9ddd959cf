import { describe, expect, it } from 'vitest';
import { parseManualFigures } from '../../../lib/ui/manual-figures';

describe('parseManualFigures', () => {
  it.each([
    [{ sps: '3.62', ordersLast90Days: '41' }, false, { sps: 3.62, ordersLast90Days: 41 }],
    [{ sps: '3,62', ordersLast90Days: '' }, false, { sps: 3.62 }],
    [{ sps: '', ordersLast90Days: '12' }, true, { sps: null, ordersLast90Days: 12 }],
    [{ sps: '5.01' }, false, { key: 'manual.invalidSps', params: { metric: 'sps' } }],
    [{ ordersLast90Days: '4.5' }, false, { key: 'manual.invalidOrders', params: { metric: 'ordersLast90Days' } }],
    [{ sps: '', ordersLast90Days: '' }, false, { key: 'manual.empty' }],
  ])('%j, no score %s → %j', (texts, noScore, expected) => {
    expect(parseManualFigures(texts, noScore)).toEqual(expected);
  });

  it('reads each unit as a seller writes it: a rate in percent, an amount, a count with separators, points in range', () => {
    expect(parseManualFigures({ negativeReviewRate: '0,84', gmv: '48213.09', visitors: '58,747', ahr: '640' })).toEqual({
      negativeReviewRate: 0.0084,
      gmv: 48213.09,
      visitors: 58747,
      ahr: 640,
    });
    expect(parseManualFigures({ onTimeDeliveryRate: '101' })).toEqual({ key: 'manual.invalidRatio', params: { metric: 'onTimeDeliveryRate' } });
    expect(parseManualFigures({ gmv: '-5' })).toEqual({ key: 'manual.invalidMoney', params: { metric: 'gmv' } });
    expect(parseManualFigures({ violationPoints: '49' })).toEqual({ key: 'manual.invalidPoints', params: { metric: 'violationPoints', min: 0, max: 48 } });
    expect(parseManualFigures({ orders: '12.5' })).toEqual({ key: 'manual.invalidCount', params: { metric: 'orders' } });
  });

  it('never stores a guessed zero: "no score yet" is null, and an empty field is left out', () => {
    expect(parseManualFigures({ sps: '0', visitors: '' }, true)).toEqual({ sps: null });
  });
});
