/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { formatMoney } from '../../../src/domain/model/Money';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { DealsTab } from '../../../src/taskpane/modules/deals/components/DealsTab';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

// Flows that type into many fields; jsdom on a shared 2-core machine is slow.
jest.setTimeout(30_000);

// Testing Library collapses the page's non-breaking spaces; the expected text is written the same way.
const money = (minor: number, currency: string, locale = 'en-GB') => formatMoney({ minor, currency }, locale).replace(/\s/g, ' ');

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}

function TabFor({ get }: { get: () => string }) {
  return <DealsTab clientId={get()} />;
}

/** Contoso's € 150,000 deal with planned receipt INV-1 of € 100,000, € 60,000 of it paid. */
async function aPaidDeal(app: App) {
  const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
  const deal = await app.deals.create({ clientId: client.id, title: 'Licences', currency: 'EUR', amountMinor: 150_000_00, expectedCloseDate: '2026-12-28' });
  const invoice = await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-1', amountMinor: 100_000_00, issueDate: '2026-03-01', dueDate: '2026-03-31' });
  await app.deals.recordPayment({ invoiceId: invoice.id, amountMinor: 60_000_00, date: '2026-03-05' });
  return { clientId: client.id, dealId: deal.id };
}

describe('Money on a won or refused deal', () => {
  it('closing as Refusal warns that the money received and planned stays; the refused deal then offers no new planned receipt or payment, and says why', async () => {
    let dealId = '';
    const { user } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        dealId = (await aPaidDeal(a)).dealId;
      },
    });
    expect(await screen.findByRole('form', { name: 'Add planned receipt' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close as Refusal' }));
    const refusal = screen.getByRole('form', { name: 'Close as Refusal' });
    expect(within(refusal).getByText(`${money(60_000_00, 'EUR')} has already been received on this deal. The payments stay recorded and count as received.`)).toBeInTheDocument();
    expect(within(refusal).getByText(`Planned receipts still expect ${money(40_000_00, 'EUR')}: they stay until you delete them.`)).toBeInTheDocument();

    await user.selectOptions(within(refusal).getByRole('combobox', { name: 'Reason' }), 'Price too high');
    await user.click(within(refusal).getByRole('button', { name: 'Record refusal' }));

    expect(await screen.findByText('A refused deal takes no new planned receipts or payments. Reopen it to add them.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add planned receipt' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record payment' })).not.toBeInTheDocument();
    // What was recorded stays correctable.
    expect(screen.getByRole('button', { name: 'Edit planned receipt INV-1' })).toBeInTheDocument();
  });

  it('a refused deal without planned receipts does not invite adding one', async () => {
    let dealId = '';
    await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        const client = await a.createClient({ client: { name: 'Contoso' }, contacts: [] });
        dealId = (await a.deals.create({ clientId: client.id, title: 'Licences', currency: 'EUR', amountMinor: 150_000_00 })).id;
        await a.deals.closeAsRefused(dealId, 'price');
      },
    });
    expect(await screen.findByText('A refused deal takes no new planned receipts or payments. Reopen it to add them.')).toBeInTheDocument();
    expect(screen.queryByText(/No planned receipts yet/)).not.toBeInTheDocument();
  });

  it('deleting a refused deal’s last planned receipt leaves the focus on the panel’s heading', async () => {
    let dealId = '';
    const { user } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        const client = await a.createClient({ client: { name: 'Contoso' }, contacts: [] });
        dealId = (await a.deals.create({ clientId: client.id, title: 'Licences', currency: 'EUR', amountMinor: 150_000_00 })).id;
        await a.deals.savePlannedReceipt({ dealId, number: 'INV-1', amountMinor: 50_000_00, issueDate: '2026-03-01', dueDate: '2026-03-31' });
        await a.deals.closeAsRefused(dealId, 'price');
      },
    });
    (await screen.findByRole('button', { name: 'Delete planned receipt INV-1' })).focus();
    await user.keyboard('{Enter}');
    const dialog = (await screen.findByText('Delete planned receipt INV-1?')).closest('[role="dialog"]') as HTMLElement;
    within(dialog).getByRole('button', { name: 'Delete', hidden: true }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Planned receipts' })).toHaveFocus());
  });

  it('a won deal shows the day it closed instead of the expected close', async () => {
    let dealId = '';
    await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        dealId = (await aPaidDeal(a)).dealId;
        await a.deals.closeAsWon(dealId);
      },
    });
    expect(await screen.findByText('Closed')).toBeInTheDocument();
    expect(screen.getByText('Closed').nextElementSibling).toHaveTextContent(/^today$/i);
    expect(screen.queryByText('Expected close')).not.toBeInTheDocument();
  });

  it('lists a closed deal with the day it closed, in Ukrainian too', async () => {
    let clientId = '';
    await renderPane(<TabFor get={() => clientId} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (a) => {
        const seeded = await aPaidDeal(a);
        clientId = seeded.clientId;
        await a.deals.closeAsWon(seeded.dealId);
      },
    });
    const row = await screen.findByRole('button', { name: 'Відкрити угоду Licences' });
    expect(row).toHaveTextContent(/закрито сьогодні/);
    expect(row).not.toHaveTextContent(/закриття/);
  });
});

describe('Planned receipts above the deal’s amount', () => {
  it('are kept, with a warning that says by how much', async () => {
    let dealId = '';
    const { user, app } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        const client = await a.createClient({ client: { name: 'Contoso' }, contacts: [] });
        dealId = (await a.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', amountMinor: 372_480_00 })).id;
      },
    });
    const receipt = await screen.findByRole('form', { name: 'Add planned receipt' });
    await user.type(within(receipt).getByRole('textbox', { name: 'Invoice or contract number' }), 'INV-1');
    await user.type(within(receipt).getByRole('textbox', { name: 'Amount' }), '400000');
    await user.type(within(receipt).getByLabelText('Due date'), '2026-04-10');
    await user.click(within(receipt).getByRole('button', { name: 'Add planned receipt' }));

    expect(await screen.findByText(`Planned receipts come to ${money(27_520_00, 'UAH')} more than the deal’s amount of ${money(372_480_00, 'UAH')} — check the amounts.`)).toBeInTheDocument();
    expect((await app.deals.queries.dealCard(dealId)).invoices.map((r) => r.invoice.amountMinor)).toEqual([400_000_00]);
  });
});

describe('A new deal', () => {
  it('starts in the currency of the client’s latest deal', async () => {
    let clientId = '';
    const { user } = await renderPane(<TabFor get={() => clientId} />, {
      seed: async (a) => {
        clientId = (await aPaidDeal(a)).clientId;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'New deal' }));
    const form = screen.getByRole('form', { name: 'New deal' });
    expect(within(form).getByRole('combobox', { name: 'Currency' })).toHaveValue('EUR');
  });
});
