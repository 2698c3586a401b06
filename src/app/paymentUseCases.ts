/** Planned receipts (invoices) of a deal and the payments received against them. */
import type { Invoice } from '../domain/model/Invoice';
import type { Payment } from '../domain/model/Payment';
import { localIsoDate } from '../domain/rules/dayPlan';
import { requireAcceptsMoney } from '../domain/rules/dealLifecycle';
import type { AppDeps } from './AppDeps';
import { changedFields } from './changedFields';
import { DeletedWhileEditingError, savedUnlessDeleted } from './DeletedWhileEditingError';
import { checkAmount, checkDate, checkDateOrder } from './moneyChecks';
import { RecordNotFoundError } from './RecordNotFoundError';
import { ValidationError, type FieldError } from './validation';

export type PlannedReceiptInput = {
  /** Absent for a new planned receipt. */
  id?: string;
  dealId: string;
  number: string;
  /** Minor units of the deal's currency; more than zero. */
  amountMinor: number;
  issueDate: string;
  dueDate: string;
  note?: string;
};

/** A planned receipt's fields as its form sends them, to tell which of them the manager changed. */
function receiptFields({ id, dealId, number, amountMinor, issueDate, dueDate, note }: Invoice): PlannedReceiptInput {
  return { id, dealId, number, amountMinor, issueDate, dueDate, note };
}

/**
 * Adds or edits a planned receipt of a deal, in the deal's currency. A due date before the issue date
 * is refused, and so is a new one on a refused deal (an existing one can still be corrected). With
 * `read`, the receipt as the form opened it, only the fields changed from it are applied (saveClient
 * says why).
 */
