/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { catchDownload, textOf } from '../../support/catchDownload';
import { renderPane } from '../../support/renderPane';
import type { App } from '../../../src/app/createApp';

jest.setTimeout(30_000);

async function seedRefusals(app: App) {
  const client = await app.createClient({ client: { name: 'Contoso Ltd', industry: 'retail', domains: ['contoso.com'] }, contacts: [] });
  const deal = await app.deals.create({ clientId: client.id, title: 'Lot 1', currency: 'UAH', amountMinor: 100_00 });
  await app.deals.closeAsRefused(deal.id, 'price');
}

afterEach(() => jest.restoreAllMocks());

describe('a result shown for an earlier version of the query', () => {
  it('is marked out of date, and Export waits for Show: the file is the query on screen', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedRefusals });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Group by' }), 'Refusal reason');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Then by' }), 'Client’s industry');
    await user.click(screen.getByRole('button', { name: 'Show the result' }));
    await screen.findByRole('heading', { name: '1 matching record' });
    const outOfDate = 'The result is for an earlier version of the query — Show the result to update it.';
    expect(screen.queryByText(outOfDate)).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'Owner');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Then by' }), '(no grouping)');
    expect(screen.getByText(outOfDate)).toBeInTheDocument();
    const download = catchDownload();
    const exportButton = screen.getByRole('button', { name: 'Export CSV' });
    expect(exportButton).toHaveAttribute('aria-disabled', 'true');
    expect(exportButton).toHaveAccessibleDescription(outOfDate);
    await user.click(exportButton);
    expect(download.blob).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Show the result' }));
    await waitFor(() => expect(screen.queryByText(outOfDate)).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(download.blob).toBeDefined());
    expect((await textOf(download.blob!)).replace(/^\ufeff/, '').split('\r\n')[0]).toBe('Owner,Count');

    // Back to the query shown: up to date again, whatever was changed between.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'Stage');
    expect(screen.getByText(outOfDate)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'Owner');
    expect(screen.queryByText(outOfDate)).toBeNull();
  });

  it('says so in Ukrainian', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }), route: { screen: 'analytics' }, seed: seedRefusals });
    await user.click(await screen.findByRole('button', { name: 'Показати результат' }));
    await screen.findByRole('heading', { name: 'Відповідних записів: 1' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Групувати за' }), 'Причина відмови');
    expect(screen.getByText('Результат — для попередньої версії запиту. Натисніть «Показати результат», щоб його оновити.')).toBeInTheDocument();
  });
});
