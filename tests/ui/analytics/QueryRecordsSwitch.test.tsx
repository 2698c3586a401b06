/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { renderPane } from '../../support/renderPane';
import type { App } from '../../../src/app/createApp';

jest.setTimeout(30_000);

async function seedRefusals(app: App) {
  const client = await app.createClient({ client: { name: 'Contoso Ltd', industry: 'retail', domains: ['contoso.com'] }, contacts: [] });
  for (const title of ['Lot 1', 'Lot 2']) {
    const deal = await app.deals.create({ clientId: client.id, title, currency: 'UAH', amountMinor: 100_00 });
    await app.deals.closeAsRefused(deal.id, 'price');
  }
  await app.deals.create({ clientId: client.id, title: 'Open', currency: 'UAH', amountMinor: 100_00 });
}

const combo = (name: string) => screen.getByRole('combobox', { name });
const selected = (name: string) => (combo(name) as HTMLSelectElement).selectedOptions[0]?.textContent;

/** Deals refused, by refusal reason, then by the client's industry: shown, and saved under a name. */
async function buildRefusals(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: 'Add a condition' }));
  await user.selectOptions(combo('Field of condition 1'), 'Status');
  await user.selectOptions(combo('Value of condition 1'), 'Refusal');
  await user.selectOptions(combo('Group by'), 'Refusal reason');
  await user.selectOptions(combo('Then by'), 'Client’s industry');
  await user.click(screen.getByRole('button', { name: 'Show the result' }));
  await screen.findByRole('heading', { name: '2 matching records' });
  await user.type(screen.getByRole('textbox', { name: 'Query name' }), 'Refusals{Enter}');
  await screen.findByText('Saved “Refusals” for the team.');
}

describe('changing the records a query reads', () => {
  it('keeps the query built for deals: an arrow key to History and back brings it back as it was', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedRefusals });
    await buildRefusals(user);

    // What ↓ in the Records select does: the next kind is chosen at once.
    await user.selectOptions(combo('Records'), 'History');
    // The name stays, and what applies to history too: the client's industry. Deals' status and
    // refusal reason do not, and nothing of deals' result stands under History.
    expect(screen.getByRole('textbox', { name: 'Query name' })).toHaveValue('Refusals');
    expect(selected('Group by')).toBe('Client’s industry');
    expect(screen.queryByRole('combobox', { name: 'Field of condition 1' })).toBeNull();
    expect(screen.queryByRole('heading', { name: /matching record/ })).toBeNull();
    expect(screen.getByText('Your Deals query is kept: choose Deals again to return to it.')).toBeInTheDocument();
    // Not the saved deals query: Save would make a new one.
    expect(screen.getByRole('button', { name: 'Save for the team' })).toBeInTheDocument();

    await user.selectOptions(combo('Records'), 'Deals');
    expect(selected('Field of condition 1')).toBe('Status');
    expect(selected('Value of condition 1')).toBe('Refusal');
    expect(selected('Group by')).toBe('Refusal reason');
    expect(selected('Then by')).toBe('Client’s industry');
    expect(screen.getByRole('heading', { name: '2 matching records' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save changes to “Refusals”' })).toBeInTheDocument();
    expect(screen.queryByText(/query is kept/)).toBeNull();
  });

  it('keeps each kind’s query: History as left when coming back to it', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedRefusals });
    await screen.findByRole('combobox', { name: 'Group by' });
    await user.selectOptions(combo('Records'), 'History');
    await user.selectOptions(combo('Group by'), 'Type');
    await user.selectOptions(combo('Records'), 'Payments');
    // An empty deals query was nothing to keep; History's was.
    expect(screen.getByText('Your History query is kept: choose History again to return to it.')).toBeInTheDocument();
    await user.selectOptions(combo('Records'), 'History');
    expect(selected('Group by')).toBe('Type');
    expect(screen.queryByText(/query is kept/)).toBeNull();
  });

  it('keeps the query of the kind left when a saved query of another kind is opened', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedRefusals });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Group by' }), 'Stage');
    await user.type(screen.getByRole('textbox', { name: 'Query name' }), 'By stage{Enter}');
    const saved = await screen.findByRole('button', { name: 'By stage' });
    await user.selectOptions(combo('Records'), 'History');
    await user.selectOptions(combo('Group by'), 'Type');

    await user.click(saved);
    expect(selected('Records')).toBe('Deals');
    expect(selected('Group by')).toBe('Stage');
    expect(screen.getByText('Your History query is kept: choose History again to return to it.')).toBeInTheDocument();
    await user.selectOptions(combo('Records'), 'History');
    expect(selected('Group by')).toBe('Type');
  });
});
