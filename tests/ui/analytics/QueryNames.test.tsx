/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { openApp } from '../../../src/app/openApp';
import { emptyQuery } from '../../../src/app/analyticsTypes';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

const savedNames = () => within(screen.getByTestId('saved-queries')).queryAllByRole('listitem').map((li) => within(li).getAllByRole('button')[0]!.textContent);

describe('a saved query’s name', () => {
  it('is refused when a colleague’s query has it, whatever its case and spaces; what was typed stays', async () => {
    const { user, app, dbName } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' } });
    const colleague = await openApp(new FakeMailHost({ user: { email: 'olena@clientbook.example', displayName: 'Olena Bondar' } }), { dbName, clock: { now: () => new Date(2026, 2, 10) } });
    await colleague.analytics!.saveQuery('By stage', emptyQuery('deals'));
    await screen.findByRole('button', { name: 'By stage' });

    const name = screen.getByRole('textbox', { name: 'Query name' });
    await user.type(name, ' by  STAGE{Enter}');
    expect(await screen.findByText('The team already has a query named “By stage”. Give this one another name.')).toBeInTheDocument();
    expect(name).toHaveValue(' by  STAGE');
    expect(screen.queryByRole('button', { name: /^Replace/ })).toBeNull();
    expect(savedNames()).toEqual(['By stage']);

    // Another name saves, and the message goes as soon as the name changes.
    await user.type(name, ' and owner');
    expect(screen.queryByText(/already has a query/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save for the team' }));
    await screen.findByText('Saved “by STAGE and owner” for the team.');
    expect((await app.analytics!.savedQueries()).map((q) => q.name).sort()).toEqual(['By stage', 'by STAGE and owner']);
  });

  it('offers to replace the user’s own query of that name', async () => {
    const { user, app } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' } });
    const name = await screen.findByRole('textbox', { name: 'Query name' });
    await user.type(name, 'By stage{Enter}');
    await screen.findByRole('button', { name: 'By stage' });

    await user.clear(name);
    await user.type(name, 'Clients');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Records' }), 'Clients');
    await user.click(screen.getByRole('button', { name: 'Save for the team' }));
    await screen.findByRole('button', { name: 'Clients' });
    // Saved as "Clients", now renamed to the first one's name: the second query may not take it.
    await user.clear(name);
    await user.type(name, 'by stage');
    await user.click(screen.getByRole('button', { name: 'Save for the team' }));
    expect(await screen.findByText('You already saved a query named “By stage”. Replace it, or give this one another name.')).toBeInTheDocument();
    expect(savedNames().sort()).toEqual(['By stage', 'Clients']);

    await user.click(screen.getByRole('button', { name: 'Replace “By stage”' }));
    await screen.findByText('Saved “by stage” for the team.');
    expect((await app.analytics!.savedQueries()).map((q) => [q.name, q.query.records]).sort()).toEqual([
      ['Clients', 'clients'],
      ['by stage', 'clients'],
    ]);
  });

  it('says so in Ukrainian', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }), route: { screen: 'analytics' } });
    const name = await screen.findByRole('textbox', { name: 'Назва запиту' });
    await user.type(name, 'За етапами{Enter}');
    await screen.findByRole('button', { name: 'За етапами' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Записи' }), 'Клієнти');
    await user.click(screen.getByRole('button', { name: 'Зберегти для команди' }));
    expect(await screen.findByText('Ви вже зберегли запит «За етапами». Замініть його або дайте цьому іншу назву.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Замінити «За етапами»' })).toBeInTheDocument();
  });
});
