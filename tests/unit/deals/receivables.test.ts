import { invoiceStandings, receivables } from '../../../src/domain/rules/receivables';
import { anInvoice, aPayment } from './dealBuilders';

describe('receivables', () => {
  const first = anInvoice({ number: 'INV-1', amountMinor: 100_000, issueDate: '2026-11-01', dueDate: '2026-11-15' });
  const second = anInvoice({ number: 'INV-2', amountMinor: 50_000, issueDate: '2026-11-10', dueDate: '2026-12-10' });

  it('with nothing paid, everything is outstanding and nothing overdue before the due date', () => {
    expect(receivables([first, second], [], '2026-11-15')).toEqual([
      { currency: 'UAH', invoicedMinor: 150_000, paidMinor: 0, outstandingMinor: 150_000, overdueMinor: 0, overpaidMinor: 0 },
    ]);
  });

  it('an unpaid invoice is overdue from the day after its due date', () => {
    expect(receivables([first, second], [], '2026-11-16')[0]).toMatchObject({ outstandingMinor: 150_000, overdueMinor: 100_000 });
  });

  it('a partial payment reduces outstanding and overdue by what was paid', () => {
    const paid = [aPayment(first, { amountMinor: 30_000, date: '2026-11-12' })];
    expect(receivables([first, second], paid, '2026-11-20')[0]).toMatchObject({ invoicedMinor: 150_000, paidMinor: 30_000, outstandingMinor: 120_000, overdueMinor: 70_000 });
    expect(invoiceStandings([first, second], paid, '2026-11-20').map((s) => [s.invoice.number, s.status, s.overdue])).toEqual([
      ['INV-1', 'partly-paid', true],
      ['INV-2', 'unpaid', false],
    ]);
  });

  it('a fully paid invoice is never overdue', () => {
    const paid = [aPayment(first, { amountMinor: 60_000 }), aPayment(first, { amountMinor: 40_000 })];
    expect(receivables([first], paid, '2026-12-31')[0]).toMatchObject({ outstandingMinor: 0, overdueMinor: 0 });
    expect(invoiceStandings([first], paid, '2026-12-31')[0]).toMatchObject({ status: 'paid', overdue: false });
  });

  it('an overpayment does not pay another invoice; it shows as overpaid', () => {
    const paid = [aPayment(first, { amountMinor: 120_000 })];
    expect(receivables([first, second], paid, '2026-12-31')[0]).toMatchObject({ paidMinor: 120_000, outstandingMinor: 50_000, overpaidMinor: 20_000, overdueMinor: 50_000 });
  });

  it('counts payments only up to the day asked about', () => {
    const paid = [aPayment(first, { amountMinor: 100_000, date: '2026-11-20' })];
    expect(receivables([first], paid, '2026-11-18')[0]).toMatchObject({ paidMinor: 0, overdueMinor: 100_000 });
    expect(receivables([first], paid, '2026-11-20')[0]).toMatchObject({ paidMinor: 100_000, overdueMinor: 0 });
  });

  it('keeps currencies apart', () => {
    const eur = anInvoice({ currency: 'EUR', amountMinor: 700 });
    expect(receivables([first, eur], [], '2026-11-01').map((r) => [r.currency, r.invoicedMinor])).toEqual([
      ['EUR', 700],
      ['UAH', 100_000],
    ]);
  });

  it('is empty without planned receipts', () => {
    expect(receivables([], [], '2026-11-01')).toEqual([]);
  });
});
