import { queryChart } from '../../../src/taskpane/modules/analytics/queryChart';

const aRow = (key: string, currency: string | null, value: number, records = 1) => ({ keys: [key], currency, values: [value], ids: { count: records } });

describe('queryChart', () => {
  // Sums of deal amounts by stage, kept per currency: 3 deals in hryvnias, 2 in pounds, 1 in euros.
  const amounts = [aRow('proposal', 'EUR', 1_000_000, 1), aRow('proposal', 'GBP', 250_000, 2), aRow('proposal', 'UAH', 31_600_000_00, 2), aRow('contract', 'UAH', 4_000_00, 1)];

  it('charts amounts in one currency only, the one most records are in, never hryvnias beside pounds on one axis', () => {
    const chart = queryChart(amounts, 'money', null);
    expect(chart.currencies).toEqual(['UAH', 'GBP', 'EUR']);
    expect(chart.currency).toBe('UAH');
    expect(chart.bars.map((b) => [b.row.keys[0], b.row.currency, b.value])).toEqual([
      ['proposal', 'UAH', 31_600_000],
      ['contract', 'UAH', 4_000],
    ]);
  });

  it('charts another currency when it is picked, and the first again when the picked one is gone', () => {
    expect(queryChart(amounts, 'money', 'GBP').bars.map((b) => [b.row.currency, b.value])).toEqual([['GBP', 2_500]]);
    expect(queryChart(amounts, 'money', 'USD').currency).toBe('UAH');
  });

  it('counts an amount in whole units of its own currency, as Intl knows its minor unit: not always hundredths', () => {
    const whole = (currency: string, minor: number) => queryChart([aRow('won', currency, minor)], 'money', null).bars[0]?.value;
    expect(whole('JPY', 150_000)).toBe(150_000);
    expect(whole('KWD', 1_500)).toBe(1.5);
    expect(whole('EUR', 1_500)).toBe(15);
  });

  it('charts shares as percentages and counts as they are, in every currency’s rows', () => {
    expect(queryChart([aRow('a', null, 0.429)], 'share', null).bars[0]?.value).toBeCloseTo(42.9);
    const counts = queryChart(amounts, 'number', null);
    expect(counts.currency).toBeNull();
    expect(counts.bars.map((b) => b.value)).toEqual([1_000_000, 250_000, 31_600_000_00, 4_000_00]);
  });
});
