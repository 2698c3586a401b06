/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { renderPane } from '../../support/renderPane';

// Flows that type into many fields; jsdom on a shared 2-core machine is slow.
jest.setTimeout(30_000);

const notice = 'Some fields need attention; nothing was lost.';

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}

/** The card of Contoso's open deal "Valves". */
function renderDeal() {
  let dealId = '';
  return renderPane(<DealFor get={() => dealId} />, {
    seed: async (a) => {
      const client = await a.createClient({ client: { name: 'Contoso' }, contacts: [] });
      dealId = (await a.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', amountMinor: 500_000 })).id;
    },
  });
}

/** The same, its Edit deal form open. */
async function editDeal() {
  const pane = await renderDeal();
  await pane.user.click(await screen.findByRole('button', { name: 'Edit deal' }));
  return { ...pane, form: screen.getByRole('form', { name: 'Edit deal' }) };
}

describe('mending the fields a save refused in Edit deal', () => {
  it('a line’s field mended loses its message, the title keeps its own, and the notice goes with the last', async () => {
    const { user, form } = await editDeal();
    await user.clear(within(form).getByRole('textbox', { name: /^Title/ }));
    await user.click(within(form).getByRole('button', { name: 'Add line' }));
    const line = within(within(form).getByRole('listitem', { name: 'Line 1' }));
    await user.type(line.getByRole('textbox', { name: /Unit price/ }), '100');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findAllByText('Required.')).toHaveLength(2);
    expect(line.getByRole('textbox', { name: 'Description' })).toHaveAttribute('aria-invalid', 'true');

    await user.type(line.getByRole('textbox', { name: 'Description' }), 'Gate valve');
    expect(line.getByRole('textbox', { name: 'Description' })).not.toHaveAttribute('aria-invalid');
    expect(within(form).getAllByText('Required.')).toHaveLength(1);
    expect(within(form).getByText(notice)).toBeInTheDocument();

    await user.type(within(form).getByRole('textbox', { name: /^Title/ }), 'Valves 2027');
    expect(within(form).queryByText('Required.')).not.toBeInTheDocument();
    expect(within(form).queryByText(notice)).not.toBeInTheDocument();
  });

  it('an amount the form could not read loses its message as it is typed again', async () => {
    const { user, form } = await editDeal();
    const amount = within(form).getByRole('textbox', { name: /^Amount/ });
    await user.clear(amount);
    await user.type(amount, 'five');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText(notice)).toBeInTheDocument();
    expect(amount).toHaveAttribute('aria-invalid', 'true');

    await user.clear(amount);
    await user.type(amount, '5000');
    expect(amount).not.toHaveAttribute('aria-invalid');
    expect(within(form).queryByText(notice)).not.toBeInTheDocument();
  });

  it('Close as Refusal: a reason chosen after “Required.” takes the message away', async () => {
    const { user } = await renderDeal();
    await user.click(await screen.findByRole('button', { name: 'Close as Refusal' }));
    const refusal = within(screen.getByRole('form', { name: 'Close as Refusal' }));
    await user.click(refusal.getByRole('button', { name: 'Record refusal' }));
    const reason = refusal.getByRole('combobox', { name: 'Reason' });
    expect(await refusal.findByText('Required.')).toBeInTheDocument();

    await user.selectOptions(reason, 'No budget');
    expect(refusal.queryByText('Required.')).not.toBeInTheDocument();
    expect(reason).not.toHaveAttribute('aria-invalid');
  });
});
