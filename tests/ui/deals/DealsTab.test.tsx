/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { formatMoney } from '../../../src/domain/model/Money';
import { DealsTab } from '../../../src/taskpane/modules/deals/components/DealsTab';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

// Testing Library collapses the page's non-breaking spaces; the expected text is written the same way.
const money = (minor: number, currency: string) => formatMoney({ minor, currency }, 'en-GB').replace(/\s/g, ' ');

function TabFor({ get }: { get: () => string }) {
  return <DealsTab clientId={get()} />;
}

describe('Deals tab', () => {
  it('lists open deals before closed ones and sums receivables per currency, overdue included', async () => {
    let clientId = '';
    const { user, route } = await renderPane(<TabFor get={() => clientId} />, {
      seed: async (app) => {
        clientId = (await app.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
        const lost = await app.deals.create({ clientId, title: 'Spare parts 2025', currency: 'UAH', amountMinor: 90_000 });
        await app.deals.closeAsRefused(lost.id, 'price');
        const valves = await app.deals.create({ clientId, title: 'Valves', currency: 'UAH', amountMinor: 500_000, stage: 'proposal', expectedCloseDate: '2026-04-15' });
        const service = await app.deals.create({ clientId, title: 'Service contract', currency: 'EUR', amountMinor: 120_000 });
        const late = await app.deals.savePlannedReceipt({ dealId: valves.id, number: 'INV-1', amountMinor: 300_000, issueDate: '2026-02-01', dueDate: '2026-03-01' });
        await app.deals.savePlannedReceipt({ dealId: valves.id, number: 'INV-2', amountMinor: 200_000, issueDate: '2026-03-01', dueDate: '2026-04-01' });
        await app.deals.recordPayment({ invoiceId: late.id, amountMinor: 50_000, date: '2026-03-02' });
        await app.deals.savePlannedReceipt({ dealId: service.id, number: 'EU-1', amountMinor: 120_000, issueDate: '2026-03-01', dueDate: '2026-03-31' });
      },
    });

    const open = await screen.findByRole('list', { name: 'Open deals' });
    const openTitles = within(open).getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(openTitles.sort()).toEqual(['Open deal Service contract', 'Open deal Valves']);
    const valves = within(open).getByRole('button', { name: 'Open deal Valves' });
    expect(valves).toHaveTextContent(money(500_000, 'UAH'));
    // The probability as the language writes a percentage (Intl), not a number with " %" after it.
    expect(valves).toHaveTextContent('Proposal · 40% · closes 15 Apr 2026');
    const closed = screen.getByRole('list', { name: 'Won and refused' });
    expect(within(closed).getByRole('button', { name: 'Open deal Spare parts 2025' })).toHaveTextContent('Refusal');

    const value = (currency: string, term: string) =>
      within(screen.getByLabelText(`Receivables in ${currency}`)).getByText(term).nextElementSibling?.textContent?.replace(/\s/g, ' ');
    expect(value('UAH', 'Invoiced')).toBe(money(500_000, 'UAH'));
    expect(value('UAH', 'Paid')).toBe(money(50_000, 'UAH'));
    expect(value('UAH', 'Outstanding')).toBe(money(450_000, 'UAH'));
    expect(value('UAH', 'Overdue')).toBe(money(250_000, 'UAH'));
    expect(value('EUR', 'Outstanding')).toBe(money(120_000, 'EUR'));
    expect(value('EUR', 'Overdue')).toBe(money(0, 'EUR'));

    await user.click(valves);
    expect(route()).toMatchObject({ screen: 'deal' });
  });

  it.each([
    ['en-GB', 'No open deals.', 'Won and refused'],
    ['uk-UA', 'Відкритих угод немає.', 'Успішні та відмови'],
  ])('says there are no open deals when the client’s only deal is won (%s)', async (displayLanguage, noneOpen, closedList) => {
    let clientId = '';
    await renderPane(<TabFor get={() => clientId} />, {
      host: new FakeMailHost({ displayLanguage }),
      seed: async (app) => {
        clientId = (await app.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
        const won = await app.deals.create({ clientId, title: 'Spare parts', currency: 'EUR', amountMinor: 100_000 });
        await app.deals.closeAsWon(won.id);
      },
    });

    expect(await screen.findByText(noneOpen)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: closedList })).getAllByRole('button')).toHaveLength(1);
  });

  it('speaks Ukrainian when Outlook does, money in the Ukrainian format', async () => {
    let clientId = '';
    await renderPane(<TabFor get={() => clientId} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (app) => {
        clientId = (await app.createClient({ client: { name: 'Полісся Агро' }, contacts: [] })).id;
        const deal = await app.deals.create({ clientId, title: 'Насіння', currency: 'UAH', amountMinor: 123_450, expectedCloseDate: '2026-11-28' });
        await app.deals.savePlannedReceipt({ dealId: deal.id, number: '1', amountMinor: 123_450, issueDate: '2026-02-01', dueDate: '2026-03-01' });
      },
    });
    expect(await screen.findByRole('button', { name: 'Нова угода' })).toBeInTheDocument();
    const summary = screen.getByLabelText('Розрахунки в UAH');
    expect(within(summary).getByText('Прострочено').nextElementSibling?.textContent?.replace(/\s/g, ' ')).toBe(formatMoney({ minor: 123_450, currency: 'UAH' }, 'uk-UA').replace(/\s/g, ' '));
    const seeds = within(screen.getByRole('list', { name: 'Відкриті угоди' })).getByRole('button', { name: 'Відкрити угоду Насіння' });
    expect(seeds).toHaveTextContent('Кваліфікація · 10% · закриття 28 лист. 2026 р.');
    // The date's own spaces do not break: a narrow pane wraps the line before the date, never leaves "р." alone.
    expect(seeds.textContent).toContain('закриття 28\u00a0лист.\u00a02026\u00a0р.');
  });
});
