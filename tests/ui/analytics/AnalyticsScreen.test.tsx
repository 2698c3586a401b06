/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import type { App } from '../../../src/app/createApp';

// Now is 2026-03-10 (renderPane): Contoso won a deal in March, with a planned receipt overdue
// since February 20 and half of it paid; Fabrikam is a lead with nothing in work.
async function seedSales(app: App) {
  const contoso = await app.createClient({ client: { name: 'Contoso Ltd', domains: ['contoso.com'], region: 'kyiv' }, contacts: [] });
  await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'], status: 'inactive' }, contacts: [] });
  const deal = await app.deals.create({ clientId: contoso.id, title: '40 seats', currency: 'UAH', amountMinor: 1200_00 });
  await app.deals.closeAsWon(deal.id);
  const receipt = await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-1', amountMinor: 1200_00, issueDate: '2026-01-20', dueDate: '2026-01-31' });
  await app.deals.recordPayment({ invoiceId: receipt.id, amountMinor: 600_00, date: '2026-03-05' });
  return { contoso, deal, receipt };
}

// Won in December: within the last 12 months, not this month (March 2026).
async function seedWonInDecember(app: App, setNow: (at: Date) => void) {
  setNow(new Date(2025, 11, 5, 9, 0, 0));
  const client = await app.createClient({ client: { name: 'Northwind' }, contacts: [] });
  const deal = await app.deals.create({ clientId: client.id, title: '10 seats', currency: 'UAH', amountMinor: 500_00 });
  await app.deals.closeAsWon(deal.id);
  setNow(new Date(2026, 2, 10, 9, 0, 0));
}

// Besides Contoso's won deal (won from qualification), five deals refused at qualification for their price.
async function seedRefusals(app: App) {
  const { contoso } = await seedSales(app);
  for (let n = 1; n <= 5; n++) {
    const deal = await app.deals.create({ clientId: contoso.id, title: `Lot ${n}`, currency: 'UAH', amountMinor: 100_00 });
    await app.deals.closeAsRefused(deal.id, 'price');
  }
}

