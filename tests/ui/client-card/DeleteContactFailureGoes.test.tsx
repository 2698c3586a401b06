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

const en = { remove: 'Delete Anna Koval', confirm: 'Delete', said: /^The contact could not be deleted: /, edit: 'Edit Anna Koval', add: 'Add contact' };
const uk = { remove: 'Видалити: Anna Koval', confirm: 'Видалити', said: /^Не вдалося видалити контактну особу: /, edit: 'Редагувати: Anna Koval', add: 'Додати контактну особу' };

/** Contoso's Contacts tab, where deleting Anna Koval has just failed: the device's storage refused it. */
async function deleteFailed(words: typeof en, host?: FakeMailHost) {
  let id = '';
  const pane = await renderPane(<ContactsOf get={() => id} />, {
    host,
    seed: async (app) => {
      id = (await app.createClient({ client: { name: 'Contoso' }, contacts: [{ name: 'Anna Koval', position: '', emails: ['anna@contoso.com'], phones: [] }] })).id;
    },
  });
  await screen.findByText('Anna Koval');
  const disk = writeFailsAt('contacts', 'UnknownError');
  try {
    await pane.user.click(screen.getByRole('button', { name: words.remove }));
    await pane.user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: words.confirm }));
    expect(await screen.findByText(words.said)).toBeInTheDocument();
  } finally {
    disk.mend();
  }
  return pane;
}

describe('a failed contact delete’s message, once the user goes on to a contact’s form', () => {
  it('goes when the edit form opens: only the latest outcome shows', async () => {
    const { user } = await deleteFailed(en);
    await user.click(screen.getByRole('button', { name: en.edit }));
    expect(screen.getByRole('form', { name: en.edit })).toBeInTheDocument();
    expect(screen.queryByText(en.said)).not.toBeInTheDocument();
    expect(screen.queryByText(/Error code for your administrator/)).not.toBeInTheDocument();
  });

  it('goes when Add contact opens its form, in Ukrainian too', async () => {
    const { user } = await deleteFailed(uk, new FakeMailHost({ displayLanguage: 'uk-UA' }));
    await user.click(screen.getByRole('button', { name: uk.add }));
    expect(screen.queryByText(uk.said)).not.toBeInTheDocument();
    expect(screen.queryByText(/Код помилки для адміністратора/)).not.toBeInTheDocument();
  });
});
