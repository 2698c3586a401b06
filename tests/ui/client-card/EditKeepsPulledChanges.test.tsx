/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(20_000);

describe('editing on the client card while the sync pulls a colleague’s edit', () => {
  it('Edit card keeps the phone a colleague changed while the form was open, beside the notes typed in it', async () => {
    let id = '';
    const { user, dbName } = await renderPane(<ClientScreenFor get={() => id} />, {
      seed: async (app) => {
        id = (await app.createClient({ client: { name: 'Contoso', domains: ['contoso.com'], phone: '+380 44 111 2233' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit card' }));
    await user.type(screen.getByLabelText('Notes'), 'Budget approved in March');

    // The sync pulls the colleague's edit into the store while the form is open.
    const db = new ClientbookDb(dbName);
    await db.clients.update(id, { phone: '+380 44 999 8877' });
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Card saved.')).toBeInTheDocument();
    await waitFor(async () => expect(await db.clients.get(id)).toMatchObject({ phone: '+380 44 999 8877', notes: 'Budget approved in March' }));
    expect(screen.getByText('+380 44 999 8877')).toBeInTheDocument();
  });

  it('Edit contact keeps the phone a colleague changed while the form was open, beside the position typed in it', async () => {
    let id = '';
    const { user, dbName } = await renderPane(<ClientScreenFor get={() => id} tab="contacts" />, {
      seed: async (app) => {
        const contact = { name: 'Ann Lee', position: '', emails: ['ann@contoso.com'], phones: ['+380 67 111 2233'] };
        id = (await app.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [contact] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Ann Lee' }));
    await user.type(screen.getByLabelText('Position'), 'CFO');

    const db = new ClientbookDb(dbName);
    const [ann] = await db.contacts.where('clientId').equals(id).toArray();
    await db.contacts.update(ann!.id, { phones: ['+380 67 999 8877'] });
    await user.click(screen.getByRole('button', { name: 'Save contact' }));

    await waitFor(async () => expect(await db.contacts.get(ann!.id)).toMatchObject({ position: 'CFO', phones: ['+380 67 999 8877'], emails: ['ann@contoso.com'] }));
  });
});

function ClientScreenFor({ get, tab }: { get: () => string; tab?: 'contacts' }) {
  return <ClientScreen clientId={get()} tab={tab} />;
}