describe('AnalyticsScreen', () => {
  it('shows the head of sales an alarm and opens the deal of the receipt behind it', async () => {
    let dealId = '';
    const { user, route } = await renderPane(<AnalyticsScreen />, { route: { screen: 'analytics' }, seed: async (app) => void (dealId = (await seedSales(app)).deal.id) });
    const alarms = await screen.findByTestId('alarm-list');
    // No client in work (the only deal is won, nothing planned or logged) against the default
    // minimum of 10; the January receipt is 38 days past due (> 30), half of it still unpaid.
    expect(within(alarms).getByRole('button', { name: 'me@clientbook.example: 0 clients in work, fewer than 10' })).toBeInTheDocument();
    // The same receipt in the receivables by days past due: what is unpaid, not what was received.
    const aging = (await screen.findAllByRole('region', { name: 'Receivables by days past due' })).at(-1)!;
    expect(within(aging).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Days past due', 'Unpaid']);
    await user.click(within(alarms).getByRole('button', { name: 'me@clientbook.example: 1 planned receipt unpaid more than 30 days past due' }));
    const drill = await screen.findByTestId('drill-list');
    // The receipt is the deal's: the deal opens, with its receipts and payments, not the client's card.
    const deal = await within(drill).findByRole('button', { name: 'Open deal “40 seats” of Contoso Ltd' });
    expect(deal).toHaveTextContent(/^40 seats$/);
    await user.click(deal);
    await waitFor(() => expect(route()).toEqual({ screen: 'deal', dealId }));
  });

  it('opens an overdue next contact on its client’s Next contacts, not on the card', async () => {
    let contosoId = '';
    const { user, route } = await renderPane(<AnalyticsScreen />, {
      route: { screen: 'analytics' },
      seed: async (app, setNow) => {
        contosoId = (await seedSales(app)).contoso.id;
        // Planned on March 1 for March 6: overdue by today, March 10.
        setNow(new Date(2026, 2, 1, 9, 0, 0));
        await app.planNextContact({ clientId: contosoId, due: '2026-03-06', kind: 'call', note: 'Ask about the budget' });
        setNow(new Date(2026, 2, 10, 9, 0, 0));
      },
    });
    await user.click(await screen.findByRole('button', { name: /^Overdue next contacts\s*1/ }));
    const drill = await screen.findByTestId('drill-list');
    await user.click(await within(drill).findByRole('button', { name: 'Contoso Ltd' }));
    await waitFor(() => expect(route()).toEqual({ screen: 'client', clientId: contosoId, tab: 'plans' }));
  });

  it('gives the clients no one owns a row of their own By team member, so the rows add up to the team', async () => {
    await renderPane(<AnalyticsScreen />, {
      route: { screen: 'analytics' },
      seed: async (app) => {
        await seedSales(app);
        // A card left without an owner (as one synced from a list edited by hand), with a deal in work.
        const tailspin = await app.createClient({ client: { name: 'Tailspin Toys' }, contacts: [] });
        await app.deals.create({ clientId: tailspin.id, title: 'Pilot', currency: 'UAH', amountMinor: 100_00 });
        await app.saveClient({ ...tailspin, owner: '' });
      },
    });
    const byMember = (await screen.findAllByRole('region', { name: 'By team member' })).at(-1)!;
    await waitFor(() => expect(within(byMember).getAllByRole('row').map((r) => Array.from(r.children, (c) => c.textContent?.replace(/\s/g, ' ')))).toEqual([
      ['Team member', 'Deals won', 'Received', 'Clients in work', 'Stalled deals'],
      ['me@clientbook.example', '1', 'UAH 600.00', '0', '0'],
      ['No owner', '0', '—', '1', '0'],
    ]));
    expect(screen.getByRole('button', { name: /Clients in work\s*1/ })).toBeInTheDocument();
  });

  it('charts the receipts in the currency most of them came in, and another one when picked', async () => {
    const { user } = await renderPane(<AnalyticsScreen />, {
      route: { screen: 'analytics' },
      seed: async (app) => {
        const { deal } = await seedSales(app);
        const uah = await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-2', amountMinor: 300_00, issueDate: '2026-03-01', dueDate: '2026-03-20' });
        await app.deals.recordPayment({ invoiceId: uah.id, amountMinor: 300_00, date: '2026-03-06' });
        // More money in euros, but in one payment against two in hryvnias.
        const client = await app.createClient({ client: { name: 'Northwind', domains: ['northwind.example'] }, contacts: [] });
        const euros = await app.deals.create({ clientId: client.id, title: 'Licences', currency: 'EUR', amountMinor: 90_000_00 });
        const receipt = await app.deals.savePlannedReceipt({ dealId: euros.id, number: 'INV-3', amountMinor: 90_000_00, issueDate: '2026-03-01', dueDate: '2026-03-30' });
        await app.deals.recordPayment({ invoiceId: receipt.id, amountMinor: 90_000_00, date: '2026-03-07' });
      },
    });
    const currency = await screen.findByRole('combobox', { name: 'Chart in' });
    expect(currency).toHaveValue('UAH');
    // Named as the amounts write them: the hryvnia by its code in English, the euro by its sign.
    expect(within(currency).getAllByRole('option').map((o) => o.textContent)).toEqual(['UAH', '€']);
    await user.selectOptions(currency, 'EUR');
    expect(currency).toHaveValue('EUR');
  });

  it('offers no currency for the chart when all money came in one', async () => {
    await renderPane(<AnalyticsScreen />, { route: { screen: 'analytics' }, seed: async (app) => void (await seedSales(app)) });
    await screen.findByRole('button', { name: /Deals won\s*1/ });
    expect(screen.queryByRole('combobox', { name: 'Chart in' })).toBeNull();
  });

  it('lists the records behind a figure and goes back to the figures', async () => {
    const { user } = await renderPane(<AnalyticsScreen />, { route: { screen: 'analytics' }, seed: async (app) => void (await seedSales(app)) });
    const won = await screen.findByRole('button', { name: /Deals won\s*1/ });
    expect(screen.getByRole('button', { name: /^Received.*600\.00$/ })).toBeInTheDocument();
    await user.click(won);
    const drill = await screen.findByTestId('drill-list');
    expect(await within(drill).findByText('1 record')).toBeInTheDocument();
    expect(within(drill).getByText(/40 seats/)).toBeInTheDocument();
    await user.click(within(drill).getByRole('button', { name: 'Back to the figures' }));
    expect(await screen.findByRole('button', { name: /Deals won\s*1/ })).toBeVisible();
  });

  it('moves the focus to the records a figure opens, and back to the figure on return', async () => {
    const { user } = await renderPane(<AnalyticsScreen />, { route: { screen: 'analytics' }, seed: async (app) => void (await seedSales(app)) });
    const won = await screen.findByRole('button', { name: /Deals won\s*1/ });
    await user.click(won);
    const drill = await screen.findByTestId('drill-list');
    expect(within(drill).getByRole('heading', { name: 'Deals won' })).toHaveFocus();
    await user.click(within(drill).getByRole('button', { name: 'Back to the figures' }));
    expect(won).toHaveFocus();
  });

  it('titles the marketing chart and table by what they count and split by, with costs where campaigns give them', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="marketing" />, { route: { screen: 'analytics' }, seed: async (app) => void (await seedSales(app)) });
    expect(await screen.findByRole('heading', { name: 'Leads by lead source' })).toBeInTheDocument();
    const headers = () => within(screen.getAllByRole('table')[0]!).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers()).toEqual(['Lead source', 'Leads', 'Clients won', 'Conversion', 'Their won deals', 'Revenue']);
    expect(screen.getByText(/^Leads: clients first recorded in the period/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'By' }), 'Region');
    expect(await screen.findByRole('heading', { name: 'Leads by region' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'By' }), 'Campaign');
    expect(await screen.findByRole('heading', { name: 'Leads by campaign' })).toBeInTheDocument();
    expect(headers()).toEqual(['Campaign', 'Leads', 'Clients won', 'Conversion', 'Their won deals', 'Revenue', 'Cost', 'Cost per lead', 'Cost per won deal']);
    // By sales channel the leads are deals: opened, won and won ÷ opened.
    await user.selectOptions(screen.getByRole('combobox', { name: 'By' }), 'Sales channel');
    expect(await screen.findByRole('heading', { name: 'Deals opened by sales channel' })).toBeInTheDocument();
    expect(headers()).toEqual(['Sales channel', 'Deals opened', 'Deals won', 'Conversion', 'Revenue']);
    expect(screen.getByText(/^Deals opened in the period, those of them won by now/)).toBeInTheDocument();
  });

  it('shows a campaign that ran in the period with its cost though it brought no lead, with nothing per lead', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="marketing" />, {
      route: { screen: 'analytics' },
      seed: async (app) => {
        await seedSales(app);
        await app.deals.saveCampaign({ name: 'Spring webinar', channel: 'webinar', startDate: '2026-03-01', costMinor: 500_00, currency: 'UAH' });
      },
    });
    await screen.findByRole('heading', { name: 'Leads by lead source' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'By' }), 'Campaign');
    const table = screen.getAllByRole('table')[0]!;
    await waitFor(() => expect(within(table).getAllByRole('row').map((r) => Array.from(r.children, (c) => c.textContent?.replace(/\s/g, ' ')))).toEqual([
      ['Campaign', 'Leads', 'Clients won', 'Conversion', 'Their won deals', 'Revenue', 'Cost', 'Cost per lead', 'Cost per won deal'],
      ['(not set)', '2', '1', '50%', '1', 'UAH 600.00', '—', '—', '—'],
      ['Spring webinar', '0', '0', '—', '0', '—', 'UAH 500.00', '—', '—'],
    ]));
    expect(screen.getByText(/Won deals and revenue go to the campaign the deal itself names, else to its client’s/)).toBeInTheDocument();
    // The cost opens the campaign; a cost per lead there is none of opens nothing.
    const webinar = within(table).getAllByRole('row')[2]!;
    expect(Array.from(webinar.children, (c) => within(c as HTMLElement).queryByRole('button')?.textContent?.replace(/\s/g, ' ') ?? null)).toEqual([null, null, null, null, null, null, 'UAH 500.00', null, null]);
  });

  it('never shows more clients won than leads: a client that won two deals is one client won, beside its two won deals', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="marketing" />, {
      route: { screen: 'analytics' },
      seed: async (app) => {
        const { contoso } = await seedSales(app);
        const second = await app.deals.create({ clientId: contoso.id, title: '10 more seats', currency: 'UAH', amountMinor: 300_00 });
        await app.deals.closeAsWon(second.id);
      },
    });
    await screen.findByRole('heading', { name: 'Leads by lead source' });
    const table = screen.getAllByRole('table')[0]!;
    // Contoso and Fabrikam are the leads (no lead source); Contoso won both deals.
    await waitFor(() => expect(within(table).getAllByRole('row').map((r) => Array.from(r.children, (c) => c.textContent?.replace(/\s/g, ' ')))).toEqual([
      ['Lead source', 'Leads', 'Clients won', 'Conversion', 'Their won deals', 'Revenue'],
      ['(not set)', '2', '1', '50%', '2', 'UAH 600.00'],
    ]));
    await user.click(within(table).getByRole('button', { name: '1' }));
    const drill = await screen.findByTestId('drill-list');
    expect(within(drill).getByRole('heading', { name: 'Clients won · (not set)' })).toBeInTheDocument();
    expect(await within(drill).findByRole('button', { name: 'Contoso Ltd' })).toBeInTheDocument();
  });

  it('says how steady monthly receipts are in words, and when too few months had any to tell', async () => {
    await renderPane(<AnalyticsScreen />, { route: { screen: 'analytics' }, seed: async (app) => void (await seedSales(app)) });
    // Only March's payment in the last 12 months.
    expect(await screen.findByText(/^Too few months with receipts in .+ \(1\) to tell how steady they are: it takes at least 3\.$/)).toBeVisible();
    expect(screen.queryByText(/Lower is steadier/)).toBeNull();
  });

  it('gives the swing of monthly receipts with what the number means, once three months had receipts', async () => {
    await renderPane(<AnalyticsScreen />, {
      route: { screen: 'analytics' },
      seed: async (app) => {
        const { receipt } = await seedSales(app);
        await app.deals.recordPayment({ invoiceId: receipt.id, amountMinor: 300_00, date: '2026-01-25' });
        await app.deals.recordPayment({ invoiceId: receipt.id, amountMinor: 300_00, date: '2026-02-10' });
      },
    });
    // 300, 300 and 600 in three of 12 months: mean 100, deviation 187.08 → 1.87.
    expect(await screen.findByText(/^Month-to-month swing of receipts in .+: 1\.87$/)).toBeVisible();
    expect(screen.getByText('0: the same money every month; 1: months differ from the average by as much as the average itself. Lower is steadier.')).toBeVisible();
  });

  it('heads the product sales column by the split the user picked', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="marketing" />, { route: { screen: 'analytics' }, seed: async (app) => void (await seedSales(app)) });
    const products = (await screen.findAllByRole('region', { name: 'Products and categories' }))[0]!;
    await user.selectOptions(within(products).getByRole('combobox', { name: 'Across' }), 'Regions');
    await waitFor(() => expect(within(products).getAllByRole('columnheader')[1]).toHaveTextContent('Region'));
  });

  it('runs a query, saves it for the team and exports it as CSV', async () => {
    const created: Blob[] = [];
    Object.assign(URL, { createObjectURL: (b: Blob) => (created.push(b), 'blob:query'), revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: async (app) => void (await seedSales(app)) });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Records' }), 'clients');
    // The section is named for what it holds, not like its first field.
    expect(screen.getByRole('region', { name: 'Grouping' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'status');
    await user.click(screen.getByRole('button', { name: 'Show the result' }));
    expect(await screen.findByRole('heading', { name: '2 matching records' })).toBeInTheDocument();
    const table = screen.getByRole('table');
    // In the client's life: a lead before a client no longer active.
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['StatusCount', 'Lead1', 'Inactive1']);
    await user.type(screen.getByRole('textbox', { name: 'Query name' }), 'Clients by status');
    await user.click(screen.getByRole('button', { name: 'Save for the team' }));
    expect(await within(screen.getByTestId('saved-queries')).findByRole('button', { name: 'Clients by status' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const text = await readBlob(created[0]!);
    expect(text).toMatch(/^\ufeff?Status,Count\r\nLead,1\r\nInactive,1$/);
    click.mockRestore();
  }, 20_000);

  it('names each measure of a query by its place, so each list and its remove button can be told apart', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: async (app) => void (await seedSales(app)) });
    await user.click(await screen.findByRole('button', { name: 'Add a measure' }));
    expect(screen.getByRole('combobox', { name: 'Measure 1' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Measure 2' }), 'share');
    await user.click(screen.getByRole('button', { name: 'Remove measure 1' }));
    expect(screen.getByRole('combobox', { name: 'Measure 1' })).toHaveValue('share');
    expect(screen.queryByRole('combobox', { name: 'Measure 2' })).toBeNull();
    // The one measure left cannot go: no remove button stands there disabled.
    expect(screen.queryByRole('button', { name: /^Remove measure/ })).toBeNull();
  });

  it('deletes a saved query for the team and puts it back on Undo, as it was', async () => {
    let app!: App;
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, seed: async (a) => void (app = a) });
    await user.type(await screen.findByRole('textbox', { name: 'Query name' }), 'Deals by stage');
    await user.click(screen.getByRole('button', { name: 'Save for the team' }));
    const saved = screen.getByTestId('saved-queries');
    await within(saved).findByRole('button', { name: 'Deals by stage' });
    const [before] = await app.analytics!.savedQueries();

    await user.click(within(saved).getByRole('button', { name: 'Delete Deals by stage' }));
    expect(await screen.findByText('Deleted “Deals by stage” for the whole team.')).toBeInTheDocument();
    await waitFor(() => expect(within(saved).queryByRole('button', { name: 'Deals by stage' })).toBeNull());
    expect(await app.analytics!.savedQueries()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(saved).findByRole('button', { name: 'Deals by stage' })).toBeInTheDocument();
    expect(screen.queryByText('Deleted “Deals by stage” for the whole team.')).toBeNull();
    const [after] = await app.analytics!.savedQueries();
    expect({ ...after, updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
  });

  it('lists the records behind a figure fifty at a time', async () => {
    const { user } = await renderPane(<AnalyticsScreen />, {
      route: { screen: 'analytics' },
      seed: async (app) => {
        for (let i = 1; i <= 55; i++) await app.createClient({ client: { name: `Client ${String(i).padStart(2, '0')}`, domains: [`c${i}.example`] }, contacts: [] });
      },
    });
    const completeness = (await screen.findAllByRole('region', { name: 'Client base completeness' })).at(-1)!;
    // Each row says what the cards it counts lack.
    expect(within(completeness).getByRole('columnheader', { name: 'Client cards' })).toBeInTheDocument();
    expect(within(completeness).getByRole('cell', { name: 'Without a region' })).toBeInTheDocument();
    await user.click(within(completeness).getAllByRole('button', { name: /^55\s·\s100/ })[0]!);
    const drill = await screen.findByTestId('drill-list');
    expect(await within(drill).findByText('55 records')).toBeInTheDocument();
    expect(within(drill).getAllByRole('listitem')).toHaveLength(50);
    await user.click(within(drill).getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(within(drill).getAllByRole('listitem')).toHaveLength(55));
    expect(within(drill).queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  }, 30_000);

  it('counts the deals of the period the user picks', async () => {
    const { user } = await renderPane(<AnalyticsScreen />, {
      route: { screen: 'analytics' },
      seed: seedWonInDecember,
    });
    expect(await screen.findByRole('button', { name: /Deals won\s*1/ })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'This month');
    expect(await screen.findByRole('button', { name: /Deals won\s*0/ })).toBeInTheDocument();
  });

  it('counts the deals of days the user picks, and keeps the figures while the days make no period', async () => {
    const { user } = await renderPane(<AnalyticsScreen />, {
      route: { screen: 'analytics' },
      seed: seedWonInDecember,
    });
    await screen.findByRole('button', { name: /Deals won\s*1/ });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Days of my own…');
    // The days start as the period shown before: the last 12 months.
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    expect(from).toHaveValue('01/04/2025');
    expect(to).toHaveValue('31/03/2026');
    // The two days make a row of their own, not one beside Period and the other under it.
    const days = from.closest('.fui-Field')?.parentElement;
    expect(to.closest('.fui-Field')?.parentElement).toBe(days);
    expect(days).not.toContainElement(screen.getByRole('combobox', { name: 'Period' }));
    const enter = async (field: HTMLElement, day: string) => {
      await user.clear(field);
      await user.type(field, day);
      await user.tab();
    };
    await enter(from, '2026-01-01');
    expect(await screen.findByRole('button', { name: /Deals won\s*0/ })).toBeInTheDocument();
    await enter(from, '01/12/2025');
    expect(await screen.findByRole('button', { name: /Deals won\s*1/ })).toBeInTheDocument();
    await enter(to, '2025-11-30');
    expect(await screen.findByText('The last day comes before the first.')).toBeInTheDocument();
    await new Promise((settled) => setTimeout(settled, 300));
    expect(screen.getByRole('button', { name: /Deals won\s*1/ })).toBeInTheDocument();
    await enter(to, '31/12/2025');
    await waitFor(() => expect(screen.queryByText('The last day comes before the first.')).toBeNull());
    expect(screen.getByRole('button', { name: /Deals won\s*1/ })).toBeInTheDocument();
  });

  it('shows how many deals got past each stage, opens those refused at it, and alarms on refusals and a stage few get past', async () => {
    const { user } = await renderPane(<AnalyticsScreen />, { route: { screen: 'analytics' }, seed: seedRefusals });
    const alarms = await screen.findByTestId('alarm-list');
    // 5 of 6 closed deals refused, against the default limit of half; 1 of 6 got past qualification.
    // The reason and the stage by their labels, once the picklists are read.
    expect(await within(alarms).findByRole('button', { name: 'me@clientbook.example: 83.3% of closed deals refused (limit 50%), most often: Price too high' })).toBeInTheDocument();
    expect(within(alarms).getByRole('button', { name: 'me@clientbook.example: only 16.7% of deals get past Qualification (at least 50%)' })).toBeInTheDocument();

    const stages = screen.getAllByRole('region', { name: 'Stages: time and completion' }).at(-1)!;
    const qualification = within(stages).getByRole('row', { name: /^Qualification/ });
    await user.click(within(qualification).getByRole('button', { name: '5' }));
    const drill = await screen.findByTestId('drill-list');
    expect(await within(drill).findAllByRole('button', { name: /^Open deal “Lot \d” of Contoso Ltd$/ })).toHaveLength(5);
    expect(within(drill).getAllByText(/^Contoso Ltd · /)).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: 'Back to the figures' }));
    await user.click(await within(screen.getAllByRole('region', { name: 'Stages: time and completion' }).at(-1)!).findByRole('button', { name: /^1\s·\s16\.7%$/ }));
    expect(await within(await screen.findByTestId('drill-list')).findByRole('button', { name: 'Open deal “40 seats” of Contoso Ltd' })).toBeInTheDocument();
  });

  it('speaks Ukrainian', async () => {
    await renderPane(<AnalyticsScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }), route: { screen: 'analytics' }, seed: seedRefusals });
    expect(await screen.findByRole('heading', { name: 'Аналітика' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /Виграні угоди\s*1/ })).toBeInTheDocument();
    const alarms = screen.getByTestId('alarm-list');
    expect(await within(alarms).findByRole('button', { name: 'me@clientbook.example: етап «Кваліфікація» проходять лише 16,7% угод (щонайменше 50%)' })).toBeInTheDocument();
    expect(within(alarms).getByRole('button', { name: 'me@clientbook.example: відмовою закрито 83,3% угод (межа 50%), найчастіше: Зависока ціна' })).toBeInTheDocument();
  });

  it('lists deals by stage in the pipeline’s order, and names a sum by its field in Ukrainian', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      route: { screen: 'analytics' },
      seed: async (app) => {
        const { contoso } = await seedSales(app);
        for (const stage of ['contract', 'qualification', 'proposal']) {
          const deal = await app.deals.create({ clientId: contoso.id, title: stage, currency: 'UAH', amountMinor: 100_00 });
          if (stage !== 'qualification') await app.deals.moveToStage(deal.id, stage);
        }
      },
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Групувати за' }), 'stage');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Показник 1' }), 'sum');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Поле' }), 'amount');
    await user.click(screen.getByRole('button', { name: 'Показати результат' }));
    await screen.findByRole('heading', { name: /^Відповідних записів/ });
    const rows = within(screen.getByRole('table')).getAllByRole('row').map((r) => [...r.children].map((c) => c.textContent));
    expect(rows[0]).toEqual(['Етап', 'Валюта', 'Сума за полем «Сума»']);
    expect(rows.slice(1).map(([stage]) => stage)).toEqual(['Кваліфікація', 'Комерційна пропозиція', 'Договір']);
  }, 30_000);

  it('shows deal statuses by their Ukrainian labels in the table and the CSV, and filters by a status label', async () => {
    const created: Blob[] = [];
    Object.assign(URL, { createObjectURL: (b: Blob) => (created.push(b), 'blob:query'), revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      route: { screen: 'analytics' },
      seed: async (app) => {
        const { contoso } = await seedSales(app);
        await app.deals.create({ clientId: contoso.id, title: 'Pilot', currency: 'UAH', amountMinor: 100_00 });
      },
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Групувати за' }), 'status');
    await user.click(screen.getByRole('button', { name: 'Показати результат' }));
    await screen.findByRole('heading', { name: 'Відповідних записів: 2' });
    expect(within(screen.getByRole('table')).getAllByRole('row').map((r) => r.textContent)).toEqual(['СтатусКількість', 'Відкрита1', 'Успіх1']);

    await user.click(screen.getByRole('button', { name: 'Експорт CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect((await readBlob(created[0]!)).replace(/^\ufeff/, '')).toBe('Статус,Кількість\r\nВідкрита,1\r\nУспіх,1');

    await user.click(screen.getByRole('button', { name: 'Додати умову' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Поле умови 1' }), 'status');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Значення умови 1' }), 'Успіх');
    await user.click(screen.getByRole('button', { name: 'Показати результат' }));
    await screen.findByRole('heading', { name: 'Відповідних записів: 1' });
    expect(within(screen.getByRole('table')).getAllByRole('row').map((r) => r.textContent)).toEqual(['СтатусКількість', 'Успіх1']);
    click.mockRestore();
  }, 30_000);
});

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}
