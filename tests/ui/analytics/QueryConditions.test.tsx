/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import type { App } from '../../../src/app/createApp';

async function seedDeals(app: App) {
  const client = await app.createClient({ client: { name: 'Contoso Ltd', domains: ['contoso.com'] }, contacts: [] });
  await app.deals.create({ clientId: client.id, title: 'Small', currency: 'UAH', amountMinor: 500_00 });
  await app.deals.create({ clientId: client.id, title: 'Large', currency: 'UAH', amountMinor: 5_000_00 });
}

describe('query conditions', () => {
  it('says what a condition lacks instead of showing no records, and runs once it reads', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: seedDeals });
    await user.click(await screen.findByRole('button', { name: 'Add a condition' }));
    const condition = (await screen.findByRole('combobox', { name: 'Field of condition 1' })).closest('li')!;
    // A condition just added is not marked before the user asks for the result.
    expect(within(condition).queryByText('Enter a value, or remove the condition.')).toBeNull();
    // As added: "Title is" a blank, which would match no deal.
    await user.click(screen.getByRole('button', { name: 'Show the result' }));
    expect(await within(condition).findByText('Enter a value, or remove the condition.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /matching record/ })).toBeNull();
    // The value to put right takes the focus, where it stayed on the button, the message perhaps out of sight.
    expect(within(condition).getByRole('textbox', { name: 'Value of condition 1' })).toHaveFocus();
    await user.selectOptions(within(condition).getByRole('combobox', { name: 'Field of condition 1' }), 'Amount');
    await user.selectOptions(within(condition).getByRole('combobox', { name: 'Operator of condition 1' }), 'more than');
    await user.click(screen.getByRole('button', { name: 'Show the result' }));
    expect(await within(condition).findByText('Enter a value, or remove the condition.')).toBeInTheDocument();

    await user.type(within(condition).getByRole('textbox', { name: 'Value of condition 1' }), 'a thousand');
    await user.click(screen.getByRole('button', { name: 'Show the result' }));
    expect(await within(condition).findByText('A number, such as 1500.50.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /matching record/ })).toBeNull();

    await user.clear(within(condition).getByRole('textbox', { name: 'Value of condition 1' }));
    await user.type(within(condition).getByRole('textbox', { name: 'Value of condition 1' }), '1 000');
    await user.click(screen.getByRole('button', { name: 'Show the result' }));
    expect(await screen.findByRole('heading', { name: '1 matching record' })).toBeInTheDocument();
    expect(within(condition).queryByText('A number, such as 1500.50.')).toBeNull();
  });

  it('takes a day as the pane’s language writes it, where the browser’s date box wrote the browser’s own (Ukrainian)', async () => {
    // Two deals created on 10 March, one on 12 March.
    const seed = async (app: App, setNow: (now: Date) => void) => {
      await seedDeals(app);
      setNow(new Date(2026, 2, 12, 9, 0, 0));
      const client = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [] });
      await app.deals.create({ clientId: client.id, title: 'Later', currency: 'UAH', amountMinor: 100_00 });
    };
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed, host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    await user.click(await screen.findByRole('button', { name: 'Додати умову' }));
    const condition = screen.getByRole('combobox', { name: 'Поле умови 1' }).closest('li')!;
    await user.selectOptions(within(condition).getByRole('combobox', { name: 'Поле умови 1' }), 'Створено');
    await user.selectOptions(within(condition).getByRole('combobox', { name: 'Оператор умови 1' }), 'щонайменше');
    const day = within(condition).getByRole('combobox', { name: 'Значення умови 1' });
    // Tab, not Enter: Enter in a date box opens its calendar, which would stand over Show the result.
    await user.type(day, '11.03.2026');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Показати результат' }));
    expect(await screen.findByRole('heading', { name: 'Відповідних записів: 1' })).toBeInTheDocument();

    // A day that does not read is not run as the day before it, as if it had been typed.
    await user.clear(day);
    await user.type(day, '32.03.2026');
    await user.click(screen.getByRole('button', { name: 'Показати результат' }));
    expect(day).toHaveFocus();
    expect(within(condition).getByText(/^«32\.03\.2026» — не дата/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Відповідних записів: 1' })).toBeInTheDocument();
  });
});
