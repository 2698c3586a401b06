/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import type { BarChartProps } from '../../../src/taskpane/modules/analytics/components/BarChart';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import type { App } from '../../../src/app/createApp';

jest.setTimeout(60_000);

// The chart library draws nothing in jsdom: the bars it is given stand in for it, as a list.
jest.mock('../../../src/taskpane/modules/analytics/components/LazyBarChart', () => ({
  LazyBarChart: ({ title, points }: BarChartProps) => (
    <ul aria-label={title}>
      {points.map((p) => (
        <li key={p.label}>{`${p.label}: ${p.value}`}</li>
      ))}
    </ul>
  ),
}));

// 26 clients, a deal each in hryvnias; the last by name has two more, one of them in euros.
async function seedDeals(app: App) {
  for (let n = 1; n <= 26; n++) {
    const client = await app.createClient({ client: { name: `Client ${String(n).padStart(2, '0')}`, domains: [] }, contacts: [] });
    await app.deals.create({ clientId: client.id, title: `Deal ${n}`, currency: 'UAH', amountMinor: 1_000_00 });
    if (n === 26) {
      await app.deals.create({ clientId: client.id, title: 'Second', currency: 'UAH', amountMinor: 2_000_00 });
      await app.deals.create({ clientId: client.id, title: 'Third', currency: 'EUR', amountMinor: 3_000_00 });
    }
  }
}

describe('a query’s chart of many groups', () => {
  it('draws the largest, counts each group’s deals in every currency in one bar, and says the table has the rest', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedDeals });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Group by' }), 'Client');
    await user.click(screen.getByRole('button', { name: 'Add a measure' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Measure 2' }), 'Sum');
    await user.click(screen.getByRole('button', { name: 'Show the result' }));
    await screen.findByRole('heading', { name: '28 matching records' });

    const bars = within(screen.getByRole('list', { name: 'Count' })).getAllByRole('listitem').map((bar) => bar.textContent);
    expect(bars).toHaveLength(24);
    // The client with the most deals is last in the table: before, the chart drew the first 24 rows
    // and left it out, and a count had a bar per currency, labelled "(UAH)" and "(€)".
    expect(bars).toContain('Client 26: 3');
    expect(bars.join('\n')).not.toMatch(/UAH|€/);
    expect(screen.getByText('Showing the 24 largest of 26 groups; the table has them all.')).toBeVisible();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(28);
  });

  it('says so in Ukrainian', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedDeals, host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Групувати за' }), 'Клієнт');
    await user.click(screen.getByRole('button', { name: 'Показати результат' }));
    await screen.findByRole('heading', { name: 'Відповідних записів: 28' });
    expect(screen.getByText('На діаграмі 24 найбільших із 26 груп, у таблиці — усі.')).toBeVisible();
  });
});