export async function savePlannedReceipt(deps: AppDeps, typed: PlannedReceiptInput, read?: Invoice): Promise<Invoice> {
  const { deals, ids, clock } = deps;
  const deal = await deals.getDeal(typed.dealId);
  if (!deal) throw new RecordNotFoundError('deal', typed.dealId);
  const existing = typed.id ? await deals.getInvoice(typed.id) : undefined;
  const edited = { kind: 'invoice', number: (read ?? typed).number.trim() } as const;
  if (typed.id && !existing) throw read ? new DeletedWhileEditingError(edited) : new RecordNotFoundError('invoice', typed.id);
  const input = read && existing ? { ...receiptFields(existing), ...changedFields(receiptFields(read), typed) } : typed;
  if (!existing) requireAcceptsMoney(deal);
  const errors: FieldError[] = [];
  if (!input.number.trim()) errors.push({ field: 'number', key: 'errors.required' });
  checkAmount(input.amountMinor, 'amountMinor', errors, { positive: true });
  checkDate(input.issueDate, 'issueDate', errors);
  checkDate(input.dueDate, 'dueDate', errors);
  checkDateOrder(input.issueDate, input.dueDate, 'dueDate', errors, 'errors.dueBeforeIssue');
  if (errors.length) throw new ValidationError(errors);
  const now = clock.now().toISOString();
  const invoice: Invoice = {
    id: existing?.id ?? ids.newId(),
    number: input.number.trim(),
    dealId: deal.id,
    clientId: deal.clientId,
    amountMinor: input.amountMinor,
    currency: deal.currency,
    issueDate: input.issueDate,
    dueDate: input.dueDate,
    note: (input.note ?? '').trim(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await savedUnlessDeleted(edited, () => deals.saveInvoice(invoice, existing && { read: read ?? existing, basis: existing }));
  return invoice;
}

export type PaymentInput = { invoiceId: string; amountMinor: number; date: string; note?: string };

/** Paying more than the planned receipt is kept (money did arrive) but comes back with this warning. */
export type PaymentWarning = { kind: 'exceeds-invoice'; excessMinor: number };

export type RecordPaymentResult = { payment: Payment; warning: PaymentWarning | null };

/**
 * Records money received against a planned receipt. Dated today or earlier; the amount is in the
 * receipt's currency. An overpayment is saved and reported as a warning, not refused; a payment on
 * a refused deal is refused.
 */
export async function recordPayment(deps: AppDeps, input: PaymentInput): Promise<RecordPaymentResult> {
  const { deals, ids, clock } = deps;
  const invoice = await deals.getInvoice(input.invoiceId);
  if (!invoice) throw new RecordNotFoundError('invoice', input.invoiceId);
  const deal = await deals.getDeal(invoice.dealId);
  if (deal) requireAcceptsMoney(deal);
  const errors: FieldError[] = [];
  checkAmount(input.amountMinor, 'amountMinor', errors, { positive: true });
  checkDate(input.date, 'date', errors);
  if (!errors.length && input.date > localIsoDate(clock.now())) errors.push({ field: 'date', key: 'errors.futureDate' });
  if (errors.length) throw new ValidationError(errors);
  const paidBefore = (await deals.paymentsOfInvoice(invoice.id)).reduce((sum, p) => sum + p.amountMinor, 0);
  const now = clock.now().toISOString();
  const payment: Payment = {
    id: ids.newId(),
    invoiceId: invoice.id,
    dealId: invoice.dealId,
    clientId: invoice.clientId,
    amountMinor: input.amountMinor,
    currency: invoice.currency,
    date: input.date,
    note: (input.note ?? '').trim(),
    createdAt: now,
    updatedAt: now,
  };
  await deals.savePayment(payment);
  const excessMinor = paidBefore + payment.amountMinor - invoice.amountMinor;
  return { payment, warning: excessMinor > 0 ? { kind: 'exceeds-invoice', excessMinor } : null };
}

export type PaymentCorrection = { amountMinor: number; date: string; note?: string };

/** A payment's fields as its form sends them when correcting, to tell which of them the manager changed. */
function correctionFields({ amountMinor, date, note }: Payment): PaymentCorrection {
  return { amountMinor, date, note };
}

/**
 * Corrects a payment's amount, date or note; the overpayment warning is worked out again. With `read`,
 * the payment as the form opened it, only the fields changed from it are applied (saveClient says why).
 */
export async function correctPayment(deps: AppDeps, paymentId: string, typed: PaymentCorrection, read?: Payment): Promise<RecordPaymentResult> {
  const { deals, clock } = deps;
  const current = await deals.getPayment(paymentId);
  const shown = read ?? current;
  if (!shown) throw new RecordNotFoundError('payment', paymentId);
  const edited = { kind: 'payment', amountMinor: shown.amountMinor, currency: shown.currency, date: shown.date } as const;
  if (!current) throw new DeletedWhileEditingError(edited);
  const input = read ? { ...correctionFields(current), ...changedFields(correctionFields(read), typed) } : typed;
  const invoice = await deals.getInvoice(current.invoiceId);
  if (!invoice) throw new RecordNotFoundError('invoice', current.invoiceId);
  const errors: FieldError[] = [];
  checkAmount(input.amountMinor, 'amountMinor', errors, { positive: true });
  checkDate(input.date, 'date', errors);
  if (!errors.length && input.date > localIsoDate(clock.now())) errors.push({ field: 'date', key: 'errors.futureDate' });
  if (errors.length) throw new ValidationError(errors);
  const payment: Payment = { ...current, amountMinor: input.amountMinor, date: input.date, note: (input.note ?? current.note).trim(), updatedAt: clock.now().toISOString() };
  await savedUnlessDeleted(edited, () => deals.savePayment(payment, { read: read ?? current, basis: current }));
  const paid = (await deals.paymentsOfInvoice(invoice.id)).reduce((sum, p) => sum + p.amountMinor, 0);
  const excessMinor = paid - invoice.amountMinor;
  return { payment, warning: excessMinor > 0 ? { kind: 'exceeds-invoice', excessMinor } : null };
}

/** Removes a payment entered by mistake. */
export async function deletePayment(deps: AppDeps, paymentId: string): Promise<void> {
  if (!(await deps.deals.getPayment(paymentId))) throw new RecordNotFoundError('payment', paymentId);
  await deps.deals.deletePayment(paymentId);
}

/** Removes a planned receipt; one with payments is kept (its payments would lose their invoice). */
export async function deletePlannedReceipt(deps: AppDeps, invoiceId: string): Promise<void> {
  if (!(await deps.deals.getInvoice(invoiceId))) throw new RecordNotFoundError('invoice', invoiceId);
  if ((await deps.deals.paymentsOfInvoice(invoiceId)).length) throw new ValidationError([{ field: 'invoiceId', key: 'errors.hasPayments' }]);
  await deps.deals.deleteInvoice(invoiceId);
}
