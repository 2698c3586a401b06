import type { AnalyticsIndex } from './AnalyticsIndex';
import { addRecordToTotals, type CurrencyTotal } from './CurrencyTotal';
import { positionsOf } from './OwnedPositions';
import { instantMs } from './Period';
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

const DAY_MS = 86_400_000;

export function receivables(index: AnalyticsIndex, scope: Scope): Receivables {
  const todayMs = instantMs(scope.today);
  const invoices = index.invoices;
  const open: OpenInvoice[] = [];
  for (const i of positionsOf(invoices.all, scope.owner)) {
    const outstandingMinor = invoices.amountMinor[i]! - invoices.paidMinor[i]!;
    if (outstandingMinor <= 0) continue;
    const daysOverdue = Math.max(0, Math.floor((todayMs - invoices.dueDayMs[i]!) / DAY_MS));
    open.push({ invoiceId: invoices.id[i]!, clientId: invoices.clientId[i]!, dealId: invoices.dealId[i]!, owner: invoices.owner[i]!, currency: invoices.currency[i]!, outstandingMinor, daysOverdue });
  }
  const byBucket = agingBuckets.map((bucket) => ({ bucket, totals: [] as CurrencyTotal[] }));
  const overdue: CurrencyTotal[] = [];
  for (const o of open) {
    addRecordToTotals(byBucket[agingBucketIndex(o.daysOverdue)]!.totals, o.currency, o.outstandingMinor, o.invoiceId);
    if (o.daysOverdue > 0) addRecordToTotals(overdue, o.currency, o.outstandingMinor, o.invoiceId);
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
