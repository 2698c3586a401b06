/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import type { App } from '../../../src/app/createApp';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}

/**
 * A deal with planned receipts INV-7 (40 % paid) and INV-8; INV-7's edit form is opened and an amount
 * typed, then the sync pulls a colleague's deletion of INV-7 (as the live query sees it after a sync).
 */
async function receiptDeletedWhileEditing(texts: { edit: string; amount: string }, host?: FakeMailHost) {
  const ids = { deal: '', receipt: '' };
  const seed = async (app: App) => {
    const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
    ids.deal = (await app.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', amountMinor: 200_000 })).id;
    ids.receipt = (await app.deals.savePlannedReceipt({ dealId: ids.deal, number: 'INV-7', amountMinor: 100_000, issueDate: '2026-03-01', dueDate: '2026-03-31' })).id;
    await app.deals.savePlannedReceipt({ dealId: ids.deal, number: 'INV-8', amountMinor: 100_000, issueDate: '2026-03-01', dueDate: '2026-04-30' });
  };
  const { user, dbName } = await renderPane(<DealFor get={() => ids.deal} />, { seed, host });
  await user.click(await screen.findByRole('button', { name: texts.edit }));
  const form = screen.getByRole('form', { name: texts.edit });
  await user.clear(within(form).getByRole('textbox', { name: texts.amount }));
  await user.type(within(form).getByRole('textbox', { name: texts.amount }), '450');
  await new ClientbookDb(dbName).invoices.delete(ids.receipt);
  await new Promise((settled) => setTimeout(settled, 200));
  return { form, row: form.closest('li') as HTMLElement };
}

describe('a planned receipt kept on screen because its edit form holds typing, after a colleague deleted it', () => {
  it('says plainly it was deleted by a colleague, showing none of its last figures, the form and the typing kept', async () => {
    const { form, row } = await receiptDeletedWhileEditing({ edit: 'Edit planned receipt INV-7', amount: 'Amount' });
    expect(await within(row).findByText('Planned receipt No. INV-7 was deleted by a colleague while you were editing it.')).toBeInTheDocument();
    expect(row).not.toHaveTextContent(/Paid|Outstanding|Unpaid|Overdue/);
    expect(within(row).queryByRole('button', { name: 'Delete planned receipt INV-7' })).not.toBeInTheDocument();
    expect(form).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Amount' })).toHaveValue('450');
    // Money can no longer be recorded against it: Record payment offers only the receipt that still exists.
    const payment = screen.getByRole('form', { name: 'Record payment' });
    expect(within(payment).queryByRole('option', { name: /INV-7/ })).not.toBeInTheDocument();
    expect(within(payment).getByRole('option', { name: /INV-8/ })).toBeInTheDocument();
  });

  it('says so in Ukrainian too', async () => {
    const { form, row } = await receiptDeletedWhileEditing({ edit: 'Змінити планове надходження INV-7', amount: 'Сума' }, new FakeMailHost({ displayLanguage: 'uk-UA' }));
    expect(await within(row).findByText('Планове надходження № INV-7 видалив колега, поки ви його редагували.')).toBeInTheDocument();
    expect(row).not.toHaveTextContent(/Сплачено|До сплати|Не сплачено|Прострочено/);
    expect(within(form).getByRole('textbox', { name: 'Сума' })).toHaveValue('450');
  });
});
