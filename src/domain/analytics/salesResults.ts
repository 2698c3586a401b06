import type { AnalyticsIndex } from './AnalyticsIndex';
import { ownerOfDeal } from './AnalyticsIndex';
import { addToTotals, type CurrencyTotal } from './CurrencyTotal';
import { figureOf, type Figure } from './Figure';
import { inPeriod } from './Period';
import { ownedBy, type Scope } from './Scope';

/**
 * Won deals and revenue in the period. Won: deals closed as Success in the period (their amounts
 * in `wonAmount`). Planned revenue: planned receipts (invoices) issued in the period. Received:
 * payments dated in the period. Invoices and payments belong to their deal's owner.
 */
export type SalesResults = { won: Figure; wonAmount: CurrencyTotal[]; planned: CurrencyTotal[]; received: CurrencyTotal[] };

export function salesResults(index: AnalyticsIndex, scope: Scope): SalesResults {
  const wonIds: string[] = [];
  const wonAmount: CurrencyTotal[] = [];
  for (const d of index.data.deals) {
    if (d.status !== 'won' || !inPeriod(scope.period, d.closedAt) || !ownedBy(scope, d.owner)) continue;
    wonIds.push(d.id);
    addToTotals(wonAmount, d.currency, d.amountMinor, d.id);
  }
  const planned: CurrencyTotal[] = [];
  for (const i of index.data.invoices) {
    if (inPeriod(scope.period, i.issueDate) && ownedBy(scope, ownerOfDeal(index, i.dealId))) addToTotals(planned, i.currency, i.amountMinor, i.id);
  }
  const received: CurrencyTotal[] = [];
  for (const p of index.data.payments) {
    if (inPeriod(scope.period, p.date) && ownedBy(scope, ownerOfDeal(index, p.dealId))) addToTotals(received, p.currency, p.amountMinor, p.id);
  }
  return { won: figureOf(wonIds), wonAmount, planned, received };
}
