/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

/** Lets the pulled deletion reach the list, as the live query does after a sync. */
const pulled = () => new Promise((settled) => setTimeout(settled, 200));

describe('Edit contact of a contact person a colleague deletes while the form is open', () => {
  it('stays with its form, says the contact was deleted, saves nothing, keeps the typing, and goes once the form is closed', async () => {
    let id = '';
    const { user, dbName } = await renderPane(<ClientScreenFor get={() => id} />, {
      seed: async (app) => {
        const contact = { name: 'Ann Lee', position: '', emails: ['ann@contoso.com'], phones: [] };
        id = (await app.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [contact] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Ann Lee' }));
    await user.type(screen.getByLabelText('Position'), 'CFO');

    // The sync pulls the colleague's deletion while the form is open.
    const db = new ClientbookDb(dbName);
    const [ann] = await db.contacts.where('clientId').equals(id).toArray();
    await db.contacts.delete(ann!.id);
    const queued = await db.outbox.count();
    await pulled();
    await user.click(screen.getByRole('button', { name: 'Save contact' }));

    expect(await screen.findByText('Contact “Ann Lee” was deleted by a colleague while you were editing it. Nothing was saved; your changes are still in the form.')).toBeInTheDocument();
    expect(screen.getByLabelText('Position')).toHaveValue('CFO');
    expect(await db.contacts.get(ann!.id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(queued);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Close without saving?' })).getByRole('button', { name: 'Close without saving' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Edit Ann Lee' })).not.toBeInTheDocument());
    expect(screen.queryByLabelText('Position')).not.toBeInTheDocument();
    expect(screen.queryByText('Ann Lee')).not.toBeInTheDocument();
  });
});

function ClientScreenFor({ get }: { get: () => string }) {
  return <ClientScreen clientId={get()} tab="contacts" />;
}
