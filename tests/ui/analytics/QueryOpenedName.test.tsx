/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { emptyQuery } from '../../../src/app/analyticsTypes';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

async function seed(app: App) {
  const client = await app.createClient({ client: { name: 'Contoso Ltd', domains: ['contoso.com'] }, contacts: [] });
  await app.deals.create({ clientId: client.id, title: 'Small', currency: 'UAH', amountMinor: 500_00 });
  await app.analytics!.saveQuery('Clients by region', { ...emptyQuery('clients'), groupBy: [{ field: 'region' }] });
  await app.analytics!.saveQuery('Deals by stage', { ...emptyQuery('deals'), groupBy: [{ field: 'stage' }] });
}

describe('opening a saved query', () => {
  it('fills its name, so Save offers to save changes to it', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed });
    await user.click(await within(await screen.findByTestId('saved-queries')).findByRole('button', { name: 'Deals by stage' }));
    expect(screen.getByRole('textbox', { name: 'Query name' })).toHaveValue('Deals by stage');
    expect(await screen.findByRole('button', { name: 'Save changes to “Deals by stage”' })).toBeEnabled();
  });

  it('brings its name back with its kind of records, after a query of another kind was opened', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed });
    const saved = await screen.findByTestId('saved-queries');
    await user.click(await within(saved).findByRole('button', { name: 'Clients by region' }));
    await user.click(within(saved).getByRole('button', { name: 'Deals by stage' }));
    expect(screen.getByRole('textbox', { name: 'Query name' })).toHaveValue('Deals by stage');
    // Back to Clients: the query opened there, and its name; before, “Deals by stage” stood in it and Save made a second query.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Records' }), 'Clients');
    expect(screen.getByRole('textbox', { name: 'Query name' })).toHaveValue('Clients by region');
    expect(await screen.findByRole('button', { name: 'Save changes to “Clients by region”' })).toBeEnabled();
  });

  it('does so in Ukrainian', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }), route: { screen: 'analytics' }, seed });
    const saved = await screen.findByTestId('saved-queries');
    await user.click(await within(saved).findByRole('button', { name: 'Clients by region' }));
    await user.click(within(saved).getByRole('button', { name: 'Deals by stage' }));
    expect(screen.getByRole('textbox', { name: 'Назва запиту' })).toHaveValue('Deals by stage');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Записи' }), 'Клієнти');
    expect(screen.getByRole('textbox', { name: 'Назва запиту' })).toHaveValue('Clients by region');
    expect(await screen.findByRole('button', { name: 'Зберегти зміни в «Clients by region»' })).toBeEnabled();
  });
});
