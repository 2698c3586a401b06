import type { AnalyticsIndex } from './AnalyticsIndex';
import { addRecordToTotals, type CurrencyTotal } from './CurrencyTotal';
import { figureOf, type Figure } from './Figure';
import { positionsOf } from './OwnedPositions';
import { dayRangeOf, inDayRange } from './Period';
import type { Scope } from './Scope';

/**
 * Won deals and revenue in the period. Won: deals closed as Success in the period (their amounts
 * in `wonAmount`). Planned revenue: planned receipts (invoices) issued in the period. Received:
 * payments dated in the period. Invoices and payments belong to their deal's owner.
 */
export type SalesResults = { won: Figure; wonAmount: CurrencyTotal[]; planned: CurrencyTotal[]; received: CurrencyTotal[] };

export function salesResults(index: AnalyticsIndex, scope: Scope): SalesResults {
  const range = dayRangeOf(scope.period);
  const { deals, invoices, payments } = index;
  const wonIds: string[] = [];
  const wonAmount: CurrencyTotal[] = [];
  for (const i of positionsOf(deals.won, scope.owner)) {
    if (!inDayRange(range, deals.closedDay[i]!)) continue;
    wonIds.push(deals.id[i]!);
    addRecordToTotals(wonAmount, deals.currency[i]!, deals.amountMinor[i]!, deals.id[i]!);
  }
  const planned: CurrencyTotal[] = [];
  for (const i of positionsOf(invoices.all, scope.owner)) {
    if (inDayRange(range, invoices.issueDay[i]!)) addRecordToTotals(planned, invoices.currency[i]!, invoices.amountMinor[i]!, invoices.id[i]!);
  }
  const received: CurrencyTotal[] = [];
  for (const i of positionsOf(payments.all, scope.owner)) {
    if (inDayRange(range, payments.day[i]!)) addRecordToTotals(received, payments.currency[i]!, payments.amountMinor[i]!, payments.id[i]!);
  }
  return { won: figureOf(wonIds), wonAmount, planned, received };
}
