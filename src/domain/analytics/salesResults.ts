import type { AnalyticsIndex } from './AnalyticsIndex';
import { recordsInScope } from './AnalyticsIndex';
import { addToTotals, type CurrencyTotal } from './CurrencyTotal';
import { figureOf, type Figure } from './Figure';
import { inPeriod } from './Period';
import type { Scope } from './Scope';

/**
 * Won deals and revenue in the period. Won: deals closed as Success in the period (their amounts
 * in `wonAmount`). Planned revenue: planned receipts (invoices) issued in the period. Received:
 * payments dated in the period. Invoices and payments belong to their deal's owner.
 */
export type SalesResults = { won: Figure; wonAmount: CurrencyTotal[]; planned: CurrencyTotal[]; received: CurrencyTotal[] };

export function salesResults(index: AnalyticsIndex, scope: Scope): SalesResults {
  const wonIds: string[] = [];
  const wonAmount: CurrencyTotal[] = [];
  for (const d of recordsInScope(index, scope, 'deals')) {
    if (d.status !== 'won' || !inPeriod(scope.period, d.closedAt)) continue;
    wonIds.push(d.id);
    addToTotals(wonAmount, d.currency, d.amountMinor, d.id);
  }
  const planned: CurrencyTotal[] = [];
  for (const i of recordsInScope(index, scope, 'invoices')) {
    if (inPeriod(scope.period, i.issueDate)) addToTotals(planned, i.currency, i.amountMinor, i.id);
  }
  const received: CurrencyTotal[] = [];
  for (const p of recordsInScope(index, scope, 'payments')) {
    if (inPeriod(scope.period, p.date)) addToTotals(received, p.currency, p.amountMinor, p.id);
  }
  return { won: figureOf(wonIds), wonAmount, planned, received };
}
