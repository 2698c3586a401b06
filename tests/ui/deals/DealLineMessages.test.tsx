/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { renderPane } from '../../support/renderPane';

// Flows that type into many fields; jsdom on a shared 2-core machine is slow.
jest.setTimeout(30_000);

const quantityMessage = 'Enter a quantity above zero, with at most three decimals.';
const notice = 'Some fields need attention; nothing was lost.';

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}

/** Edit deal on Contoso's "Valves" with two lines typed, `invalid` (1 or 2) with a quantity of 0, after Save. */
async function saveWithInvalidLine(invalid: 1 | 2) {
  let dealId = '';
  const { user } = await renderPane(<DealFor get={() => dealId} />, {
    seed: async (a) => {
      const client = await a.createClient({ client: { name: 'Contoso' }, contacts: [] });
      dealId = (await a.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', amountMinor: 500_000 })).id;
    },
  });
  await user.click(await screen.findByRole('button', { name: 'Edit deal' }));
  const form = screen.getByRole('form', { name: 'Edit deal' });
  await typeLine(user, form, 1, 'Valve DN50', invalid === 1 ? '0' : '2');
  await typeLine(user, form, 2, 'Gasket', invalid === 2 ? '0' : '2');
  await user.click(within(form).getByRole('button', { name: 'Save' }));
  expect(await within(form).findByText(notice)).toBeInTheDocument();
  expect(within(line(form, invalid)).getByText(quantityMessage)).toBeInTheDocument();
  return { user, form };
}

async function typeLine(user: UserEvent, form: HTMLElement, n: number, description: string, quantity: string) {
  await user.click(within(form).getByRole('button', { name: 'Add line' }));
  const item = line(form, n);
  await user.type(within(item).getByRole('textbox', { name: 'Description' }), description);
  await user.type(within(item).getByRole('textbox', { name: 'Unit price' }), '100');
  const box = within(item).getByRole('textbox', { name: 'Quantity' });
  await user.clear(box);
  await user.type(box, quantity);
}

const line = (form: HTMLElement, n: number) => within(form).getByRole('listitem', { name: `Line ${n}` });

describe('A deal line’s messages after a line is removed', () => {
  it('stay with their own line: removing the line before moves the message up with it', async () => {
    const { user, form } = await saveWithInvalidLine(2);
    await user.click(within(form).getByRole('button', { name: 'Remove line 1' }));

    const remaining = line(form, 1);
    expect(within(remaining).getByRole('textbox', { name: 'Description' })).toHaveValue('Gasket');
    expect(within(remaining).getByText(quantityMessage)).toBeInTheDocument();
    expect(within(form).getByText(notice)).toBeInTheDocument();
  });

  it('go with their line: removing the invalid line takes its message and, the last one gone, the notice', async () => {
    const { user, form } = await saveWithInvalidLine(1);
    await user.click(within(form).getByRole('button', { name: 'Remove line 1' }));

    const remaining = line(form, 1);
    expect(within(remaining).getByRole('textbox', { name: 'Description' })).toHaveValue('Gasket');
    expect(within(form).queryByText(quantityMessage)).not.toBeInTheDocument();
    await waitFor(() => expect(within(form).queryByText(notice)).not.toBeInTheDocument());
  });

  it('removing the invalid last line of two takes its message and the notice, the other line untouched', async () => {
    const { user, form } = await saveWithInvalidLine(2);
    await user.click(within(form).getByRole('button', { name: 'Remove line 2' }));

    expect(within(line(form, 1)).getByRole('textbox', { name: 'Description' })).toHaveValue('Valve DN50');
    expect(within(form).queryByText(quantityMessage)).not.toBeInTheDocument();
    await waitFor(() => expect(within(form).queryByText(notice)).not.toBeInTheDocument());
  });
});
