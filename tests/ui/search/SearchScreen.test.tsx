/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { SearchScreen } from '../../../src/taskpane/modules/search/components/SearchScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { readFailsAt } from '../../support/readFailsAt';
import { renderPane } from '../../support/renderPane';

let ids: Record<string, string> = {};

async function seedClients(app: App) {
  const contoso = await app.createClient({
    client: { name: 'Contoso Ltd', status: 'customer', domains: ['contoso.com'] },
    contacts: [{ name: 'Olena Petrenko', position: 'Buyer', emails: ['olena@contoso.com'], phones: [] }],
  });
  const fabrikam = await app.createClient({
    client: { name: 'Fabrikam', status: 'lead', domains: ['fabrikam.ua'] },
    contacts: [{ name: 'Taras Bondar', position: '', emails: ['taras.bondar@gmail.com'], phones: [] }],
  });
  const northwind = await app.createClient({
    client: { name: 'Northwind Traders', status: 'lead', domains: ['northwind.example'] },
    contacts: [
      { name: 'Anna Lee', position: '', emails: ['anna@northwind.example'], phones: [] },
      { name: 'Олена Литвиненко', position: 'Закупівлі', emails: ['o.lytvynenko@northwind.example'], phones: [] },
      { name: 'Sophie Élodie Martin', position: '', emails: [], phones: [] },
    ],
  });
  ids = { contoso: contoso.id, fabrikam: fabrikam.id, northwind: northwind.id };
}

const search = async (user: { clear: (e: Element) => Promise<void>; type: (e: Element, t: string) => Promise<void> }, text: string) => {
  const box = screen.getByRole('searchbox', { name: /Name, email or domain/ });
  await user.clear(box);
  await user.type(box, text);
};

describe('SearchScreen', () => {
  it('says in words that the search failed when the store cannot be read, with the code for the administrator, not Dexie’s English', async () => {
    let reads = { mend: () => {} };
    try {
      await renderPane(<SearchScreen />, {
        seed: async (app) => {
          await seedClients(app);
          reads = readFailsAt('clients');
        },
      });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(/^The search failed: Clientbook could not read or write its data on this device; if it happens again, tell your administrator\.Error code for your administrator: UnknownError$/);
      expect(alert).not.toHaveTextContent(/Internal error|Dexie/);
    } finally {
      reads.mend();
    }
  });

  it('finds a client by name and shows its status, domains and contacts', async () => {
    const { user } = await renderPane(<SearchScreen />, { seed: seedClients });

    await search(user, 'conto');

    expect(await screen.findByText('1 client found')).toBeInTheDocument();
    const result = screen.getByRole('button', { name: 'Contoso Ltd' });
    expect(screen.queryByRole('button', { name: 'Fabrikam' })).not.toBeInTheDocument();
    const card = result.closest('li') as HTMLElement;
    expect(within(card).getByText('Customer')).toBeInTheDocument();
    expect(within(card).getByText('contoso.com')).toBeInTheDocument();
    expect(within(card).getByText('Olena Petrenko · olena@contoso.com')).toBeInTheDocument();
  });

  it('finds a client by a contact’s email address, even on a free-mail domain', async () => {
    const { user } = await renderPane(<SearchScreen />, { seed: seedClients });

    await search(user, 'taras.bondar@gmail');

    expect(await screen.findByText('1 client found')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fabrikam' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Contoso Ltd' })).not.toBeInTheDocument();
  });

  it('finds a client by its email domain and opens the card', async () => {
    const { user, route } = await renderPane(<SearchScreen />, { seed: seedClients });

    await search(user, 'fabrikam.ua');
    await user.click(await screen.findByRole('button', { name: 'Fabrikam' }));

    expect(route()).toEqual({ screen: 'client', clientId: ids.fabrikam, tab: 'card' });
  });

  it('finds a client by a contact person’s name: any word, any case, accents or not; the contact shows first', async () => {
    const { user } = await renderPane(<SearchScreen />, { seed: seedClients });

    for (const text of ['Олена', 'литвиненко', 'ОЛЕНА ЛИТ', 'Sophie', 'elodie', 'MARTIN']) {
      await search(user, text);
      const person = /^[ол]/i.test(text) ? 'Олена Литвиненко' : 'Sophie Élodie Martin';
      await waitFor(() => {
        expect(screen.getByText('1 client found')).toBeInTheDocument();
        const card = screen.getByRole('button', { name: 'Northwind Traders' }).closest('li') as HTMLElement;
        expect(within(card).getAllByRole('listitem')[0]).toHaveTextContent(person);
      });
    }
    await search(user, 'Олена Петренко');
    expect(await screen.findByText('No client matches “Олена Петренко”.')).toBeInTheDocument();
  });

  it('opens the only client found on Enter, even pressed before the answer arrived', async () => {
    const { user, route } = await renderPane(<SearchScreen />, { seed: seedClients });
    const box = screen.getByRole('searchbox', { name: /Name, email or domain/ });

    await user.type(box, 'Taras{Enter}');
    await waitFor(() => expect(route()).toEqual({ screen: 'client', clientId: ids.fabrikam, tab: 'card' }));
  });

  it('does not open anything on Enter when several clients show', async () => {
    const { user, route } = await renderPane(<SearchScreen />, { seed: seedClients });
    await search(user, 'a');
    expect(await screen.findByText('2 clients found')).toBeInTheDocument();
    const before = route();
    await user.type(screen.getByRole('searchbox', { name: /Name, email or domain/ }), '{Enter}');
    expect(route()).toEqual(before);
  });

  it('says when nothing matches and creates the missing client from what was typed', async () => {
    const { user, route } = await renderPane(<SearchScreen />, { seed: seedClients });

    await search(user, 'Litware');

    expect(await screen.findByText('No client matches “Litware”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create client' }));
    expect(route()).toMatchObject({ screen: 'create-client', draft: { name: 'Litware', domains: [] } });
  });

  it('lists recently changed clients before anything is typed', async () => {
    await renderPane(<SearchScreen />, { seed: seedClients });

    expect(await screen.findByText('Recently changed clients')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Contoso Ltd' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fabrikam' })).toBeInTheDocument();
  });

  it('speaks Ukrainian', async () => {
    const { user } = await renderPane(<SearchScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }), seed: seedClients });

    expect(screen.getByRole('heading', { name: 'Знайти клієнта' })).toBeInTheDocument();
    expect(screen.getByText('Назва клієнта, ім’я чи email контактної особи або домен пошти. Enter відкриває єдиного знайденого клієнта.')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: /Назва, ел. пошта або домен/ }), 'Контора');
    expect(await screen.findByText('Жоден клієнт не відповідає «Контора».')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Очистити пошук' }));
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });
});
