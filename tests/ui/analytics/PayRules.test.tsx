/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import type { App } from '../../../src/app/createApp';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';

// Now is 2026-03-10 (renderPane): one deal of mine won in March, UAH 600.00 of it paid on March 5.
async function seedPaid(app: App) {
  const client = await app.createClient({ client: { name: 'Contoso Ltd', domains: ['contoso.com'] }, contacts: [] });
  const deal = await app.deals.create({ clientId: client.id, title: '40 seats', currency: 'UAH', amountMinor: 1200_00 });
  await app.deals.closeAsWon(deal.id);
  const receipt = await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-1', amountMinor: 1200_00, issueDate: '2026-03-01', dueDate: '2026-03-31' });
  await app.deals.recordPayment({ invoiceId: receipt.id, amountMinor: 600_00, date: '2026-03-05' });
}

async function openMarch() {
  const rendered = await renderPane(<AnalyticsScreen tab="pay" />, { route: { screen: 'analytics' }, seed: seedPaid });
  await rendered.user.selectOptions(await screen.findByRole('combobox', { name: 'Month' }), 'March 2026');
  // Shown once the user is known to be one who may change the rules.
  await screen.findByRole('button', { name: 'Save rules and limits' });
  return rendered;
}

const total = (text: string) => waitFor(() => expect(screen.getByTestId('statement-total')).toHaveTextContent(text));

