/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { renderPane } from '../../support/renderPane';
import type { App } from '../../../src/app/createApp';

jest.setTimeout(30_000);

// Two deals in hryvnias, one in pounds, one in euros.
async function seedDeals(app: App) {
  const client = await app.createClient({ client: { name: 'Contoso Ltd', domains: ['contoso.com'] }, contacts: [] });
  await app.deals.create({ clientId: client.id, title: 'Seeds', currency: 'UAH', amountMinor: 500_00 });
  await app.deals.create({ clientId: client.id, title: 'Fertiliser', currency: 'UAH', amountMinor: 5_000_00 });
  await app.deals.create({ clientId: client.id, title: 'Tractor', currency: 'GBP', amountMinor: 40_000_00 });
  await app.deals.create({ clientId: client.id, title: 'Drone', currency: 'EUR', amountMinor: 9_000_00 });
}

describe('a query’s chart of amounts', () => {
  it('is drawn in one currency at a time, the one most deals are in, with the others offered beside it', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedDeals });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Group by' }), 'Stage');
    const measure = screen.getByRole('combobox', { name: 'Measure 1' });
    await user.selectOptions(measure, 'Sum');
    await user.selectOptions(within(measure.closest('li')!).getByRole('combobox', { name: 'Field' }), 'Amount');
    await user.click(screen.getByRole('button', { name: 'Show the result' }));
    await screen.findByRole('heading', { name: '4 matching records' });

    // Pounds and hryvnias on one axis would read as one currency; the chart asks which one to draw.
    const currency = screen.getByRole('combobox', { name: 'Chart in' });
    expect(currency).toHaveValue('UAH');
    expect(within(currency).getAllByRole('option').map((o) => o.textContent)).toEqual(['UAH', '€', '£']);
    await user.selectOptions(currency, 'GBP');
    expect(currency).toHaveValue('GBP');
  });

  it('offers no currency for a chart of counts', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedDeals });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Group by' }), 'Stage');
    await user.click(screen.getByRole('button', { name: 'Show the result' }));
    await screen.findByRole('heading', { name: '4 matching records' });
    expect(screen.queryByRole('combobox', { name: 'Chart in' })).toBeNull();
  });
});
