type Grouped = { keys: readonly string[]; currency: string | null };
/** How a grouping's keys compare; null for the order the query gave them (time buckets, numbers, text). */
export type KeyOrder = ((a: string, b: string) => number) | null;

const asGiven = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });

/**
 * Result rows in the order a user reads each grouping in: a picklist's or status's values in the
 * list's order (the pipeline's stages as the deal moves), names alphabetically; each grouping
 * after the one before it, then the currency.
 */
export function inGroupOrder<R extends Grouped>(rows: readonly R[], orders: readonly KeyOrder[]): R[] {
  return [...rows].sort((a, b) => {
    for (const [i, order] of orders.entries()) {
      const c = (order ?? asGiven)(a.keys[i] ?? '', b.keys[i] ?? '');
      if (c) return c;
    }
    return (a.currency ?? '').localeCompare(b.currency ?? '');
  });
}

/** The order of a closed list of values (`codes` in list order); a value the list lacks, and none, after them. */
export function listOrder(codes: readonly string[]): KeyOrder {
  const rank = new Map(codes.map((code, n) => [code, n]));
  return (a, b) => (rank.get(a) ?? rank.size) - (rank.get(b) ?? rank.size) || asGiven(a, b);
}
