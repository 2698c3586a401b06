/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { catchDownload, textOf } from '../../support/catchDownload';
import { renderPane } from '../../support/renderPane';
import type { App } from '../../../src/app/createApp';

jest.setTimeout(30_000);

async function seedDeals(app: App) {
  const client = await app.createClient({ client: { name: 'Contoso Ltd', domains: ['contoso.com'] }, contacts: [] });
  await app.deals.create({ clientId: client.id, title: 'Seeds', currency: 'UAH', amountMinor: 500_00, expectedCloseDate: '2026-02-14' });
  await app.deals.create({ clientId: client.id, title: 'Tractor', currency: 'UAH', amountMinor: 5_000_00, expectedCloseDate: '2026-11-03' });
}

afterEach(() => jest.restoreAllMocks());

/** Deals grouped by expected close, by quarter, the controls named in the pane's language. */
async function groupByQuarter(user: UserEvent, names: { groupBy: string; field: string; bucket: string; quarter: string; run: string; heading: string }) {
  await user.selectOptions(await screen.findByRole('combobox', { name: names.groupBy }), names.field);
  await user.selectOptions(screen.getByRole('combobox', { name: names.bucket }), names.quarter);
  await user.click(screen.getByRole('button', { name: names.run }));
  await screen.findByRole('heading', { name: names.heading });
}

describe('a query grouped by quarter', () => {
  it('names the quarters as English writes them; the CSV keeps the sortable code', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedDeals });
    await groupByQuarter(user, { groupBy: 'Group by', field: 'Expected close', bucket: 'Time bucket', quarter: 'Quarter', run: 'Show the result', heading: '2 matching records' });
    expect(screen.getAllByText('Q1 2026').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Q4 2026').length).toBeGreaterThan(0);
    expect(screen.queryByText('2026-Q1')).toBeNull();

    const download = catchDownload();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(download.name).toBe('query.csv'));
    const csv = await textOf(download.blob!);
    expect(csv).toContain('2026-Q1');
    expect(csv).toContain('2026-Q4');
  });

  it('writes them the Ukrainian way, and an unnamed export downloads under a Ukrainian name', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }), route: { screen: 'analytics' }, seed: seedDeals });
    await groupByQuarter(user, { groupBy: 'Групувати за', field: 'Очікуване закриття', bucket: 'Інтервал часу', quarter: 'Квартал', run: 'Показати результат', heading: 'Відповідних записів: 2' });
    expect(screen.getAllByText('I кв. 2026').length).toBeGreaterThan(0);
    expect(screen.getAllByText('IV кв. 2026').length).toBeGreaterThan(0);

    const download = catchDownload();
    await user.click(screen.getByRole('button', { name: 'Експорт CSV' }));
    await waitFor(() => expect(download.name).toBe('запит.csv'));
  });
});
