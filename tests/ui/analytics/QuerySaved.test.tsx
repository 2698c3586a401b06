/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { renderPane } from '../../support/renderPane';
import type { App } from '../../../src/app/createApp';

jest.setTimeout(30_000);

async function seedDeals(app: App) {
  const client = await app.createClient({ client: { name: 'Contoso Ltd', domains: ['contoso.com'] }, contacts: [] });
  await app.deals.create({ clientId: client.id, title: 'Small', currency: 'UAH', amountMinor: 500_00 });
}

const savedNames = () => within(screen.getByTestId('saved-queries')).queryAllByRole('listitem').map((li) => within(li).getAllByRole('button')[0]!.textContent);

describe('saved queries', () => {
  it('saves a query under a new name as a second one, and updates the open one only while its name stays', async () => {
    const { user, app } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedDeals });
    const name = await screen.findByRole('textbox', { name: 'Query name' });
    await user.type(name, 'Deals by stage');
    await user.click(screen.getByRole('button', { name: 'Save for the team' }));
    expect(await screen.findByText('Saved “Deals by stage” for the team.')).toBeInTheDocument();
    await screen.findByRole('button', { name: 'Deals by stage' });

    // The name kept: Save says it replaces the open query.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'Stage');
    await user.click(screen.getByRole('button', { name: 'Save changes to “Deals by stage”' }));
    await screen.findByText('Saved “Deals by stage” for the team.');
    expect((await app.analytics!.savedQueries()).map((q) => [q.name, q.query.groupBy[0]?.field])).toEqual([['Deals by stage', 'stage']]);

    // Another name: a second query, the first left as it was.
    await user.clear(name);
    await user.type(name, 'Deals by owner');
    expect(screen.getByText('“Deals by stage” stays as it is: this is saved as a new query.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'Owner');
    await user.click(screen.getByRole('button', { name: 'Save for the team' }));
    await screen.findByRole('button', { name: 'Deals by owner' });
    expect(savedNames().sort()).toEqual(['Deals by owner', 'Deals by stage']);
    const stored = await app.analytics!.savedQueries();
    expect(stored.find((q) => q.name === 'Deals by stage')?.query.groupBy[0]?.field).toBe('stage');
    expect(stored.find((q) => q.name === 'Deals by owner')?.query.groupBy[0]?.field).toBe('owner');
  });

  it('puts the focus on Undo after a delete, and on the query it brings back after Undo', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedDeals });
    await user.type(await screen.findByRole('textbox', { name: 'Query name' }), 'Deals by stage');
    await user.click(screen.getByRole('button', { name: 'Save for the team' }));
    await user.click(await screen.findByRole('button', { name: 'Delete Deals by stage' }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByText('Deleted “Deals by stage” for the whole team.')).toBeInTheDocument();
    expect(undo).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Deals by stage' })).toHaveFocus();
  });
});
