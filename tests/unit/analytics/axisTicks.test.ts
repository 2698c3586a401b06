import { axisTicks } from '../../../src/taskpane/modules/analytics/axisTicks';
import { formatCompact } from '../../../src/taskpane/modules/analytics/formatting';

describe('axisTicks', () => {
  it('labels a chart of amounts with three short round values in the pane’s language, the last past the largest bar', () => {
    const ticks = axisTicks(31_600_000);
    expect(ticks).toEqual([0, 20_000_000, 40_000_000]);
    expect(ticks.map((v) => formatCompact(v, 'uk-UA').replace(/\s/g, ' '))).toEqual(['0', '20 млн', '40 млн']);
    expect(ticks.map((v) => formatCompact(v, 'en-GB'))).toEqual(['0', '20m', '40m']);
  });

  it('keeps the bars long: the axis ends close above the largest value', () => {
    for (const max of [7, 45, 107, 1234, 99_900, 0.3]) {
      const last = axisTicks(max).at(-1)!;
      expect(last).toBeGreaterThanOrEqual(max);
      expect(max / last).toBeGreaterThan(0.6);
    }
  });

  it('counts a few leads in whole numbers, and a chart of zeros still has an axis', () => {
    expect(axisTicks(3)).toEqual([0, 2, 4]);
    expect(axisTicks(0)).toEqual([0, 1]);
  });
});
