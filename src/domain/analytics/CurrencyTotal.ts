/**
 * Money figures are kept per currency and never converted behind the user's back: a team selling in
 * UAH and EUR sees two totals. Each total carries the ids of the records summed (drill-down).
 */
export type CurrencyTotal = { currency: string; minor: number; ids: string[] };

/**
 * Adds an amount to the list (in place), creating the currency's total when it is the first. An id
 * is listed once when its amounts come one after another (the lines of one deal).
 */
export function addToTotals(totals: CurrencyTotal[], currency: string, minor: number, id: string): void {
  const total = totalIn(totals, currency);
  total.minor += minor;
  if (total.ids[total.ids.length - 1] !== id) total.ids.push(id);
}

/**
 * addToTotals for a record counted once in the list: ids are unique in their table, so the id is
 * listed without comparing it with the last one (a string comparison per record in the sums over
 * 100k payments).
 */
export function addRecordToTotals(totals: CurrencyTotal[], currency: string, minor: number, id: string): void {
  const total = totalIn(totals, currency);
  total.minor += minor;
  total.ids.push(id);
}

function totalIn(totals: CurrencyTotal[], currency: string): CurrencyTotal {
  for (const t of totals) if (t.currency === currency) return t;
  const total: CurrencyTotal = { currency, minor: 0, ids: [] };
  totals.push(total);
  totals.sort((a, b) => a.currency.localeCompare(b.currency));
  return total;
}

export function minorIn(totals: readonly CurrencyTotal[], currency: string): number {
  return totals.find((t) => t.currency === currency)?.minor ?? 0;
}

/** amount × percent / 100 rounded half-up, in integers (percent may carry two decimals). */
export function percentOfMinor(minor: number, percent: number): number {
  const basisPoints = Math.round(percent * 100);
  // Exact in doubles below 2^53, where the quotient cannot round across an integer; BigInt otherwise (and to throw as before on a fractional amount).
  const scaled = minor * basisPoints * 2 + 10_000;
  if (Number.isInteger(minor) && Number.isSafeInteger(scaled)) return Math.trunc(scaled / 20_000) + 0;
  return Number((BigInt(minor) * BigInt(basisPoints) * 2n + 10_000n) / 20_000n);
}
