import { queryChart } from '../../../src/taskpane/modules/analytics/queryChart';

const aRow = (key: string, currency: string | null, value: number, records = 1) => ({ keys: [key], currency, values: [value], ids: { count: records } });

describe('queryChart', () => {
  // Sums of deal amounts by stage, kept per currency: 3 deals in hryvnias, 2 in pounds, 1 in euros.
  const amounts = [aRow('proposal', 'EUR', 1_000_000, 1), aRow('proposal', 'GBP', 250_000, 2), aRow('proposal', 'UAH', 31_600_000_00, 2), aRow('contract', 'UAH', 4_000_00, 1)];

  it('charts amounts in one currency only, the one most records are in, never hryvnias beside pounds on one axis', () => {
    const chart = queryChart(amounts, 'money', null);
    expect(chart.currencies).toEqual(['UAH', 'GBP', 'EUR']);
    expect(chart.currency).toBe('UAH');
    expect(chart.bars.map((b) => [b.rows[0]!.keys[0], b.rows[0]!.currency, b.value])).toEqual([
      ['proposal', 'UAH', 31_600_000],
      ['contract', 'UAH', 4_000],
    ]);
  });

  it('charts another currency when it is picked, and the first again when the picked one is gone', () => {
    expect(queryChart(amounts, 'money', 'GBP').bars.map((b) => [b.rows[0]!.currency, b.value])).toEqual([['GBP', 2_500]]);
    expect(queryChart(amounts, 'money', 'USD').currency).toBe('UAH');
  });

  it('counts an amount in whole units of its own currency, as Intl knows its minor unit: not always hundredths', () => {
    const whole = (currency: string, minor: number) => queryChart([aRow('won', currency, minor)], 'money', null).bars[0]?.value;
    expect(whole('JPY', 150_000)).toBe(150_000);
    expect(whole('KWD', 1_500)).toBe(1.5);
    expect(whole('EUR', 1_500)).toBe(15);
  });

  it('charts shares as percentages, and averages as they are, a bar per currency', () => {
    expect(queryChart([aRow('a', null, 0.429)], 'share', null).bars[0]?.value).toBeCloseTo(42.9);
    const averages = queryChart(amounts, 'average', null);
    expect(averages.currency).toBeNull();
    expect(averages.bars.map((b) => b.value)).toEqual([1_000_000, 250_000, 31_600_000_00, 4_000_00]);
  });

  it('counts a group’s records in every currency in one bar, not a bar per currency, and opens them all', () => {
    // Count and Sum of the amount: the table keeps a row per currency, a count has no currency.
    const counts = queryChart([aRow('proposal', 'EUR', 1), aRow('proposal', 'UAH', 2, 2), aRow('contract', 'UAH', 1)], 'number', null);
    expect(counts.currency).toBeNull();
    expect(counts.bars.map((b) => [b.rows[0]!.keys[0], b.value, b.rows.map((r) => r.currency)])).toEqual([
      ['proposal', 3, ['EUR', 'UAH']],
      ['contract', 1, ['UAH']],
    ]);
  });

  it('draws the largest groups of a long result, in the table’s order, and says how many there are', () => {
    const rows = Array.from({ length: 30 }, (_, i) => aRow(`reason ${String(i).padStart(2, '0')}`, 'UAH', i === 0 ? 5 : i >= 26 ? 100 + i : 10, 1));
    const chart = queryChart(rows, 'number', null, 24);
    expect(chart.groups).toBe(30);
    expect(chart.bars).toHaveLength(24);
    // The four largest are at the end of the table: before, the chart drew the first 24 and left them out.
    expect(chart.bars.slice(-4).map((b) => b.value)).toEqual([126, 127, 128, 129]);
    expect(chart.bars.map((b) => b.rows[0]!.keys[0])).not.toContain('reason 00');
    const keys = chart.bars.map((b) => b.rows[0]!.keys[0]!);
    expect(keys).toEqual([...keys].sort());
    const money = queryChart(rows, 'money', null, 24);
    expect(money.groups).toBe(30);
    expect(money.bars.map((b) => b.value)).toContain(1.29);
  });
});