describe('pay rules', () => {
  it('lists the statement’s months by their full names, in Ukrainian in the nominative', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="pay" />, { route: { screen: 'analytics' }, host: new FakeMailHost({ displayLanguage: 'uk-UA' }), seed: seedPaid });
    const month = await screen.findByRole('combobox', { name: 'Місяць' });
    expect(within(month).getByRole('option', { name: 'лютий 2026' })).toBeInTheDocument();
    await user.selectOptions(month, 'березень 2026');
    expect(month).toHaveDisplayValue('березень 2026');
  });

  it('says in words that the rules were not saved because the device’s storage is full, keeping what was typed', async () => {
    const { user, app } = await openMarch();
    const percent = screen.getByRole('textbox', { name: 'Percent of payments received' });
    await user.clear(percent);
    await user.type(percent, '5');
    app.analytics!.saveSettings = async () => {
      throw new Dexie.QuotaExceededError('The disk is full.', new DOMException('The disk is full.', 'QuotaExceededError'));
    };
    await user.click(screen.getByRole('button', { name: 'Save rules and limits' }));
    expect(await screen.findByText(/^The device’s storage is full/)).toHaveTextContent(/^The device’s storage is full: free some space first\. Nothing was saved; your changes are still in the form\.$/);
    expect(screen.queryByText(/QuotaExceeded|disk is full/)).not.toBeInTheDocument();
    expect(percent).toHaveValue('5');
  });

  it('pays by the team’s rule, then by a manager’s own rule with a volume tier', async () => {
    const { user } = await openMarch();
    expect(await screen.findByText('Nothing counts towards pay in this month.')).toBeInTheDocument();

    const percent = screen.getByRole('textbox', { name: 'Percent of payments received' });
    await user.clear(percent);
    await user.type(percent, '5');
    await user.click(screen.getByRole('button', { name: 'Save rules and limits' }));
    // 600.00 × 5 %
    await total('Total: UAH 30.00');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Pay rule of' }), 'me@clientbook.example');
    expect(screen.getByText('Paid by the team’s rule.')).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'A rule of their own for me@clientbook.example' }));
    await user.click(screen.getByRole('button', { name: 'Add a volume tier' }));
    const tier = screen.getByRole('group', { name: 'Volume tier 1' });
    await user.type(within(tier).getByRole('textbox', { name: 'From a month’s volume of' }), '500');
    await user.type(within(tier).getByRole('textbox', { name: 'Percent at that volume' }), '12,5');
    await user.click(screen.getByRole('button', { name: 'Save rules and limits' }));
    // March's 600.00 reaches the 500.00 tier: 12.5 % of all of it.
    await total('Total: UAH 75.00');
    expect(screen.getByRole('option', { name: 'me@clientbook.example — own' })).toBeInTheDocument();
    expect(within(screen.getAllByRole('region', { name: 'Pay statement' }).at(-1)!).getByText(/Payment, 12\.5%/)).toBeInTheDocument();
  });

  it('saves nothing and marks the fields it cannot read', async () => {
    const { user } = await openMarch();
    const percent = await screen.findByRole('textbox', { name: 'Percent of payments received' });
    await user.clear(percent);
    await user.type(percent, '150');
    await user.click(screen.getByRole('button', { name: 'Add a volume tier' }));
    await user.type(within(screen.getByRole('group', { name: 'Volume tier 1' })).getByRole('textbox', { name: 'From a month’s volume of' }), 'five hundred');
    const limit = screen.getByRole('textbox', { name: 'Clients in work: at least' });
    await user.clear(limit);
    await user.type(limit, 'ten');
    await user.click(screen.getByRole('button', { name: 'Save rules and limits' }));

    expect(await screen.findByText('Nothing was saved: check the marked fields.')).toBeInTheDocument();
    expect(screen.getAllByText('A percent from 0 to 100, at most two decimals.')).toHaveLength(2);
    expect(screen.getByText('Enter an amount like 1 234,50 or 1,234.50.')).toBeInTheDocument();
    expect(screen.getByText('A whole number from 0 to 999,999; leave it empty for no limit.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Nothing counts towards pay in this month.')).toBeInTheDocument());
  });

  it('sets every alarm limit, shares as percents, and turns one off', async () => {
    const { user, app } = await openMarch();
    const field = (name: string) => screen.getByRole('textbox', { name });
    // The defaults: a fifth of the cards, half of the closed deals, half through each stage.
    expect(field('Cards missing data: at most (%)')).toHaveValue('20');
    expect(field('Closed deals refused: at most (%)')).toHaveValue('50');
    expect(field('Deals getting past each stage: at least (%)')).toHaveValue('50');
    expect(field('Stalled deals per manager: at most')).toHaveValue('0');

    await user.clear(field('Closed deals refused: at most (%)'));
    await user.type(field('Closed deals refused: at most (%)'), '120');
    await user.click(screen.getByRole('button', { name: 'Save rules and limits' }));
    expect(await screen.findByText('A percent from 0 to 100, at most two decimals; leave it empty for no limit.')).toBeInTheDocument();
    expect((await app.analytics!.settings()).thresholds.refusalShareMax).toBe(0.5);

    await user.clear(field('Closed deals refused: at most (%)'));
    await user.type(field('Closed deals refused: at most (%)'), '37,5');
    await user.clear(field('Deals getting past each stage: at least (%)'));
    await user.clear(field('Stalled deals per manager: at most'));
    await user.type(field('Stalled deals per manager: at most'), '3');
    await user.click(screen.getByRole('button', { name: 'Save rules and limits' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect((await app.analytics!.settings()).thresholds).toMatchObject({ refusalShareMax: 0.375, stageCompletionMin: null, stalledDealsMax: 3, missingDataShareMax: 0.2 });
  });

  it('says in Ukrainian that a limit cannot be negative, under labels that read as Ukrainian', async () => {
    const { user, app } = await renderPane(<AnalyticsScreen tab="pay" />, { route: { screen: 'analytics' }, host: new FakeMailHost({ displayLanguage: 'uk-UA' }), seed: seedPaid });
    const save = await screen.findByRole('button', { name: 'Зберегти правила й межі' });
    expect(screen.getByRole('textbox', { name: 'Зависла угода: без руху понад (днів)' })).toHaveValue('30');
    expect(screen.getByRole('textbox', { name: 'Дебіторка: прострочена понад (днів)' })).toBeInTheDocument();
    const stalled = screen.getByRole('textbox', { name: 'Завислих угод на менеджера: щонайбільше' });
    await user.clear(stalled);
    await user.type(stalled, '−3');
    await user.click(save);
    expect(await screen.findByText(/^Ціле число від 0 до 999\s999; залиште поле порожнім, якщо межа не потрібна\.$/)).toBeInTheDocument();
    expect((await app.analytics!.settings()).thresholds.stalledDealsMax).toBe(0);
  });

  it('refuses a least above the most for clients in work, beside both fields, keeping what was typed', async () => {
    const { user, app } = await openMarch();
    const field = (name: string) => screen.getByRole('textbox', { name });
    const before = (await app.analytics!.settings()).thresholds;
    await user.clear(field('Clients in work: at least'));
    await user.type(field('Clients in work: at least'), '100');
    await user.clear(field('Clients in work: at most'));
    await user.type(field('Clients in work: at most'), '60');
    await user.click(screen.getByRole('button', { name: 'Save rules and limits' }));

    expect(await screen.findByText('Nothing was saved: check the marked fields.')).toBeInTheDocument();
    expect(screen.getByText('More than the “at most” limit below: lower this or raise that one.')).toBeInTheDocument();
    expect(screen.getByText('Less than the “at least” limit above: raise this or lower that one.')).toBeInTheDocument();
    expect(screen.queryByText('Saved.')).toBeNull();
    expect(field('Clients in work: at least')).toHaveValue('100');
    expect(field('Clients in work: at most')).toHaveValue('60');
    expect((await app.analytics!.settings()).thresholds).toEqual(before);

    // Equal is a range of one: saved.
    await user.clear(field('Clients in work: at most'));
    await user.type(field('Clients in work: at most'), '100');
    await user.click(screen.getByRole('button', { name: 'Save rules and limits' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect((await app.analytics!.settings()).thresholds).toMatchObject({ clientsInWorkMin: 100, clientsInWorkMax: 100 });
  });

  it('shows a manager of a team the rules they are paid by, which only the head of sales changes', async () => {
    const { dbName } = await openMarch();
    const db = new ClientbookDb(dbName);
    const at = '2026-03-01T10:00:00.000Z';
    await db.members.bulkPut([
      { id: 'member:olena@clientbook.example', email: 'olena@clientbook.example', name: 'Olena Shevchenko', role: 'head-of-sales', createdAt: at, updatedAt: at },
      { id: 'member:me@clientbook.example', email: 'me@clientbook.example', name: 'Maria Koval', role: 'manager', createdAt: at, updatedAt: at },
    ]);
    expect(await screen.findByText('Set by the head of sales, who alone changes them; shared with the team.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save rules and limits' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Percent of payments received' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Currency' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Add a volume tier' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Clients in work: at least' })).toBeDisabled();
    // Whose rule is shown, and the statements, are still theirs to choose.
    expect(screen.getByRole('combobox', { name: 'Pay rule of' })).toBeEnabled();
    expect(screen.getByRole('combobox', { name: 'Month' })).toBeEnabled();
    db.close();
  });
});
