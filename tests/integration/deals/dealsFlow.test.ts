/**
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { openApp } from '../../../src/app/openApp';
import { NotAllowedError } from '../../../src/app/requireRole';
import { RecordNotFoundError } from '../../../src/app/RecordNotFoundError';
import { ValidationError, type FieldError } from '../../../src/app/validation';
import type { ReferenceItem } from '../../../src/domain/model/ReferenceItem';
import { DealTransitionError } from '../../../src/domain/rules/dealLifecycle';
import type { Clock } from '../../../src/domain/ports';
import { FakeMailHost } from '../../support/fakeMailHost';

let seq = 0;
// Friday 27 November 2026, 10:00 local time: "today" for overdue and future-date checks.
const now = new Date(2026, 10, 27, 10, 0, 0);
const clock: Clock = { now: () => new Date(now) };

async function setUp(dbName = `deals-${++seq}`) {
  const host = new FakeMailHost();
  const app = await openApp(host, { dbName, clock });
  const client = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [] });
  return { host, app, client, dbName };
}

/** The field errors a call was refused with. */
async function fieldErrors(call: Promise<unknown>): Promise<FieldError[]> {
  try {
    await call;
  } catch (e) {
    if (e instanceof ValidationError) return e.errors;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('deals on IndexedDB', () => {
  it('starts with the deal picklists in both languages, stages with their probabilities', async () => {
    const { app } = await setUp();
    const stages = await app.deals.queries.dealStages();
    expect(stages.map((s) => [s.code, s.probability])).toEqual([
      ['qualification', 10],
      ['needs-analysis', 25],
      ['proposal', 40],
      ['negotiation', 60],
      ['contract', 80],
    ]);
    const items = await app.queries.referenceItems();
    expect(items.find((i) => i.list === 'refusalReason' && i.code === 'no-benefit')?.labels).toEqual({ en: 'Did not understand the benefits', uk: 'Не зрозумів переваг' });
    for (const list of ['salesChannel', 'campaignChannel', 'caseSeverity', 'productCategory'] as const) expect(items.some((i) => i.list === list)).toBe(true);
  });

  it('computes a deal’s amount from catalogue and free-text lines, and takes the stage’s probability', async () => {
    const { app, client } = await setUp();
    const licence = await app.deals.saveProduct({ name: 'Clientbook licence', code: 'CB-1', category: 'software', unitPriceMinor: 120_000, currency: 'UAH', properties: [{ name: 'Term', value: '12 months' }, { name: ' ', value: 'x' }] });
    expect(licence.properties).toEqual([{ name: 'Term', value: '12 months' }]);
    const deal = await app.deals.create({
      clientId: client.id,
      title: '40 seats',
      currency: 'UAH',
      lines: [
        { productId: licence.id, quantity: 40, discountPercent: 12.5 },
        { description: 'Onboarding, hours', quantity: 2.5, unitPriceMinor: 333 },
      ],
    });
    expect(deal).toMatchObject({ stage: 'qualification', probability: 10, status: 'open', owner: 'me@clientbook.example', amountMinor: 4_200_000 + 833 });
    expect(deal.lines[0]).toMatchObject({ description: 'Clientbook licence', unitPriceMinor: 120_000 });
    const card = await app.deals.queries.dealCard(deal.id);
    expect(card.lineMinors).toEqual([4_200_000, 833]);

    const edited = await app.deals.update(deal.id, { lines: [{ ...deal.lines[0]!, quantity: 10 }], probability: 35 });
    expect(edited).toMatchObject({ amountMinor: 1_050_000, probability: 35 });
    expect(app.deals.previewAmount([{ quantity: 3, unitPriceMinor: 1_005, discountPercent: 10 }], 'UAH')).toEqual({ lineMinors: [2_713], totalMinor: 2_713 }); // 3015 less 301.5 rounded up
  });

  it('takes an amount entered directly when a deal has no lines, and refuses bad money with field keys', async () => {
    const { app, client } = await setUp();
    const service = await app.deals.create({ clientId: client.id, title: 'Audit', currency: 'EUR', amountMinor: 500_000 });
    expect(service).toMatchObject({ amountMinor: 500_000, currency: 'EUR', lines: [] });
    expect((await app.deals.update(service.id, { amountMinor: 600_000 })).amountMinor).toBe(600_000);

    expect(await fieldErrors(app.deals.create({ clientId: client.id, title: '', currency: 'XXQ', amountMinor: -1 }))).toEqual([
      { field: 'title', key: 'errors.required' },
      { field: 'currency', key: 'errors.currency' },
      { field: 'amountMinor', key: 'errors.negativeAmount' },
    ]);
    expect(await fieldErrors(app.deals.create({ clientId: client.id, title: 'Huge', currency: 'UAH', amountMinor: 10 ** 15 }))).toEqual([{ field: 'amountMinor', key: 'errors.amountTooLarge' }]);
    expect(await fieldErrors(app.deals.create({ clientId: client.id, title: 'Odd', currency: 'UAH', amountMinor: 1.5 }))).toEqual([{ field: 'amountMinor', key: 'errors.amount' }]);
    expect(
      await fieldErrors(app.deals.create({ clientId: client.id, title: 'Both', currency: 'UAH', amountMinor: 5, lines: [{ description: 'x', quantity: 0, unitPriceMinor: -3, discountPercent: 120 }] })),
    ).toEqual([
      { field: 'lines.0.unitPriceMinor', key: 'errors.negativeAmount' },
      { field: 'lines.0.quantity', key: 'errors.quantity' },
      { field: 'lines.0.discountPercent', key: 'errors.discount' },
    ]);
    const lines = [{ description: 'Seats', quantity: 2, unitPriceMinor: 500 }];
    expect(await fieldErrors(app.deals.create({ clientId: client.id, title: 'Both', currency: 'UAH', amountMinor: 5, lines }))).toEqual([{ field: 'amountMinor', key: 'errors.amountFromLines' }]);
    expect((await app.deals.create({ clientId: client.id, title: 'Same', currency: 'UAH', amountMinor: 1_000, lines })).amountMinor).toBe(1_000);
    expect(await fieldErrors(app.deals.saveProduct({ name: 'Bad', code: '', category: 'goods', unitPriceMinor: 10 ** 15, currency: 'UAH' }))).toEqual([{ field: 'unitPriceMinor', key: 'errors.amountTooLarge' }]);
    await app.deals.saveProduct({ name: 'A', code: 'SKU-1', category: 'goods', unitPriceMinor: 1, currency: 'UAH' });
    expect(await fieldErrors(app.deals.saveProduct({ name: 'B', code: 'sku-1', category: 'goods', unitPriceMinor: 1, currency: 'UAH' }))).toEqual([{ field: 'code', key: 'errors.duplicateCode' }]);
    await expect(app.deals.create({ clientId: 'nobody', title: 'x', currency: 'UAH' })).rejects.toThrow(RecordNotFoundError);
  });

  it('refuses a catalogue price in another currency unless the line gives its own price', async () => {
    const { app, client } = await setUp();
    const eurProduct = await app.deals.saveProduct({ name: 'Support', code: '', category: 'services', unitPriceMinor: 10_000, currency: 'EUR' });
    expect(await fieldErrors(app.deals.create({ clientId: client.id, title: 'x', currency: 'UAH', lines: [{ productId: eurProduct.id, quantity: 1 }] }))).toEqual([
      { field: 'lines.0.unitPriceMinor', key: 'errors.currencyMismatch' },
    ]);
    const deal = await app.deals.create({ clientId: client.id, title: 'x', currency: 'UAH', lines: [{ productId: eurProduct.id, quantity: 1, unitPriceMinor: 450_000 }] });
    expect(deal.amountMinor).toBe(450_000);
  });

  it('moves through stages, is refused with its reason and stage, is reopened with a trace, and is won', async () => {
    const { app, client } = await setUp();
    const deal = await app.deals.create({ clientId: client.id, title: 'Pilot', currency: 'UAH', amountMinor: 100_000 });
    await app.deals.moveToStage(deal.id, 'proposal');
    const negotiating = await app.deals.moveToStage(deal.id, 'negotiation');
    expect(negotiating.probability).toBe(60);

    expect(await fieldErrors(app.deals.closeAsRefused(deal.id, ''))).toEqual([{ field: 'reason', key: 'errors.required' }]);
    expect(await fieldErrors(app.deals.closeAsRefused(deal.id, 'made-up'))).toEqual([{ field: 'reason', key: 'errors.unknownValue' }]);
    const refused = await app.deals.closeAsRefused(deal.id, 'no-benefit', 'Could not see the value');
    expect(refused).toMatchObject({ status: 'refused', probability: 0, refusal: { reason: 'no-benefit', stage: 'negotiation', note: 'Could not see the value' } });
    await expect(app.deals.moveToStage(deal.id, 'contract')).rejects.toThrow(DealTransitionError);

    const reopened = await app.deals.reopen(deal.id, 'New budget');
    expect(reopened).toMatchObject({ status: 'open', stage: 'negotiation', probability: 60, refusal: null });
    expect((await app.deals.queries.dealCard(deal.id)).stageDurations.map((d) => d.stage)).toEqual(['qualification', 'proposal', 'negotiation']);
    await app.deals.moveToStage(deal.id, 'contract');
    const won = await app.deals.closeAsWon(deal.id);
    expect(won).toMatchObject({ status: 'won', probability: 100 });
    expect(await fieldErrors(app.deals.update(deal.id, { probability: 50 }))).toEqual([{ field: 'probability', key: 'errors.closedDeal' }]);
    expect((await app.deals.update(deal.id, { notes: 'Paid in two parts' })).notes).toBe('Paid in two parts');

    const { timeline } = await app.deals.queries.dealCard(deal.id);
    expect(timeline.map((t) => (t.kind === 'stage' ? `${t.change.kind}:${t.change.from}>${t.change.to}` : 'history'))).toEqual([
      'won:contract>contract',
      'stage:negotiation>contract',
      'reopened:negotiation>negotiation',
      'refused:negotiation>negotiation',
      'stage:proposal>negotiation',
      'stage:qualification>proposal',
      'opened:>qualification',
    ]);
  });

  it('a refused deal takes no new planned receipt or payment, while what was recorded before stays correctable', async () => {
    const { app, client } = await setUp();
    const deal = await app.deals.create({ clientId: client.id, title: 'Pilot', currency: 'EUR', amountMinor: 150_000_00 });
    const invoice = await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-1', amountMinor: 50_000_00, issueDate: '2026-11-01', dueDate: '2026-11-30' });
    await app.deals.closeAsRefused(deal.id, 'price');

    await expect(app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-2', amountMinor: 100_000_00, issueDate: '2026-11-20', dueDate: '2026-12-20' })).rejects.toMatchObject({ name: 'DealTransitionError', problem: 'refused' });
    await expect(app.deals.recordPayment({ invoiceId: invoice.id, amountMinor: 150_000_00, date: '2026-11-27' })).rejects.toMatchObject({ name: 'DealTransitionError', problem: 'refused' });
    expect(await app.deals.queries.dealCard(deal.id)).toMatchObject({ invoices: [{ invoice: { number: 'INV-1' } }], payments: [] });

    const corrected = await app.deals.savePlannedReceipt({ id: invoice.id, dealId: deal.id, number: 'INV-1', amountMinor: 40_000_00, issueDate: '2026-11-01', dueDate: '2026-11-30' });
    expect(corrected.amountMinor).toBe(40_000_00);
    await app.deals.reopen(deal.id);
    expect((await app.deals.recordPayment({ invoiceId: invoice.id, amountMinor: 40_000_00, date: '2026-11-27' })).payment.amountMinor).toBe(40_000_00);
  });

  it('keeps planned receipts above the deal’s amount, and says by how much', async () => {
    const { app, client } = await setUp();
    const deal = await app.deals.create({ clientId: client.id, title: 'Rollout', currency: 'UAH', amountMinor: 372_480_00 });
    await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-1', amountMinor: 300_000_00, issueDate: '2026-11-01', dueDate: '2026-11-30' });
    expect((await app.deals.queries.dealCard(deal.id)).receiptsAboveDealMinor).toBe(0);
    await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-2', amountMinor: 100_000_00, issueDate: '2026-11-01', dueDate: '2026-12-30' });
    expect((await app.deals.queries.dealCard(deal.id)).receiptsAboveDealMinor).toBe(27_520_00);

    // A deal with no amount yet has nothing to be above: no warning that €1,500 is €1,500 too much.
    const unpriced = await app.deals.create({ clientId: client.id, title: 'Valves 2027', currency: 'EUR' });
    await app.deals.savePlannedReceipt({ dealId: unpriced.id, number: 'INV-9', amountMinor: 1_500_00, issueDate: '2026-11-01', dueDate: '2026-11-30' });
    expect((await app.deals.queries.dealCard(unpriced.id)).receiptsAboveDealMinor).toBe(0);
  });

  it('starts a client’s new deal in the currency of its latest deal, else the team’s', async () => {
    const { app, client } = await setUp();
    expect((await app.deals.queries.clientDeals(client.id)).newDealCurrency).toBe('UAH');
    await app.deals.create({ clientId: client.id, title: 'First', currency: 'UAH', amountMinor: 1_00 });
    await app.deals.create({ clientId: client.id, title: 'Licences', currency: 'EUR', amountMinor: 1_00 });
    expect((await app.deals.queries.clientDeals(client.id)).newDealCurrency).toBe('EUR');
    expect((await app.deals.create({ clientId: client.id, title: 'From an email' })).currency).toBe('EUR');
  });

  it('tracks planned receipts and payments: partial payment, overdue as of today, overpayment warning', async () => {
    const { app, client } = await setUp();
    const deal = await app.deals.create({ clientId: client.id, title: 'Rollout', currency: 'UAH', amountMinor: 300_000 });

    expect(await fieldErrors(app.deals.savePlannedReceipt({ dealId: deal.id, number: '', amountMinor: 0, issueDate: '2026-11-20', dueDate: '2026-11-10' }))).toEqual([
      { field: 'number', key: 'errors.required' },
      { field: 'amountMinor', key: 'errors.zeroAmount' },
      { field: 'dueDate', key: 'errors.dueBeforeIssue' },
    ]);
    expect(await fieldErrors(app.deals.savePlannedReceipt({ dealId: deal.id, number: 'A-1', amountMinor: 5, issueDate: '2026-02-30', dueDate: '' }))).toEqual([
      { field: 'issueDate', key: 'errors.date' },
      { field: 'dueDate', key: 'errors.required' },
    ]);

    const advance = await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-101', amountMinor: 100_000, issueDate: '2026-11-01', dueDate: '2026-11-20' });
    const rest = await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-102', amountMinor: 200_000, issueDate: '2026-11-25', dueDate: '2026-12-25' });
    expect(advance).toMatchObject({ currency: 'UAH', clientId: client.id });

    const partial = await app.deals.recordPayment({ invoiceId: advance.id, amountMinor: 40_000, date: '2026-11-18' });
    expect(partial.warning).toBeNull();
    expect(await fieldErrors(app.deals.recordPayment({ invoiceId: rest.id, amountMinor: 1, date: '2026-11-28' }))).toEqual([{ field: 'date', key: 'errors.futureDate' }]);
    expect(await fieldErrors(app.deals.recordPayment({ invoiceId: rest.id, amountMinor: -5, date: '2026-11-27' }))).toEqual([{ field: 'amountMinor', key: 'errors.negativeAmount' }]);

    let card = await app.deals.queries.dealCard(deal.id);
    expect(card.receivables).toEqual({ currency: 'UAH', invoicedMinor: 300_000, paidMinor: 40_000, outstandingMinor: 260_000, overdueMinor: 60_000, overpaidMinor: 0 });
    expect(card.invoices.map((s) => [s.invoice.number, s.status, s.overdue])).toEqual([
      ['INV-101', 'partly-paid', true],
      ['INV-102', 'unpaid', false],
    ]);

    const over = await app.deals.recordPayment({ invoiceId: advance.id, amountMinor: 70_000, date: '2026-11-27' });
    expect(over.warning).toEqual({ kind: 'exceeds-invoice', excessMinor: 10_000 });
    card = await app.deals.queries.dealCard(deal.id);
    expect(card.receivables).toMatchObject({ paidMinor: 110_000, outstandingMinor: 200_000, overdueMinor: 0, overpaidMinor: 10_000 });

    const other = await app.deals.create({ clientId: client.id, title: 'Support', currency: 'EUR', amountMinor: 9_000 });
    await app.deals.savePlannedReceipt({ dealId: other.id, number: 'E-1', amountMinor: 9_000, issueDate: '2026-10-01', dueDate: '2026-10-31' });
    const { receivables } = await app.deals.queries.clientDeals(client.id);
    expect(receivables.map((r) => [r.currency, r.outstandingMinor, r.overdueMinor])).toEqual([
      ['EUR', 9_000, 9_000],
      ['UAH', 200_000, 0],
    ]);
    expect(await fieldErrors(app.deals.update(deal.id, { currency: 'EUR' }))).toEqual([{ field: 'currency', key: 'errors.currencyLocked' }]);
  });

  it('corrects or removes a payment entered by mistake; a planned receipt with payments is kept', async () => {
    const { app, client } = await setUp();
    const deal = await app.deals.create({ clientId: client.id, title: 'Rollout', currency: 'UAH', amountMinor: 100_000 });
    const invoice = await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-7', amountMinor: 100_000, issueDate: '2026-11-01', dueDate: '2026-11-30' });
    const { payment, warning } = await app.deals.recordPayment({ invoiceId: invoice.id, amountMinor: 1_000_000, date: '2026-11-26' });
    expect(warning).toEqual({ kind: 'exceeds-invoice', excessMinor: 900_000 });

    const corrected = await app.deals.correctPayment(payment.id, { amountMinor: 100_000, date: '2026-11-26' });
    expect(corrected.warning).toBeNull();
    expect((await app.deals.queries.dealCard(deal.id)).receivables).toMatchObject({ paidMinor: 100_000, outstandingMinor: 0, overpaidMinor: 0 });

    expect(await fieldErrors(app.deals.deletePlannedReceipt(invoice.id))).toEqual([{ field: 'invoiceId', key: 'errors.hasPayments' }]);
    await app.deals.deletePayment(payment.id);
    expect((await app.deals.queries.dealCard(deal.id)).receivables).toMatchObject({ paidMinor: 0, outstandingMinor: 100_000 });
    await app.deals.deletePlannedReceipt(invoice.id);
    expect((await app.deals.queries.dealCard(deal.id)).receivables).toBeNull();
  });

  it('links history to a deal: a new department entry and an existing logged contact show on the deal’s timeline', async () => {
    const { app, client } = await setUp();
    const deal = await app.deals.create({ clientId: client.id, title: 'Pilot', currency: 'UAH' });
    const call = await app.recordContact({ clientId: client.id, type: 'call', at: '2026-11-26T09:00:00.000Z', text: 'Discussed the pilot', outcome: '' });
    await app.deals.linkHistory(call.id, deal.id);
    const demo = await app.deals.recordDepartmentEntry({ clientId: client.id, type: 'demo', at: '2026-11-27T08:00:00.000Z', text: 'Showed reports', dealId: deal.id });
    expect(demo.department).toBe('sales');

    const { timeline } = await app.deals.queries.dealCard(deal.id);
    expect(timeline.map((t) => (t.kind === 'history' ? t.entry.id : t.change.kind))).toEqual(['opened', demo.id, call.id]); // opened at 10:00, after both contacts
    const other = await setUp();
    const strangerDeal = await other.app.deals.create({ clientId: other.client.id, title: 'x', currency: 'UAH' });
    expect(await fieldErrors(app.deals.recordDepartmentEntry({ clientId: client.id, type: 'call', at: '2026-11-27T08:00:00.000Z', text: 'x', dealId: strangerDeal.id }))).toEqual([
      { field: 'dealId', key: 'errors.otherClient' },
    ]);
  });

  it('records marketing and after-sales contacts with their department; a survey needs a 0–10 score', async () => {
    const { app, client } = await setUp();
    const base = { clientId: client.id, at: '2026-11-27T08:00:00.000Z', text: 'Quarterly satisfaction survey' };
    expect(await fieldErrors(app.deals.recordDepartmentEntry({ ...base, type: 'survey', department: 'marketing' }))).toEqual([{ field: 'surveyScore', key: 'errors.required' }]);
    expect(await fieldErrors(app.deals.recordDepartmentEntry({ ...base, type: 'survey', surveyScore: 11 }))).toEqual([{ field: 'surveyScore', key: 'errors.surveyScore' }]);
    expect(await fieldErrors(app.deals.recordDepartmentEntry({ ...base, type: 'call', surveyScore: 7 }))).toEqual([{ field: 'surveyScore', key: 'errors.surveyOnly' }]);
    const survey = await app.deals.recordDepartmentEntry({ ...base, type: 'survey', department: 'marketing', surveyScore: 9 });
    expect(survey).toMatchObject({ department: 'marketing', surveyScore: 9, type: 'survey' });
    const { history } = await app.queries.clientCard(client.id);
    expect(history[0]).toMatchObject({ id: survey.id, department: 'marketing', surveyScore: 9 });
  });

  it('keeps campaigns with dates in order, and ties clients and deals to them', async () => {
    const { app, client } = await setUp();
    expect(await fieldErrors(app.deals.saveCampaign({ name: 'Fair', channel: 'exhibition', startDate: '2026-03-10', endDate: '2026-03-01', costMinor: -1, currency: 'UAH' }))).toEqual([
      { field: 'endDate', key: 'errors.dateOrder' },
      { field: 'costMinor', key: 'errors.negativeAmount' },
    ]);
    const fair = await app.deals.saveCampaign({ name: 'Fair', channel: 'exhibition', startDate: '2026-03-01', endDate: '2026-03-05', costMinor: 2_500_000, currency: 'UAH', targetRegions: ['kyiv'], targetIndustries: ['it'] });
    expect(await fieldErrors(app.deals.saveCampaign({ name: 'x', channel: 'email', startDate: '2026-03-01', costMinor: 0, currency: 'UAH', targetRegions: ['atlantis'] }))).toEqual([
      { field: 'targetRegions', key: 'errors.unknownValue' },
    ]);
    expect((await app.deals.tieClientToCampaign(client.id, fair.id)).campaignId).toBe(fair.id);
    const deal = await app.deals.create({ clientId: client.id, title: 'From the fair', currency: 'UAH', campaignId: fair.id, salesChannel: 'direct' });
    expect(deal.campaignId).toBe(fair.id);
    expect(await fieldErrors(app.deals.create({ clientId: client.id, title: 'x', currency: 'UAH', campaignId: 'nope' }))).toEqual([{ field: 'campaignId', key: 'errors.unknownValue' }]);
    expect(await app.deals.queries.campaigns()).toEqual([fair]);
  });

  it('tracks service cases from open to resolved, with their linked history', async () => {
    const { app, client } = await setUp();
    expect(await fieldErrors(app.deals.openServiceCase({ clientId: client.id, title: '', description: '', severity: '' }))).toEqual([
      { field: 'title', key: 'errors.required' },
      { field: 'severity', key: 'errors.required' },
    ]);
    const opened = await app.deals.openServiceCase({ clientId: client.id, title: 'Sync fails', description: 'Since Monday', severity: 'high', openedOn: '2026-11-23' });
    expect(opened).toMatchObject({ status: 'open', openedOn: '2026-11-23', resolvedOn: '', owner: 'me@clientbook.example' });
    await app.deals.updateServiceCase(opened.id, { status: 'in-progress' });
    const entry = await app.deals.recordDepartmentEntry({ clientId: client.id, type: 'call', at: '2026-11-24T09:00:00.000Z', text: 'Asked for logs', department: 'after-sales', serviceCaseId: opened.id });
    expect(await fieldErrors(app.deals.updateServiceCase(opened.id, { status: 'resolved', resolvedOn: '2026-11-20' }))).toEqual([{ field: 'resolvedOn', key: 'errors.dateOrder' }]);
    const resolved = await app.deals.updateServiceCase(opened.id, { status: 'resolved' });
    expect(resolved).toMatchObject({ status: 'resolved', resolvedOn: '2026-11-27' });
    expect((await app.deals.updateServiceCase(opened.id, { status: 'open' })).resolvedOn).toBe('');

    const { serviceCase, history } = await app.deals.queries.serviceCase(opened.id);
    expect(serviceCase).toMatchObject({ title: 'Sync fails' });
    // Opening, resolving and reopening the case are noted in the client's history, on the days the case gives; moving it to in progress is not.
    expect(history.map((h) => `${h.at.slice(0, 10)} ${h.type}: ${h.text}`).sort()).toEqual([
      '2026-11-23 note: Service case opened.',
      '2026-11-24 call: Asked for logs',
      '2026-11-27 note: Service case reopened.',
      '2026-11-27 note: Service case resolved.',
    ]);
    expect(history.find((h) => h.id === entry.id)).toMatchObject({ department: 'after-sales' });
    expect((await app.deals.queries.clientDeals(client.id)).serviceCases.map((c) => c.id)).toEqual([opened.id]);
  });

  it('a picklist value in use is retired only onto a replacement; renaming keeps the records', async () => {
    const { app, client } = await setUp();
    const deal = await app.deals.create({ clientId: client.id, title: 'x', currency: 'UAH', salesChannel: 'tender' });
    await app.deals.closeAsRefused(deal.id, 'other');
    expect(await app.deals.queries.referenceUseCount('refusalReason', 'other')).toBe(1);

    // Archived alone, a value in use stays on its records; Restore (saving it unarchived) brings it back.
    expect(await app.deals.retireReferenceValue({ list: 'refusalReason', code: 'other' })).toMatchObject({ moved: 0, item: { archived: true } });
    expect((await app.deals.queries.dealCard(deal.id)).deal).toMatchObject({ refusal: { reason: 'other' } });
    const archivedOther = (await app.queries.referenceItems()).find((i) => i.list === 'refusalReason' && i.code === 'other')!;
    await app.saveReferenceItem({ ...archivedOther, archived: false });
    expect(await fieldErrors(app.deals.retireReferenceValue({ list: 'refusalReason', code: 'other', replacement: 'other' }))).toEqual([{ field: 'replacement', key: 'errors.sameReplacement' }]);
    const { moved, item } = await app.deals.retireReferenceValue({ list: 'refusalReason', code: 'other', replacement: 'price' });
    expect(moved).toBe(1);
    expect(item.archived).toBe(true);
    expect((await app.deals.queries.dealCard(deal.id)).deal).toMatchObject({ refusal: { reason: 'price' } });
    expect((await app.deals.queries.dealCard(deal.id)).timeline[0]).toMatchObject({ kind: 'stage', change: { kind: 'refused', reason: 'other' } });

    const unused = await app.deals.retireReferenceValue({ list: 'salesChannel', code: 'online' });
    expect(unused).toMatchObject({ moved: 0, item: { archived: true } });

    const tender = (await app.queries.referenceItems()).find((i) => i.list === 'salesChannel' && i.code === 'tender')!;
    await app.saveReferenceItem({ ...tender, labels: { en: 'Public tender', uk: 'Публічний тендер' } } satisfies ReferenceItem);
    expect((await app.deals.queries.dealCard(deal.id)).deal?.salesChannel).toBe('tender');

    expect((await app.deals.setStageProbability('proposal', 55)).probability).toBe(55);
    expect(await fieldErrors(app.deals.setStageProbability('proposal', 101))).toEqual([{ field: 'probability', key: 'errors.percent' }]);
    const next = await app.deals.create({ clientId: client.id, title: 'y', currency: 'UAH' });
    expect((await app.deals.moveToStage(next.id, 'proposal')).probability).toBe(55);
  });

  it('leaves the catalogue, stage probabilities and retiring values to the head of sales once the team list knows the user', async () => {
    const { app, dbName } = await setUp();
    const raw = new Dexie(dbName);
    await raw.open();
    const member = { id: 'm-1', email: 'me@clientbook.example', name: 'Maria Koval', role: 'manager', createdAt: '', updatedAt: '' };
    await raw.table('members').put(member);
    const product = { name: 'Licence', code: '', category: 'software', unitPriceMinor: 100, currency: 'UAH' };
    await expect(app.deals.saveProduct(product)).rejects.toThrow(NotAllowedError);
    await expect(app.deals.setStageProbability('proposal', 50)).rejects.toThrow(NotAllowedError);
    await expect(app.deals.retireReferenceValue({ list: 'salesChannel', code: 'online' })).rejects.toThrow(NotAllowedError);
    await expect(app.deals.saveCampaign({ name: 'Fair', channel: 'exhibition', startDate: '2026-03-01', costMinor: 0, currency: 'UAH' })).rejects.toThrow(NotAllowedError);

    await raw.table('members').put({ ...member, role: 'head-of-sales' });
    raw.close();
    expect((await app.deals.saveProduct(product)).name).toBe('Licence');
  });

  it('queues every write in the outbox and tells live views of changes', async () => {
    const { app, client } = await setUp();
    const before = await app.queries.pendingOutboxCount();
    const deal = await app.deals.create({ clientId: client.id, title: 'Live', currency: 'UAH', amountMinor: 1_000 });
    const invoice = await app.deals.savePlannedReceipt({ dealId: deal.id, number: '1', amountMinor: 1_000, issueDate: '2026-11-01', dueDate: '2026-11-30' });
    expect(await app.queries.pendingOutboxCount()).toBe(before + 2);

    const seen: (number | undefined)[] = [];
    const unsubscribe = app.live(() => app.deals.queries.dealCard(deal.id)).subscribe(
      (card) => seen.push(card.receivables?.paidMinor),
      (e) => {
        throw e;
      },
    );
    await waitFor(() => seen.length >= 1);
    await app.deals.recordPayment({ invoiceId: invoice.id, amountMinor: 400, date: '2026-11-27' });
    await waitFor(() => seen.includes(400));
    unsubscribe();
    expect(seen[0]).toBe(0);
    expect(await app.queries.pendingOutboxCount()).toBe(before + 3);
  });

  it('upgrades a store of the previous schema without losing its history', async () => {
    const dbName = `deals-upgrade-${++seq}`;
    const old = new Dexie(dbName);
    old.version(1).stores({
      clients: 'id, name, *domains, owner, status, updatedAt',
      contacts: 'id, clientId, *emails, name',
      history: 'id, clientId, [clientId+at], at',
      plannedContacts: 'id, clientId, [status+due]',
      referenceItems: 'id, list',
      members: 'id, &email',
      outbox: '++seq, [table+key]',
    });
    old.version(2).stores({ syncMeta: '[table+key], [table+itemId]', syncLists: 'table', syncConflicts: 'id, at' });
    await old.table('history').put({ id: 'h-old', clientId: 'c-1', at: '2026-01-01T00:00:00.000Z', type: 'call' });
    await old.table('referenceItems').put({ id: 'region:kyiv', list: 'region', code: 'kyiv', labels: { en: 'Kyiv', uk: 'Київ' }, order: 0, archived: false });
    old.close();

    const app = await openApp(new FakeMailHost(), { dbName, clock });
    expect(await app.queries.historyEntry('h-old')).toMatchObject({ type: 'call' });
    expect((await app.deals.queries.dealStages()).length).toBe(5);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
