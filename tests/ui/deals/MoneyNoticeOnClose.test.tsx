/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}

async function aDealWithReceipt(app: App) {
  const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
  const deal = await app.deals.create({ clientId: client.id, title: 'Licences', currency: 'UAH', amountMinor: 50_000_00 });
  await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-1', amountMinor: 20_000_00, issueDate: '2026-03-01', dueDate: '2026-03-31' });
  return deal.id;
}

describe('The notice of a payment just recorded', () => {
  it('goes once the deal is closed as Refusal, and does not come back on Reopen', async () => {
    let dealId = '';
    const { user } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        dealId = await aDealWithReceipt(a);
      },
    });
    const payment = await screen.findByRole('form', { name: 'Record payment' });
    await user.type(within(payment).getByRole('textbox', { name: /^Amount/ }), '5000');
    await user.click(within(payment).getByRole('button', { name: 'Record payment' }));
    expect(await screen.findByText('Payment recorded.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close as Refusal' }));
    const refusal = screen.getByRole('form', { name: 'Close as Refusal' });
    await user.selectOptions(within(refusal).getByRole('combobox', { name: 'Reason' }), 'Price too high');
    await user.click(within(refusal).getByRole('button', { name: 'Record refusal' }));

    expect(await screen.findByText('A refused deal takes no new planned receipts or payments. Reopen it to add them.')).toBeInTheDocument();
    expect(screen.queryByText('Payment recorded.')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reopen deal' }));
    await user.click(within(screen.getByRole('form', { name: 'Reopen deal' })).getByRole('button', { name: 'Reopen' }));
    expect(await screen.findByRole('form', { name: 'Record payment' })).toBeInTheDocument();
    expect(screen.queryByText('Payment recorded.')).not.toBeInTheDocument();
  });

  it('goes in Ukrainian too when the deal is refused in another window', async () => {
    let dealId = '';
    const { user, app } = await renderPane(<DealFor get={() => dealId} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (a) => {
        dealId = await aDealWithReceipt(a);
      },
    });
    const payment = await screen.findByRole('form', { name: 'Записати оплату' });
    await user.type(within(payment).getByRole('textbox', { name: /^Сума/ }), '5000');
    await user.click(within(payment).getByRole('button', { name: 'Записати оплату' }));
    expect(await screen.findByText('Оплату записано.')).toBeInTheDocument();

    await app.deals.closeAsRefused(dealId, 'price');
    expect(await screen.findByText(/^До угоди, закритої з відмовою/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Оплату записано.')).not.toBeInTheDocument());
  });
});
