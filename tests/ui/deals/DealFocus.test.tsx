/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/App';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { renderPane } from '../../support/renderPane';

// Flows that type into many fields; jsdom on a shared 2-core machine is slow.
jest.setTimeout(30_000);

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}

/** The card of Contoso's open deal "Valves". */
async function renderDeal() {
  let dealId = '';
  return renderPane(<DealFor get={() => dealId} />, {
    seed: async (a) => {
      const client = await a.createClient({ client: { name: 'Contoso' }, contacts: [] });
      dealId = (await a.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', amountMinor: 500_000 })).id;
    },
  });
}

describe('Keyboard focus on a deal', () => {
  it('opening a deal from the client’s Deals puts the focus on the deal’s title, not in the planned receipt form below', async () => {
    const { user } = await renderPane(<App />, {
      seed: async (a) => {
        const clientId = (await a.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
        await a.deals.create({ clientId, title: 'Valves for Gdańsk', currency: 'EUR', amountMinor: 500_000 });
      },
    });
    await user.click(screen.getByRole('button', { name: 'Search clients' }));
    await user.type(await screen.findByRole('searchbox', { name: /Name, email or domain/ }), 'Contoso');
    await user.click(await screen.findByRole('button', { name: 'Contoso' }, { timeout: 5_000 }));
    await user.click(await screen.findByRole('tab', { name: 'Deals' }, { timeout: 5_000 }));
    const open = await screen.findByRole('button', { name: /Open deal Valves for Gdańsk/ }, { timeout: 5_000 });
    open.focus();
    await user.keyboard('{Enter}');

    const title = await screen.findByRole('heading', { level: 1, name: 'Valves for Gdańsk' });
    await screen.findByRole('form', { name: 'Add planned receipt' });
    await waitFor(() => expect(title).toHaveFocus());
  });

  it('Add line puts the focus in the new line’s first field', async () => {
    const { user } = await renderDeal();
    await user.click(await screen.findByRole('button', { name: 'Edit deal' }));
    const form = screen.getByRole('form', { name: 'Edit deal' });
    await user.click(within(form).getByRole('button', { name: 'Add line' }));
    expect(within(within(form).getByRole('listitem', { name: 'Line 1' })).getByRole('combobox', { name: 'Product' })).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Add line' }));
    expect(within(within(form).getByRole('listitem', { name: 'Line 2' })).getByRole('combobox', { name: 'Product' })).toHaveFocus();
  });

  it('Remove line hands the focus to the next line’s Remove, else the one before, else Add line', async () => {
    const { user } = await renderDeal();
    await user.click(await screen.findByRole('button', { name: 'Edit deal' }));
    const form = screen.getByRole('form', { name: 'Edit deal' });
    for (let i = 0; i < 3; i += 1) await user.click(within(form).getByRole('button', { name: 'Add line' }));
    await user.click(within(form).getByRole('button', { name: 'Remove line 2' }));
    // The old line 3, now line 2.
    expect(within(form).getByRole('button', { name: 'Remove line 2' })).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Remove line 2' }));
    expect(within(form).getByRole('button', { name: 'Remove line 1' })).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Remove line 1' }));
    expect(within(form).getByRole('button', { name: 'Add line' })).toHaveFocus();
  });

  it('Record refusal with no reason puts the focus on the reason, with its message', async () => {
    const { user } = await renderDeal();
    await user.click(await screen.findByRole('button', { name: 'Close as Refusal' }));
    const refusal = screen.getByRole('form', { name: 'Close as Refusal' });
    await user.click(within(refusal).getByRole('button', { name: 'Record refusal' }));
    const reason = within(refusal).getByRole('combobox', { name: 'Reason' });
    await waitFor(() => expect(reason).toHaveFocus());
    expect(reason).toHaveAccessibleDescription('Required.');
  });
});
