/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { SearchScreen } from '../../../src/taskpane/modules/search/components/SearchScreen';
import { useNavigation } from '../../../src/taskpane/ui/Route';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

const firms = (count: number) => async (app: App) => {
  for (let i = 1; i <= count; i++) await app.createClient({ client: { name: `ТОВ «Фірма ${i}»`, status: 'lead', domains: [] }, contacts: [] });
  await app.createClient({ client: { name: 'Contoso Ltd', status: 'customer', domains: ['contoso.com'] }, contacts: [] });
};

const results = () => within(screen.getByRole('list')).getAllByRole('button');
const resultCount = () => screen.getAllByRole('listitem').length;

/** Find a client, and a client's screen with Back as the header has it. */
function SearchAndBack() {
  const { route, back } = useNavigation();
  if (route.screen === 'search') return <SearchScreen />;
  return (
    <button type="button" onClick={back}>
      Back
    </button>
  );
}

describe('Find a client lists the first clients found and says how many there are', () => {
  it('says 30 of 91 and shows the rest page by page from the keyboard, the focus on the first added (Ukrainian)', async () => {
    const { user } = await renderPane(<SearchScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }), seed: firms(91) });
    await user.type(screen.getByRole('searchbox'), 'тов');

    expect(await screen.findByText('Знайдено 91 клієнта, показано 30 — уточніть пошук')).toBeInTheDocument();
    expect(resultCount()).toBe(30);
    const more = screen.getByRole('button', { name: 'Показати ще 30 клієнтів' });
    more.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(resultCount()).toBe(60));
    await waitFor(() => expect(results()[30]).toHaveFocus());
    expect(screen.getByText('Знайдено 91 клієнта, показано 60 — уточніть пошук')).toBeInTheDocument();

    screen.getByRole('button', { name: 'Показати ще 30 клієнтів' }).focus();
    await user.keyboard(' ');
    await waitFor(() => expect(resultCount()).toBe(90));
    screen.getByRole('button', { name: 'Показати ще 1 клієнта' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Знайдено 91 клієнта')).toBeInTheDocument();
    expect(resultCount()).toBe(91);
    expect(results()[90]).toHaveFocus();
    expect(screen.queryByRole('button', { name: /Показати ще/ })).not.toBeInTheDocument();
  });

  it('counts no further than 100 while a search is broad, and exactly once the next page is in reach', async () => {
    const { user } = await renderPane(<SearchScreen />, { seed: firms(130) });
    await user.type(screen.getByRole('searchbox'), 'тов');

    expect(await screen.findByText('30 of more than 100 clients shown — refine the search')).toBeInTheDocument();
    expect(resultCount()).toBe(30);
    for (const shown of [60, 90, 120]) {
      await user.click(screen.getByRole('button', { name: 'Show 30 more clients' }));
      await waitFor(() => expect(resultCount()).toBe(shown));
    }
    expect(screen.getByText('120 of 130 clients shown — refine the search')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 10 more clients' }));
    expect(await screen.findByText('130 clients found')).toBeInTheDocument();
  });

  it('starts again from the first page when the search changes', async () => {
    const { user } = await renderPane(<SearchScreen />, { seed: firms(45) });
    const box = screen.getByRole('searchbox');
    await user.type(box, 'тов');
    await user.click(await screen.findByRole('button', { name: 'Show 15 more clients' }));
    await waitFor(() => expect(resultCount()).toBe(45));
    await user.clear(box);
    await user.type(box, 'фірма');
    expect(await screen.findByText('30 of 45 clients shown — refine the search')).toBeInTheDocument();
    expect(resultCount()).toBe(30);
  });
});

describe('Find a client after Back from a client opened from it', () => {
  it.each([
    ['en-GB', '1 client found', /Name, email or domain/],
    ['uk-UA', 'Знайдено 1 клієнта', /Назва, ел. пошта або домен/],
  ])('keeps the search and its results (%s)', async (displayLanguage, found, label) => {
    const { user, route } = await renderPane(<SearchAndBack />, { host: new FakeMailHost({ displayLanguage }), seed: firms(3), route: { screen: 'search' } });
    await user.type(screen.getByRole('searchbox', { name: label }), 'cont{Enter}');
    await waitFor(() => expect(route()).toMatchObject({ screen: 'client', tab: 'card' }));

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('searchbox', { name: label })).toHaveValue('cont');
    expect(await screen.findByText(found)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Contoso Ltd' })).toBeInTheDocument();
    expect(route()).toEqual({ screen: 'search' });
  });
});
