import { dealAmount, lineAmount } from '../../../src/domain/rules/dealAmount';
import { aLine } from './dealBuilders';

describe('dealAmount', () => {
  it('is the sum of quantity × price less discount over the lines', () => {
    const lines = [aLine({ quantity: 40, unitPriceMinor: 120_000, discountPercent: 10 }), aLine({ quantity: 1, unitPriceMinor: 250_000 })];
    expect(dealAmount(lines, 'UAH')).toEqual({ minor: 40 * 120_000 * 0.9 + 250_000, currency: 'UAH' });
  });

  it('rounds each line once, so the total equals the sum of the amounts the client sees', () => {
    const lines = [aLine({ quantity: 1, unitPriceMinor: 1_005, discountPercent: 10 }), aLine({ quantity: 1, unitPriceMinor: 1_005, discountPercent: 10 })];
    expect(lines.map((l) => lineAmount(l, 'UAH').minor)).toEqual([904, 904]);
    expect(dealAmount(lines, 'UAH').minor).toBe(1_808);
  });

  it('sums in integers where a float sum of decimals would not be exact', () => {
    const lines = Array.from({ length: 10 }, () => aLine({ quantity: 1, unitPriceMinor: 10 }));
    expect(Array.from({ length: 10 }, () => 0.1).reduce((a, b) => a + b, 0)).not.toBe(1);
    expect(dealAmount(lines, 'EUR').minor).toBe(100);
  });

  it('handles fractional quantities (hours) with half-up rounding', () => {
    expect(lineAmount(aLine({ quantity: 2.5, unitPriceMinor: 333 }), 'UAH').minor).toBe(833); // 832.5
  });

  it('is zero for a deal without lines', () => {
    expect(dealAmount([], 'UAH')).toEqual({ minor: 0, currency: 'UAH' });
  });
});
