/**
 * The currencies a chart of amounts can be drawn in, the one with the most records first (then by
 * code). Amounts in two currencies never share an axis: a chart shows one currency at a time, and
 * the pane offers the others beside it.
 */
export function chartCurrencies(totals: Iterable<{ currency: string | null; ids: { count: number } }>): string[] {
  const records = new Map<string, number>();
  for (const t of totals) if (t.currency) records.set(t.currency, (records.get(t.currency) ?? 0) + t.ids.count);
  return [...records].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([currency]) => currency);
}
