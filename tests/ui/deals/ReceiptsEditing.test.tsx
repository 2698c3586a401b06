/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { formatMoney } from '../../../src/domain/model/Money';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { formatDate } from '../../../src/taskpane/ui/localDates';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

// Flows that type into many fields; jsdom on a shared 2-core machine is slow.
jest.setTimeout(30_000);

// Testing Library collapses the page's non-breaking spaces; the expected text is written the same way.
const uah = (minor: number) => formatMoney({ minor, currency: 'UAH' }, 'en-GB').replace(/\s/g, ' ');
// Accessible names keep them: the payment as its buttons name it.
const firstPayment = `${formatMoney({ minor: 40_000, currency: 'UAH' }, 'en-GB')}, ${formatDate('2026-03-05', 'en-GB')}, for No. INV-7`;

/** A deal with planned receipt INV-7 (1,000.00 UAH, due 31 March) and a payment of 400.00 against it. */
async function aDealWithPayment(app: App) {
  const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
  const deal = await app.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', amountMinor: 100_000 });
  const invoice = await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-7', amountMinor: 100_000, issueDate: '2026-03-01', dueDate: '2026-03-31' });
  await app.deals.recordPayment({ invoiceId: invoice.id, amountMinor: 40_000, date: '2026-03-05', note: 'first part' });
  return deal.id;
}

async function renderDeal(host?: FakeMailHost) {
  let dealId = '';
  const pane = await renderPane(<DealFor get={() => dealId} />, {
    host,
    seed: async (a) => {
      dealId = await aDealWithPayment(a);
    },
  });
  return { ...pane, dealId: () => dealId };
}

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}

async function replace(user: Awaited<ReturnType<typeof renderPane>>['user'], field: HTMLElement, text: string) {
  await user.clear(field);
  await user.type(field, text);
}

