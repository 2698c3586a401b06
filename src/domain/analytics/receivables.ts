import { ownerOfDeal, recordsInScope, type AnalyticsIndex } from './AnalyticsIndex';
import { addToTotals, type CurrencyTotal } from './CurrencyTotal';
import { daysBetween } from './Period';
import type { Scope } from './Scope';

export const agingBuckets = ['not-due', '1-30', '31-60', '61-90', 'over-90'] as const;
export type AgingBucket = (typeof agingBuckets)[number];

export type OpenInvoice = { invoiceId: string; clientId: string; dealId: string; owner: string; currency: string; outstandingMinor: number; daysOverdue: number };

/**
 * Money still expected on planned receipts (amount − payments so far), aged by days past the due
 * date as of today; an invoice is overdue from the day after its due date. Totals are per currency
 * and carry invoice ids.
 */
export type Receivables = { open: OpenInvoice[]; byBucket: { bucket: AgingBucket; totals: CurrencyTotal[] }[]; overdue: CurrencyTotal[] };

export function receivables(index: AnalyticsIndex, scope: Scope): Receivables {
  const open: OpenInvoice[] = [];
  for (const i of recordsInScope(index, scope, 'invoices')) {
    const owner = ownerOfDeal(index, i.dealId);
    const paid = (index.paymentsByInvoice.get(i.id) ?? []).reduce((sum, p) => sum + p.amountMinor, 0);
    const outstandingMinor = i.amountMinor - paid;
    if (outstandingMinor <= 0) continue;
    open.push({ invoiceId: i.id, clientId: i.clientId, dealId: i.dealId, owner, currency: i.currency, outstandingMinor, daysOverdue: Math.max(0, daysBetween(i.dueDate, scope.today)) });
  }
  const byBucket = agingBuckets.map((bucket) => ({ bucket, totals: [] as CurrencyTotal[] }));
  const overdue: CurrencyTotal[] = [];
  for (const o of open) {
    addToTotals(byBucket[agingBucketIndex(o.daysOverdue)]!.totals, o.currency, o.outstandingMinor, o.invoiceId);
    if (o.daysOverdue > 0) addToTotals(overdue, o.currency, o.outstandingMinor, o.invoiceId);
  }
  return { open: open.sort((a, b) => b.daysOverdue - a.daysOverdue), byBucket, overdue };
}

function agingBucketIndex(days: number): number {
  if (days <= 0) return 0;
  if (days <= 30) return 1;
  if (days <= 60) return 2;
  if (days <= 90) return 3;
  return 4;
}
