/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { renderPane } from '../../support/renderPane';

function ClientScreenFor({ get }: { get: () => string }) {
  return <ClientScreen clientId={get()} tab="history" />;
}

jest.setTimeout(20_000);

async function openRecordForm() {
  let id = '';
  const rendered = await renderPane(<ClientScreenFor get={() => id} />, {
    seed: async (seeded) => {
      id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
    },
  });
  await rendered.user.click(await screen.findByRole('button', { name: 'Record contact' }));
  expect(screen.getByRole('form', { name: 'Record contact' })).toBeInTheDocument();
  return rendered;
}

describe('Escape in a pane form', () => {
  it('closes a form nothing was typed in, as Cancel does, and gives the focus back to its button', async () => {
    const { user } = await openRecordForm();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Record contact' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Record contact' })).toHaveFocus());
  });

  it('asks before closing a form that holds typing, and keeps the typing when the user keeps editing', async () => {
    const { user } = await openRecordForm();
    await user.type(screen.getByLabelText(/What happened/), 'Budget approved');
    await user.keyboard('{Escape}');
    const dialog = await screen.findByRole('dialog', { name: 'Close without saving?' });
    expect(screen.getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(screen.getByLabelText(/What happened/)).toHaveValue('Budget approved');

    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('button', { name: 'Close without saving' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Record contact' })).not.toBeInTheDocument());
    expect(screen.queryByText('Budget approved')).not.toBeInTheDocument();
  });

  it('closes only the open list when Escape is meant for it', async () => {
    const { user } = await openRecordForm();
    await user.click(screen.getByRole('combobox', { name: 'Time' }));
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(screen.getByRole('form', { name: 'Record contact' })).toBeInTheDocument();
  });
});

describe('Save pressed with a field to mend', () => {
  it('takes the keyboard to that field, which the narrow pane may have scrolled away', async () => {
    const { user } = await openRecordForm();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Some fields need attention; nothing you typed was lost.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText(/What happened/)).toHaveFocus());
  });
});
