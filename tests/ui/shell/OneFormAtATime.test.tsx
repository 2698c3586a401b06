/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(20_000);

function ContactsOf({ get }: { get: () => string }) {
  return <ClientScreen clientId={get()} tab="contacts" />;
}

async function editingAnna() {
  let id = '';
  const pane = await renderPane(<ContactsOf get={() => id} />, {
    seed: async (app) => {
      id = (
        await app.createClient({
          client: { name: 'Contoso' },
          contacts: [
            { name: 'Anna Koval', position: '', emails: ['anna@contoso.com'], phones: [] },
            { name: 'Bohdan Lysenko', position: '', emails: ['bohdan@contoso.com'], phones: [] },
          ],
        })
      ).id;
    },
  });
  await screen.findByText('Anna Koval');
  await pane.user.click(screen.getByRole('button', { name: 'Edit Anna Koval' }));
  const form = screen.getByRole('form', { name: 'Edit Anna Koval' });
  await pane.user.type(within(form).getByRole('textbox', { name: /Position/ }), 'Head of purchasing');
  return pane;
}

describe('a list that edits one item at a time, while the open form holds typing', () => {
  it('asks before Edit on another item closes it, and Keep editing keeps the typing', async () => {
    const { user } = await editingAnna();
    await user.click(screen.getByRole('button', { name: 'Edit Bohdan Lysenko' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Close without saving?')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    const form = screen.getByRole('form', { name: 'Edit Anna Koval' });
    expect(within(form).getByRole('textbox', { name: /Position/ })).toHaveValue('Head of purchasing');
    expect(screen.queryByRole('form', { name: 'Edit Bohdan Lysenko' })).not.toBeInTheDocument();
  });

  it('opens the other item’s form once the user closes without saving', async () => {
    const { user } = await editingAnna();
    await user.click(screen.getByRole('button', { name: 'Edit Bohdan Lysenko' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Close without saving' }));
    expect(await screen.findByRole('form', { name: 'Edit Bohdan Lysenko' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Edit Anna Koval' })).not.toBeInTheDocument();
  });
});
