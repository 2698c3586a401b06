/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { App } from '../../../src/app/createApp';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

// Flows that type into many fields; jsdom on a shared 2-core machine is slow.
jest.setTimeout(30_000);

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}

async function aDeal(app: App, receipt = false) {
  const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
  const deal = await app.deals.create({ clientId: client.id, title: 'Licences', currency: 'UAH', amountMinor: 50_000_00 });
  if (receipt) await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-1', amountMinor: 20_000_00, issueDate: '2026-03-01', dueDate: '2026-03-31' });
  return deal.id;
}

const english = { close: 'Close as Refusal', reason: 'Reason', price: 'Price too high', record: 'Record refusal' };
const ukrainian = { close: 'Закрити з відмовою', reason: 'Причина', price: 'Зависока ціна', record: 'Записати відмову' };

/** Close as Refusal, the reason "Price too high", Record refusal; the refusal's form. */
async function refuse(user: UserEvent, words: typeof english) {
  await user.click(screen.getByRole('button', { name: words.close }));
  const refusal = screen.getByRole('form', { name: words.close });
  await user.selectOptions(within(refusal).getByRole('combobox', { name: words.reason }), words.price);
  await user.click(within(refusal).getByRole('button', { name: words.record }));
  return refusal;
}

describe('Closing a deal while a money form holds typing', () => {
  it('Record refusal asks first, in Ukrainian; Keep editing keeps the planned receipt typed and records no refusal', async () => {
    let dealId = '';
    const { user, app } = await renderPane(<DealFor get={() => dealId} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (a) => {
        dealId = await aDeal(a);
      },
    });
    const receipt = await screen.findByRole('form', { name: 'Додати планове надходження' });
    await user.type(within(receipt).getByRole('textbox', { name: 'Номер рахунку чи договору' }), 'РФ-77');
    await user.type(within(receipt).getByRole('textbox', { name: /^Сума/ }), '12 500,50');

    const refusal = await refuse(user, ukrainian);

    const question = await screen.findByRole('dialog', { name: 'Закрити без збереження?' });
    await user.click(within(question).getByRole('button', { name: 'Продовжити редагування' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(refusal).getByRole('button', { name: 'Записати відмову' })).toHaveFocus();
    const kept = screen.getByRole('form', { name: 'Додати планове надходження' });
    expect(within(kept).getByRole('textbox', { name: 'Номер рахунку чи договору' })).toHaveValue('РФ-77');
    expect(within(kept).getByRole('textbox', { name: /^Сума/ })).toHaveValue('12 500,50');
    expect(screen.getByRole('form', { name: 'Закрити з відмовою' })).toBeInTheDocument();
    expect(screen.queryByText(/До угоди, закритої з відмовою/)).not.toBeInTheDocument();
    expect((await app.deals.queries.dealCard(dealId)).deal?.status).toBe('open');

    // Asked again, and agreed to: the refusal is recorded and the form goes.
    await user.click(within(screen.getByRole('form', { name: 'Закрити з відмовою' })).getByRole('button', { name: 'Записати відмову' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Закрити без збереження?' })).getByRole('button', { name: 'Закрити без збереження' }));
    expect(await screen.findByText(/До угоди, закритої з відмовою/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Додати планове надходження' })).not.toBeInTheDocument();
  });

  it('Record refusal asks about a payment being typed too', async () => {
    let dealId = '';
    const { user } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        dealId = await aDeal(a, true);
      },
    });
    const payment = await screen.findByRole('form', { name: 'Record payment' });
    await user.type(within(payment).getByRole('textbox', { name: /^Amount/ }), '5000');
    await refuse(user, english);

    const question = await screen.findByRole('dialog', { name: 'Close without saving?' });
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(screen.getByRole('form', { name: 'Record payment' })).getByRole('textbox', { name: /^Amount/ })).toHaveValue('5000');
    expect(screen.queryByText(/A refused deal takes no new planned receipts/)).not.toBeInTheDocument();
  });

  it('asks nothing where nothing is lost: an edit form stays on a refused deal', async () => {
    let dealId = '';
    const { user, app } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        dealId = await aDeal(a, true);
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit planned receipt INV-1' }));
    await user.type(within(screen.getByRole('form', { name: 'Edit planned receipt INV-1' })).getByRole('textbox', { name: 'Note' }), 'signed');
    await refuse(user, english);

    await waitFor(async () => expect((await app.deals.queries.dealCard(dealId)).deal?.status).toBe('refused'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(screen.getByRole('form', { name: 'Edit planned receipt INV-1' })).getByRole('textbox', { name: 'Note' })).toHaveValue('signed');
  });

  it('asks nothing where nothing is lost: Close as Success keeps the add forms as typed', async () => {
    let dealId = '';
    const { user, app } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        dealId = await aDeal(a, true);
      },
    });
    const receipt = await screen.findByRole('form', { name: 'Add planned receipt' });
    await user.type(within(receipt).getByRole('textbox', { name: 'Invoice or contract number' }), 'INV-2');

    await user.click(screen.getByRole('button', { name: 'Close as Success' }));
    await user.click(within(screen.getByRole('form', { name: 'Close this deal as Success?' })).getByRole('button', { name: 'Close as Success' }));
    await waitFor(async () => expect((await app.deals.queries.dealCard(dealId)).deal?.status).toBe('won'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(screen.getByRole('form', { name: 'Add planned receipt' })).getByRole('textbox', { name: 'Invoice or contract number' })).toHaveValue('INV-2');
  });
});
