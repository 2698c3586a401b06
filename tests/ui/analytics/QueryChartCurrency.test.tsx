/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { currencySymbol } from '../../../src/domain/model/Money';
import { FakeMailHost } from '../../support/fakeMailHost';
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

  it('names each row’s currency as amounts do, in the pane’s language (Ukrainian)', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedDeals, host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Групувати за' }), 'Етап');
    const measure = screen.getByRole('combobox', { name: 'Показник 1' });
    await user.selectOptions(measure, 'Сума');
    await user.selectOptions(within(measure.closest('li')!).getByRole('combobox', { name: 'Поле' }), 'Сума');
    await user.click(screen.getByRole('button', { name: 'Показати результат' }));
    await screen.findByRole('heading', { name: 'Відповідних записів: 4' });
    const table = screen.getByRole('table');
    const column = within(table).getAllByRole('columnheader').findIndex((h) => h.textContent === 'Валюта');
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent ?? ''));
    // Hryvnias as the amounts beside them write them (ICU's sign: "грн" in Chromium, "₴" in Node), not "UAH".
    expect(rows.map((cells) => cells[column])).toContain(currencySymbol('UAH', 'uk-UA'));
    expect(rows.map((cells) => cells[column])).not.toContain('UAH');
    for (const cells of rows) expect(cells[column + 1]).toContain(cells[column]);
  });

  it('offers no currency for a chart of counts', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedDeals });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Group by' }), 'Stage');
    await user.click(screen.getByRole('button', { name: 'Show the result' }));
    await screen.findByRole('heading', { name: '4 matching records' });
    expect(screen.queryByRole('combobox', { name: 'Chart in' })).toBeNull();
  });
});
