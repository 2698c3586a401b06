/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import { writeFailsAt } from '../../support/writeFailsAt';

jest.setTimeout(20_000);

function ContactsOf({ get }: { get: () => string }) {
  return <ClientScreen clientId={get()} tab="contacts" />;
}

/** Contoso with contact person Anna Koval, on the client's Contacts tab. */
async function contactsTab(host?: FakeMailHost) {
  let id = '';
  const pane = await renderPane(<ContactsOf get={() => id} />, {
    host,
    seed: async (app) => {
      id = (await app.createClient({ client: { name: 'Contoso' }, contacts: [{ name: 'Anna Koval', position: '', emails: ['anna@contoso.com'], phones: [] }] })).id;
    },
  });
  await screen.findByText('Anna Koval');
  return pane;
}

describe('deleting a contact person the local store refuses', () => {
  it('says the device’s storage is full, in words, not Dexie’s English', async () => {
    const { user } = await contactsTab();
    const disk = writeFailsAt('contacts', 'QuotaExceededError');
    try {
      await user.click(screen.getByRole('button', { name: 'Delete Anna Koval' }));
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
      const alert = await screen.findByText(/^The contact could not be deleted: /);
      expect(alert).toHaveTextContent(/^The contact could not be deleted: the device’s storage is full\. Free some space, then try again\.$/);
      expect(alert).not.toHaveTextContent(/QuotaExceeded|disk is full|Dexie/);
      expect(screen.getByText('Anna Koval')).toBeInTheDocument();
    } finally {
      disk.mend();
    }
  });

  it('says in Ukrainian that Clientbook could not write its data, with the code for the administrator on a line of its own', async () => {
    const { user } = await contactsTab(new FakeMailHost({ displayLanguage: 'uk-UA' }));
    const store = writeFailsAt('contacts', 'UnknownError');
    try {
      await user.click(screen.getByRole('button', { name: 'Видалити: Anna Koval' }));
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Видалити' }));
      const alert = await screen.findByText(/^Не вдалося видалити контактну особу: /);
      expect(alert).toHaveTextContent(
        /^Не вдалося видалити контактну особу: Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора\.Код помилки для адміністратора: UnknownError$/,
      );
      expect(within(alert).getByText('Код помилки для адміністратора: UnknownError')).toBeInTheDocument();
      expect(alert).not.toHaveTextContent(/Disk I\/O|AbortError|Transaction/);
    } finally {
      store.mend();
    }
  });
});
