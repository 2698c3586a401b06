/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { renderPane } from '../../support/renderPane';

const march = (day: number, hour = 9) => new Date(2026, 2, day, hour, 0, 0);

function ClientScreenFor({ get }: { get: () => string }) {
  return <ClientScreen clientId={get()} tab="history" />;
}

jest.setTimeout(30_000);

const history = () => screen.getByRole('region', { name: 'History' });
const entries = () => within(screen.getByRole('list', { name: 'History' })).queryAllByRole('listitem').map((li) => li.querySelector('p')?.textContent);

async function filteredToCalls() {
  let id = '';
  const rendered = await renderPane(<ClientScreenFor get={() => id} />, {
    seed: async (seeded) => {
      id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      await seeded.recordContact({ clientId: id, type: 'call', at: march(3).toISOString(), text: 'First call', outcome: '' });
      await seeded.recordContact({ clientId: id, type: 'note', at: march(5).toISOString(), text: 'Met at the fair', outcome: '' });
    },
  });
  await screen.findByText('First call');
  await within(within(history()).getByLabelText('Type')).findByRole('option', { name: 'Call' });
  await rendered.user.selectOptions(within(history()).getByLabelText('Type'), 'Call');
  expect(entries()).toEqual(['First call']);
  return rendered;
}

describe('Recording a contact while History is filtered', () => {
  it('clears the filter that would hide the new entry, and says so', async () => {
    const { user } = await filteredToCalls();
    await user.click(screen.getByRole('button', { name: 'Record contact' }));
    const form = screen.getByRole('form', { name: 'Record contact' });
    await user.selectOptions(within(form).getByLabelText('Type'), 'note');
    await user.type(within(form).getByLabelText(/What happened/), 'They asked for a brochure');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Contact recorded. Filter cleared to show it.')).toBeInTheDocument();
    await waitFor(() => expect(entries()).toContain('They asked for a brochure'));
    expect(within(history()).getByLabelText('Type')).toHaveValue('');
    expect(entries()).toEqual(expect.arrayContaining(['First call', 'Met at the fair']));
  });

  it('keeps a filter the new entry matches', async () => {
    const { user } = await filteredToCalls();
    await user.click(screen.getByRole('button', { name: 'Record contact' }));
    const form = screen.getByRole('form', { name: 'Record contact' });
    await user.type(within(form).getByLabelText(/What happened/), 'Called about the offer');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Contact recorded.')).toBeInTheDocument();
    await waitFor(() => expect(entries()).toContain('Called about the offer'));
    expect(within(history()).getByLabelText('Type')).toHaveValue('call');
    expect(entries()).not.toContain('Met at the fair');
  });
});
