/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}

/** A deal with planned receipts INV-7 and INV-8; INV-7's edit form is open with an amount typed. */
async function editingInv7() {
  const ids = { deal: '' };
  const seed = async (app: App) => {
    const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
    ids.deal = (await app.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', amountMinor: 200_000 })).id;
    await app.deals.savePlannedReceipt({ dealId: ids.deal, number: 'INV-7', amountMinor: 100_000, issueDate: '2026-03-01', dueDate: '2026-03-31' });
    await app.deals.savePlannedReceipt({ dealId: ids.deal, number: 'INV-8', amountMinor: 100_000, issueDate: '2026-03-01', dueDate: '2026-04-30' });
  };
  const pane = await renderPane(<DealFor get={() => ids.deal} />, { seed });
  await pane.user.click(await screen.findByRole('button', { name: 'Edit planned receipt INV-7' }));
  const amount = within(screen.getByRole('form', { name: 'Edit planned receipt INV-7' })).getByRole('textbox', { name: 'Amount' });
  await pane.user.clear(amount);
  await pane.user.type(amount, '450');
  return pane;
}

const typedAmount = () => within(screen.getByRole('form', { name: 'Edit planned receipt INV-7' })).getByRole('textbox', { name: 'Amount' });

describe('a planned receipt’s edit form holding typing', () => {
  it('asks before Edit on another receipt closes it; Keep editing keeps the typed amount', async () => {
    const { user } = await editingInv7();
    await user.click(screen.getByRole('button', { name: 'Edit planned receipt INV-8' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Close without saving?')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(typedAmount()).toHaveValue('450');
    expect(screen.queryByRole('form', { name: 'Edit planned receipt INV-8' })).not.toBeInTheDocument();
  });

  it('stays open, typing and all, while another receipt’s Delete is asked and cancelled', async () => {
    const { user } = await editingInv7();
    await user.click(screen.getByRole('button', { name: 'Delete planned receipt INV-8' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(typedAmount()).toHaveValue('450');
  });
});