describe('Correcting money on the deal card', () => {
  it('edits a planned receipt’s amount, due date and note, and the receivables follow', async () => {
    const { user, app, dealId } = await renderDeal();
    await user.click(await screen.findByRole('button', { name: 'Edit planned receipt INV-7' }));
    const form = screen.getByRole('form', { name: 'Edit planned receipt INV-7' });
    expect(within(form).getByRole('textbox', { name: 'Amount' })).toHaveValue('1000.00');
    await replace(user, within(form).getByRole('textbox', { name: 'Amount' }), '1 500,50');
    await replace(user, within(form).getByLabelText('Due date'), '2026-04-15');
    await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'second invoice merged in');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Planned receipt INV-7 saved.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Edit planned receipt INV-7' })).not.toBeInTheDocument();
    expect(await screen.findByText('second invoice merged in')).toBeInTheDocument();
    const [standing] = (await app.deals.queries.dealCard(dealId())).invoices;
    expect(standing!.invoice).toMatchObject({ amountMinor: 150_050, dueDate: '2026-04-15', issueDate: '2026-03-01', note: 'second invoice merged in' });
    const totals = screen.getByLabelText('Receivables in UAH');
    await waitFor(() => expect(within(totals).getByText('Outstanding').nextElementSibling?.textContent?.replace(/\s/g, ' ')).toBe(uah(110_050)));
  });

  it('keeps the planned receipt as it was when the new dates are out of order', async () => {
    const { user, app, dealId } = await renderDeal();
    await user.click(await screen.findByRole('button', { name: 'Edit planned receipt INV-7' }));
    const form = screen.getByRole('form', { name: 'Edit planned receipt INV-7' });
    await replace(user, within(form).getByLabelText('Due date'), '2026-02-01');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByText('This date cannot be before the issue date.')).toBeInTheDocument();
    expect((await app.deals.queries.dealCard(dealId())).invoices[0]!.invoice).toMatchObject({ dueDate: '2026-03-31' });
    // Mended (a typed date counts once the box is left), the due date loses its message and the notice before the next Save.
    await replace(user, within(form).getByLabelText('Due date'), '2026-04-15');
    await user.tab();
    expect(within(form).queryByText('This date cannot be before the issue date.')).not.toBeInTheDocument();
    expect(within(form).queryByText('Some fields need attention; nothing was lost.')).not.toBeInTheDocument();
    // The date typed is not saved: Cancel asks before it goes.
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Close without saving' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit planned receipt INV-7' })).not.toBeInTheDocument());
  });

  it('corrects a payment’s amount, date and note, warning when it now exceeds the planned receipt', async () => {
    const { user, app, dealId } = await renderDeal();
    const label = firstPayment;
    await user.click(await screen.findByRole('button', { name: `Correct payment ${label}` }));
    const form = screen.getByRole('form', { name: `Correct payment ${label}` });
    expect(within(form).getByRole('textbox', { name: 'Amount' })).toHaveValue('400.00');
    expect(within(form).getByRole('textbox', { name: 'Note' })).toHaveValue('first part');
    expect(within(form).queryByRole('combobox', { name: 'Planned receipt' })).not.toBeInTheDocument();
    await replace(user, within(form).getByRole('textbox', { name: 'Amount' }), '1200');
    await replace(user, within(form).getByLabelText('Date received'), '2026-03-06');
    await replace(user, within(form).getByRole('textbox', { name: 'Note' }), 'whole amount, bank fee included');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(`Saved. This is ${uah(20_000)} more than planned receipt INV-7 asks for — check the amount.`)).toBeInTheDocument();
    expect((await app.deals.queries.dealCard(dealId())).payments).toEqual([
      expect.objectContaining({ amountMinor: 120_000, date: '2026-03-06', note: 'whole amount, bank fee included' }),
    ]);
    expect(await screen.findByText('whole amount, bank fee included')).toBeInTheDocument();
  });

  it('refuses a payment dated in the future and changes nothing', async () => {
    const { user, app, dealId } = await renderDeal();
    await user.click(await screen.findByRole('button', { name: /^Correct payment/ }));
    const form = screen.getByRole('form', { name: /^Correct payment/ });
    await replace(user, within(form).getByLabelText('Date received'), '2026-12-01');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByText(/cannot be in the future/i)).toBeInTheDocument();
    expect((await app.deals.queries.dealCard(dealId())).payments[0]).toMatchObject({ amountMinor: 40_000, date: '2026-03-05' });
    await replace(user, within(form).getByLabelText('Date received'), '2026-03-06');
    await user.tab();
    expect(within(form).queryByText(/cannot be in the future/i)).not.toBeInTheDocument();
  });

  it('asks before deleting a payment, with the focus on Cancel; Escape keeps it, and after the delete the focus moves on to the payment form', async () => {
    const { user, app, dealId } = await renderDeal();
    const label = firstPayment;
    const deletePayment = await screen.findByRole('button', { name: `Delete payment ${label}` });
    deletePayment.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: `Delete the payment ${label}?` });
    expect(within(dialog).getByText('This cannot be undone.')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel', hidden: true })).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: `Delete payment ${label}` })).toHaveFocus());
    expect((await app.deals.queries.dealCard(dealId())).payments).toHaveLength(1);

    await user.keyboard('{Enter}');
    const again = await screen.findByRole('dialog', { name: `Delete the payment ${label}?` });
    await waitFor(() => expect(within(again).getByRole('button', { name: 'Cancel', hidden: true })).toHaveFocus());
    // jsdom has no layout for tabster's Tab order in the dialog; Chromium's is checked by e2e.
    within(again).getByRole('button', { name: 'Delete', hidden: true }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Deleted.')).toBeInTheDocument();
    expect((await app.deals.queries.dealCard(dealId())).payments).toEqual([]);
    // The last payment gone, the focus is on the form below the list, to record another.
    // Found once the closing dialog no longer hides the rest of the pane from assistive technology.
    const form = await screen.findByRole('form', { name: 'Record payment' });
    await waitFor(() => expect(within(form).getByRole('combobox', { name: 'Planned receipt' })).toHaveFocus());
  });

  it('after deleting a planned receipt, hands the focus to the next one’s Delete, and to the form to add one when none is left', async () => {
    let dealId = '';
    const { user, app } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        const client = await a.createClient({ client: { name: 'Contoso' }, contacts: [] });
        dealId = (await a.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', amountMinor: 100_000 })).id;
        await a.deals.savePlannedReceipt({ dealId, number: 'INV-1', amountMinor: 50_000, issueDate: '2026-03-01', dueDate: '2026-03-31' });
        await a.deals.savePlannedReceipt({ dealId, number: 'INV-2', amountMinor: 50_000, issueDate: '2026-03-01', dueDate: '2026-04-30' });
      },
    });
    const confirmWithKeyboard = async (question: string) => {
      await user.keyboard('{Enter}');
      const dialog = (await screen.findByText(question)).closest('[role="dialog"]') as HTMLElement;
      await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel', hidden: true })).toHaveFocus());
      within(dialog).getByRole('button', { name: 'Delete', hidden: true }).focus();
      await user.keyboard('{Enter}');
      await waitFor(() => expect(screen.queryByText(question)).not.toBeInTheDocument());
    };
    (await screen.findByRole('button', { name: 'Delete planned receipt INV-1' })).focus();
    await confirmWithKeyboard('Delete planned receipt INV-1?');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete planned receipt INV-2' })).toHaveFocus());
    await confirmWithKeyboard('Delete planned receipt INV-2?');
    const form = screen.getByRole('form', { name: 'Add planned receipt' });
    await waitFor(() => expect(within(form).getByRole('textbox', { name: 'Invoice or contract number' })).toHaveFocus());
    expect((await app.deals.queries.dealCard(dealId)).invoices).toEqual([]);
  });

  it('speaks Ukrainian in the delete’s question', async () => {
    const { user } = await renderDeal(new FakeMailHost({ displayLanguage: 'uk-UA' }));
    await user.click(await screen.findByRole('button', { name: 'Видалити планове надходження INV-7' }));
    const dialog = (await screen.findByText('Видалити планове надходження INV-7?')).closest('[role="dialog"]') as HTMLElement;
    expect(within(dialog).getByText('Це не можна скасувати.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Скасувати', hidden: true })).toBeInTheDocument();
  });

  it('speaks Ukrainian', async () => {
    const { user, app, dealId } = await renderDeal(new FakeMailHost({ displayLanguage: 'uk-UA' }));
    await user.click(await screen.findByRole('button', { name: 'Змінити планове надходження INV-7' }));
    const form = screen.getByRole('form', { name: 'Змінити планове надходження INV-7' });
    // The amount to edit is written as Ukrainian writes a number, and saves as it was.
    expect(within(form).getByRole('textbox', { name: 'Сума' })).toHaveValue('1000,00');
    await user.type(within(form).getByRole('textbox', { name: 'Примітка' }), 'уточнено');
    await user.click(within(form).getByRole('button', { name: 'Зберегти' }));
    expect(await screen.findByText('Планове надходження INV-7 збережено.')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Виправити оплату/ })).toHaveLength(1);
    expect((await app.deals.queries.dealCard(dealId())).invoices[0]?.invoice.amountMinor).toBe(100_000);
  });
});
