/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

// Whole forms with several typed fields; jsdom on a shared 2-core machine is slow.
jest.setTimeout(30_000);

/** The id is known only after seeding, so the element reads it when it renders. */
function ClientFor({ get, tab }: { get: () => string; tab: 'history' | 'plans' }) {
  return <ClientScreen clientId={get()} tab={tab} />;
}

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}

/** Long enough for a save that went through to reach the store. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('A form with a date or time box that holds text it could not read', () => {
  it('plans nothing on Save: the date typed stays in its box with the message, and the box has the focus', async () => {
    let id = '';
    const { user, app } = await renderPane(<ClientFor get={() => id} tab="plans" />, {
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Plan next contact' }));
    const form = screen.getByRole('form', { name: 'Plan next contact' });
    const date = within(form).getByLabelText('Date');
    expect(date).toHaveValue('13/03/2026');
    await user.type(within(form).getByLabelText('Note'), 'Bring the samples');
    await user.clear(date);
    await user.type(date, '31/02/2026');
    await user.click(within(form).getByRole('button', { name: 'Plan next contact' }));
    await settle();

    expect((await app.queries.clientCard(id)).plans).toHaveLength(0);
    expect(within(form).getByText('“31/02/2026” is not a date: type it like 10/03/2026, or pick it in the calendar.')).toBeInTheDocument();
    expect(date).toHaveValue('31/02/2026');
    expect(date).toHaveFocus();

    // Clicking Save again changes nothing: the box still holds what it could not read.
    await user.click(within(form).getByRole('button', { name: 'Plan next contact' }));
    await settle();
    expect((await app.queries.clientCard(id)).plans).toHaveLength(0);
    expect(date).toHaveFocus();

    // Focused with its text selected, the box takes the correction as it is typed.
    await user.keyboard('16/03/2026');
    await user.click(within(form).getByRole('button', { name: 'Plan next contact' }));
    expect(await screen.findByText('Next contact planned for 16 Mar 2026')).toBeInTheDocument();
    expect((await app.queries.clientCard(id)).plans).toMatchObject([{ due: '2026-03-16', note: 'Bring the samples' }]);
  });

  it('records no contact on Enter in another box while the time cannot be read', async () => {
    let id = '';
    const { user, app } = await renderPane(<ClientFor get={() => id} tab="history" />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Записати контакт' }));
    const time = screen.getByRole('combobox', { name: 'Час' });
    await user.type(screen.getByLabelText(/Що відбулося/), 'Дзвінок щодо бюджету');
    await user.clear(time);
    await user.type(time, '25:00');
    await user.type(screen.getByLabelText('Результат'), 'Надіслати пропозицію{Enter}');
    await settle();

    expect((await app.queries.clientCard(id)).history).toHaveLength(0);
    expect(screen.getByText('«25:00» — не час: введіть години й хвилини, як 14:30.')).toBeInTheDocument();
    expect(time).toHaveValue('25:00');
    expect(time).toHaveFocus();

    await user.keyboard('15:30');
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));
    await waitFor(async () => expect((await app.queries.clientCard(id)).history).toHaveLength(1));
    expect((await app.queries.clientCard(id)).history[0]?.at).toBe(new Date(2026, 2, 10, 15, 30).toISOString());
  });

  it('keeps a deal’s expected close date unsaved while the box holds words instead of a day', async () => {
    let dealId = '';
    const { user, app } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        const client = await a.createClient({ client: { name: 'Contoso' }, contacts: [] });
        dealId = (await a.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', amountMinor: 500_000, expectedCloseDate: '2026-04-15' })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit deal' }));
    const closes = screen.getByLabelText('Expected close');
    await user.clear(closes);
    await user.type(closes, 'next tue');
    const title = screen.getByRole('textbox', { name: /^Title/ });
    await user.clear(title);
    await user.type(title, 'Valves and pumps{Enter}');
    await settle();

    expect((await app.deals.queries.dealCard(dealId)).deal).toMatchObject({ title: 'Valves', expectedCloseDate: '2026-04-15' });
    expect(screen.getByText('“next tue” is not a date: type it like 10/03/2026, or pick it in the calendar.')).toBeInTheDocument();
    expect(closes).toHaveValue('next tue');
    expect(closes).toHaveFocus();
  });
});
