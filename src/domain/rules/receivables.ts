import type { Deal } from '../model/Deal';
import type { Invoice } from '../model/Invoice';
import type { Payment } from '../model/Payment';

/** Where one planned receipt stands on a day. All amounts in minor units of `currency`. */
export type InvoiceStanding = {
  invoice: Invoice;
  paidMinor: number;
  outstandingMinor: number;
  /** Paid above the invoice amount (allowed, shown as a warning). */
  overpaidMinor: number;
  /** Unpaid after its due date. */
  overdue: boolean;
  status: 'paid' | 'partly-paid' | 'unpaid';
};

/** Totals in one currency; a client with deals in two currencies gets two. */
export type Receivables = {
  currency: string;
  invoicedMinor: number;
  paidMinor: number;
  /** What is still to be received: per invoice, its amount less its payments, never below 0. */
  outstandingMinor: number;
  /** The outstanding part of invoices whose due date has passed. */
  overdueMinor: number;
  overpaidMinor: number;
};

/**
 * Each planned receipt's standing as of an ISO date: payments dated after `asOf` are not yet
 * counted, and an invoice is overdue from the day after its due date.
 */
export function invoiceStandings(invoices: readonly Invoice[], payments: readonly Payment[], asOf: string): InvoiceStanding[] {
  const paidBy = new Map<string, number>();
  for (const p of payments) if (p.date <= asOf) paidBy.set(p.invoiceId, (paidBy.get(p.invoiceId) ?? 0) + p.amountMinor);
  return [...invoices]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number))
    .map((invoice) => {
      const paidMinor = paidBy.get(invoice.id) ?? 0;
      const outstandingMinor = Math.max(0, invoice.amountMinor - paidMinor);
      return {
        invoice,
        paidMinor,
        outstandingMinor,
        overpaidMinor: Math.max(0, paidMinor - invoice.amountMinor),
        overdue: outstandingMinor > 0 && invoice.dueDate < asOf,
        status: outstandingMinor === 0 ? 'paid' : paidMinor > 0 ? 'partly-paid' : 'unpaid',
      };
    });
}

/** Invoiced, paid, outstanding and overdue as of an ISO date, per currency (sorted by currency code). */
export function receivables(invoices: readonly Invoice[], payments: readonly Payment[], asOf: string): Receivables[] {
  const totals = new Map<string, Receivables>();
  for (const s of invoiceStandings(invoices, payments, asOf)) {
    const currency = s.invoice.currency;
    const t = totals.get(currency) ?? { currency, invoicedMinor: 0, paidMinor: 0, outstandingMinor: 0, overdueMinor: 0, overpaidMinor: 0 };
    t.invoicedMinor += s.invoice.amountMinor;
    t.paidMinor += s.paidMinor;
    t.outstandingMinor += s.outstandingMinor;
    t.overpaidMinor += s.overpaidMinor;
    if (s.overdue) t.overdueMinor += s.outstandingMinor;
    totals.set(currency, t);
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/**
 * How far a deal's planned receipts together go above the deal's amount (0 when they do not):
 * allowed, as extra work may be invoiced before the deal is edited, but worth a warning. A deal
 * with no amount yet (0) has none to go above: its receipts are the first word on the money.
 */
export function receiptsAboveDeal(deal: Pick<Deal, 'amountMinor'>, invoices: readonly Pick<Invoice, 'amountMinor'>[]): number {
  if (deal.amountMinor === 0) return 0;
  return Math.max(0, invoices.reduce((sum, i) => sum + i.amountMinor, 0) - deal.amountMinor);
}
