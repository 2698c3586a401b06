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

describe('the query builder from the keyboard', () => {
  it('puts the focus in a new condition’s or measure’s first field, and back where a removed one was', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedDeals });
    await screen.findByRole('combobox', { name: 'Group by' });
    screen.getByRole('button', { name: 'Add a condition' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('combobox', { name: 'Field of condition 1' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove condition 1' }));
    expect(screen.getByRole('button', { name: 'Add a condition' })).toHaveFocus();

    screen.getByRole('button', { name: 'Add a measure' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('combobox', { name: 'Measure 2' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove measure 2' }));
    expect(screen.getByRole('combobox', { name: 'Measure 1' })).toHaveFocus();
  });

  it('saves with Enter in the query’s name', async () => {
    const { user, app } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedDeals });
    await user.type(await screen.findByRole('textbox', { name: 'Query name' }), 'Deals by stage{Enter}');
    expect(await screen.findByText('Saved “Deals by stage” for the team.')).toBeInTheDocument();
    await within(screen.getByTestId('saved-queries')).findByRole('button', { name: 'Deals by stage' });
    expect((await app.analytics!.savedQueries()).map((q) => q.name)).toEqual(['Deals by stage']);
  });
});
