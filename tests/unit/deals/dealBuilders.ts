import type { Deal } from '../../../src/domain/model/Deal';
import type { DealLine } from '../../../src/domain/model/DealLine';
import type { Invoice } from '../../../src/domain/model/Invoice';
import type { Payment } from '../../../src/domain/model/Payment';
import { defaultReferenceItems } from '../../../src/domain/rules/defaultReferenceItems';

let seq = 0;
const next = (prefix: string) => `${prefix}-${++seq}`;
const at = '2026-11-01T09:00:00.000Z';

/** The default picklists, deal stages included (qualification 10 % … contract 80 %). */
export const referenceItems = defaultReferenceItems(at);

export function aLine(overrides: Partial<DealLine> = {}): DealLine {
  return { id: next('line'), productId: '', description: 'Licence', quantity: 1, unitPriceMinor: 10_000, discountPercent: 0, ...overrides };
}

export function aDeal(overrides: Partial<Deal> = {}): Deal {
  return {
    id: next('deal'),
    clientId: 'client-1',
    title: '40 seats',
    amountMinor: 0,
    currency: 'UAH',
    owner: 'me@clientbook.example',
    stage: 'qualification',
    probability: 10,
    expectedCloseDate: '',
    salesChannel: '',
    campaignId: '',
    lines: [],
    stageHistory: [{ kind: 'opened', from: '', to: 'qualification', at, by: 'me@clientbook.example', reason: '', note: '' }],
    status: 'open',
    closedAt: '',
    refusal: null,
    notes: '',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function anInvoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    id: next('invoice'),
    number: 'INV-1',
    dealId: 'deal-1',
    clientId: 'client-1',
    amountMinor: 100_000,
    currency: 'UAH',
    issueDate: '2026-11-01',
    dueDate: '2026-11-15',
    note: '',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function aPayment(invoice: Invoice, overrides: Partial<Payment> = {}): Payment {
  return {
    id: next('payment'),
    invoiceId: invoice.id,
    dealId: invoice.dealId,
    clientId: invoice.clientId,
    amountMinor: invoice.amountMinor,
    currency: invoice.currency,
    date: '2026-11-10',
    note: '',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
