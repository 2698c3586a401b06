/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

async function seedDeals(app: App) {
  const client = await app.createClient({ client: { name: 'Contoso Ltd', domains: ['contoso.com'] }, contacts: [] });
  await app.deals.create({ clientId: client.id, title: 'Small', currency: 'UAH', amountMinor: 500_00 });
}

describe('each condition’s controls are named by its place', () => {
  it('so two conditions are told apart, and the second one removed is the second', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedDeals });
    await user.click(await screen.findByRole('button', { name: 'Add a condition' }));
    await user.click(screen.getByRole('button', { name: 'Add a condition' }));
    expect(screen.getAllByRole('button', { name: /^Remove condition \d$/ }).map((b) => b.getAttribute('aria-label'))).toEqual(['Remove condition 1', 'Remove condition 2']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Field of condition 2' }), 'Amount');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Operator of condition 2' }), 'more than');
    await user.type(screen.getByRole('textbox', { name: 'Value of condition 2' }), '100');
    expect(screen.getByRole('combobox', { name: 'Field of condition 1' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove condition 2' }));
    expect(screen.queryByRole('combobox', { name: 'Field of condition 2' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove condition 1' })).toBeInTheDocument();
    // A date's box and its calendar button too.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Field of condition 1' }), 'Created');
    expect(screen.getByRole('combobox', { name: 'Value of condition 1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open the calendar: Value of condition 1' })).toBeInTheDocument();
  });

  it('in Ukrainian too', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }), route: { screen: 'analytics' }, seed: seedDeals });
    await user.click(await screen.findByRole('button', { name: 'Додати умову' }));
    await user.click(screen.getByRole('button', { name: 'Додати умову' }));
    expect(screen.getByRole('button', { name: 'Прибрати умову 1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Прибрати умову 2' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Поле умови 2' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Оператор умови 2' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Поле умови 2' }), 'Сума');
    expect(screen.getByRole('textbox', { name: 'Значення умови 2' })).toBeInTheDocument();
  });
});
