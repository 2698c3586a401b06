import { percentOfMinor } from '../../../src/domain/analytics/CurrencyTotal';
import { OwnedPositionsBuilder, positionsOf } from '../../../src/domain/analytics/OwnedPositions';
import { dayKey, dayRangeOf, inDayRange, inPeriod, instantMs } from '../../../src/domain/analytics/Period';

describe('dayKey', () => {
  it('orders dates and instants as their calendar days do', () => {
    expect(dayKey('2026-03-05')).toBe(20260305);
    expect(dayKey('2026-03-05T23:59:59.999Z')).toBe(20260305);
    expect(dayKey('2026-03-05T01:00:00+03:00')).toBe(20260305);
  });

  it('tests a period as inPeriod does for the dates the app writes', () => {
    const period = { from: '2026-01-01', to: '2026-03-31' };
    const range = dayRangeOf(period);
    for (const at of ['2025-12-31T23:59:59.999Z', '2026-01-01', '2026-02-29T10:00:00Z', '2026-03-31T22:00:00Z', '2026-04-01', '']) {
      expect(inDayRange(range, dayKey(at))).toBe(inPeriod(period, at));
    }
  });

  it('reads text that does not start with a date as no day', () => {
    for (const text of ['', '2026-3-5', '2026/03/05', 'soon', '2026-0a-05']) expect(dayKey(text)).toBeNaN();
  });
});

describe('instantMs', () => {
  it('reads dates and toISOString instants as Date.parse does', () => {
    for (const iso of ['2026-03-05', '2024-02-29T23:59:59.999Z', '1999-12-31T00:00:00.000Z', '2026-03-05T10:00:00+02:00']) expect(instantMs(iso)).toBe(Date.parse(iso));
  });
});

describe('percentOfMinor', () => {
  const exact = (minor: number, percent: number) => Number((BigInt(minor) * BigInt(Math.round(percent * 100)) * 2n + 10_000n) / 20_000n);

  it('rounds half-up in integers, as BigInt arithmetic does, for amounts of any size and sign', () => {
    const amounts = [0, 1, 49, 50, 99, 12_345, -12_345, 999_999_999, -1, 2 ** 50, -(2 ** 50), Number.MAX_SAFE_INTEGER];
    for (const minor of amounts) for (const percent of [0, 0.01, 12.5, 33.33, 50, 99.99, 100]) expect(Object.is(percentOfMinor(minor, percent), exact(minor, percent))).toBe(true);
  });

  it('refuses a fractional amount as before', () => {
    expect(() => percentOfMinor(1.5, 10)).toThrow(RangeError);
  });
});

describe('OwnedPositionsBuilder', () => {
  it('keeps positions in the order added, for all and per owner', () => {
    const builder = new OwnedPositionsBuilder(4);
    builder.add(0, 'anna');
    builder.add(2, 'bohdan');
    builder.add(3, 'anna');
    const positions = builder.build();
    expect([...positionsOf(positions, null)]).toEqual([0, 2, 3]);
    expect([...positionsOf(positions, 'anna')]).toEqual([0, 3]);
    expect([...positionsOf(positions, 'olena')]).toEqual([]);
  });
});
