/** Steps an axis counts in, times a power of ten. */
const STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

const tidy = (n: number) => Number(n.toPrecision(12));

/**
 * Where a bar chart's value axis is labelled: 0 and two round steps, the last at or above the
 * largest value (0, 20 M, 40 M for 31.6 M), so three short labels fit under the bars of a 320 px
 * pane. Counts of a few are labelled in whole numbers (0, 2, 4 for 3).
 */
export function axisTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const half = max / 2;
  const power = 10 ** Math.floor(Math.log10(half));
  const step = STEPS.map((m) => tidy(m * power)).find((s) => s >= half && (max < 2 || Number.isInteger(s))) ?? tidy(10 * power);
  return [0, step, tidy(2 * step)];
}
