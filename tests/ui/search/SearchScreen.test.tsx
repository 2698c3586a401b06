/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { SearchScreen } from '../../../src/taskpane/modules/search/components/SearchScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
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
  ids = { contoso: contoso.id, fabrikam: fabrikam.id };
}

const search = async (user: { clear: (e: Element) => Promise<void>; type: (e: Element, t: string) => Promise<void> }, text: string) => {
  const box = screen.getByRole('searchbox', { name: /Name, email or domain/ });
  await user.clear(box);
  await user.type(box, text);
};

describe('SearchScreen', () => {
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

  it('says when nothing matches and creates the missing client from what was typed', async () => {
    const { user, route } = await renderPane(<SearchScreen />, { seed: seedClients });

    await search(user, 'Northwind');

    expect(await screen.findByText('No client matches “Northwind”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create client' }));
    expect(route()).toMatchObject({ screen: 'create-client', draft: { name: 'Northwind', domains: [] } });
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
    await user.type(screen.getByRole('searchbox', { name: /Назва, ел. пошта або домен/ }), 'Контора');
    expect(await screen.findByText('Жоден клієнт не відповідає «Контора».')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Очистити пошук' }));
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });
});
