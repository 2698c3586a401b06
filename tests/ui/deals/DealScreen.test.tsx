/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { formatMoney } from '../../../src/domain/model/Money';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { DealsTab } from '../../../src/taskpane/modules/deals/components/DealsTab';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

// Flows that type into many fields; jsdom on a shared 2-core machine is slow.
jest.setTimeout(30_000);

// Testing Library collapses the page's non-breaking spaces; the expected text is written the same way.
const uah = (minor: number) => formatMoney({ minor, currency: 'UAH' }, 'en-GB').replace(/\s/g, ' ');

async function aClientWithDeal(app: App, deal: { title?: string; amountMinor?: number; stage?: string } = {}) {
  const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
  const created = await app.deals.create({ clientId: client.id, title: deal.title ?? 'Valves for Gdańsk', currency: 'UAH', amountMinor: deal.amountMinor ?? 500_000, stage: deal.stage });
  return { clientId: client.id, dealId: created.id };
}

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}

describe('Deal card', () => {
  it('works out the amount from its lines as they are typed, and the deal keeps it', async () => {
    let clientId = '';
    const { user, app, route } = await renderPane(<TabFor get={() => clientId} />, {
      seed: async (a) => {
        clientId = (await a.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'New deal' }));
    const form = screen.getByRole('form', { name: 'New deal' });
    await user.type(within(form).getByRole('textbox', { name: /Title/ }), 'Control valves');
    await user.click(within(form).getByRole('button', { name: 'Add line' }));
    const line = within(form).getByRole('listitem', { name: 'Line 1' });
    await user.type(within(line).getByRole('textbox', { name: 'Description' }), 'Valve DN50');
    await user.clear(within(line).getByRole('textbox', { name: 'Quantity' }));
    await user.type(within(line).getByRole('textbox', { name: 'Quantity' }), '3');
    await user.type(within(line).getByRole('textbox', { name: 'Unit price' }), '1 200,50');
    await user.clear(within(line).getByRole('textbox', { name: 'Discount, %' }));
    await user.type(within(line).getByRole('textbox', { name: 'Discount, %' }), '10');

    // 3 × 1 200.50 = 3 601.50, less 10 % (360.15) = 3 241.35
    expect(within(line).getByText(`Line amount: ${uah(324_135)}`)).toBeInTheDocument();
    expect(within(form).getByText(`Total: ${uah(324_135)}`)).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Create deal' }));
    await waitFor(() => expect(route().screen).toBe('deal'));
    const [deal] = await app.deals.queries.allDeals();
    expect(deal).toMatchObject({ title: 'Control valves', amountMinor: 324_135, stage: 'qualification', probability: 10 });
    expect(route()).toEqual({ screen: 'deal', dealId: deal?.id });
  });

  it('shows the currency in its boxes as the pane writes amounts, and keeps its code (uk)', async () => {
    let clientId = '';
    const { user, app } = await renderPane(<TabFor get={() => clientId} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (a) => {
        clientId = (await a.createClient({ client: { name: 'Полісся Агро' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Нова угода' }));
    const form = screen.getByRole('form', { name: 'Нова угода' });
    // An amount in hryvnias reads "1 200,00 грн" ("₴" in some Intl data); the boxes name the currency the same way, not "UAH".
    const hryvnia = formatMoney({ minor: 0, currency: 'UAH' }, 'uk-UA').replace(/[\d\s,]/g, '');
    expect(hryvnia).not.toBe('UAH');
    const currency = within(form).getByRole('combobox', { name: 'Валюта' });
    expect(within(currency).getByRole('option', { selected: true })).toHaveTextContent(hryvnia);
    const amount = within(form).getByRole('textbox', { name: 'Сума (без позицій)' });
    expect(amount.parentElement).toHaveTextContent(hryvnia);

    await user.type(within(form).getByRole('textbox', { name: /Назва/ }), 'Насіння');
    await user.type(amount, '1200');
    await user.click(within(form).getByRole('button', { name: 'Створити угоду' }));
    await waitFor(async () => expect(await app.deals.queries.allDeals()).toMatchObject([{ currency: 'UAH', amountMinor: 120_000 }]));
  });

  it('a catalogue product’s price fills the line as Ukrainian writes it, like a price typed in (uk)', async () => {
    let clientId = '';
    const { user, app } = await renderPane(<TabFor get={() => clientId} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (a) => {
        clientId = (await a.createClient({ client: { name: 'Полісся Агро' }, contacts: [] })).id;
        await a.deals.saveProduct({ name: 'Клапан DN50', code: 'CV-50', category: '', unitPriceMinor: 185_000, currency: 'UAH' });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Нова угода' }));
    const form = screen.getByRole('form', { name: 'Нова угода' });
    await user.type(within(form).getByRole('textbox', { name: /Назва/ }), 'Клапани');
    await user.click(within(form).getByRole('button', { name: 'Додати позицію' }));
    const line = within(form).getByRole('listitem', { name: 'Позиція 1' });
    await user.selectOptions(within(line).getByRole('combobox', { name: 'Товар' }), 'Клапан DN50 (CV-50)');

    // "1850,00", with the comma a typed "1 200,50" has, not "1850.00".
    expect(within(line).getByRole('textbox', { name: 'Ціна за одиницю' })).toHaveValue('1850,00');
    await user.click(within(form).getByRole('button', { name: 'Створити угоду' }));
    await waitFor(async () => expect(await app.deals.queries.allDeals()).toMatchObject([{ amountMinor: 185_000 }]));
  });

  it('refuses a negative price beside the field and keeps the line as typed', async () => {
    let clientId = '';
    const { user, app } = await renderPane(<TabFor get={() => clientId} />, {
      seed: async (a) => {
        clientId = (await a.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'New deal' }));
    const form = screen.getByRole('form', { name: 'New deal' });
    await user.type(within(form).getByRole('textbox', { name: /Title/ }), 'Valves');
    await user.click(within(form).getByRole('button', { name: 'Add line' }));
    await user.type(within(form).getByRole('textbox', { name: 'Description' }), 'Valve');
    await user.type(within(form).getByRole('textbox', { name: 'Unit price' }), '-5');
    await user.click(within(form).getByRole('button', { name: 'Create deal' }));

    expect(await within(form).findByText('The amount cannot be negative.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Unit price' })).toHaveValue('-5');
    expect(await app.deals.queries.allDeals()).toHaveLength(0);
  });

  it('writes the deal’s probability as a percentage beside its label, in English and Ukrainian', async () => {
    for (const [language, label, shown] of [
      ['en-GB', 'Probability', '7.5%'],
      ['uk-UA', 'Ймовірність', '7,5%'],
    ] as const) {
      let dealId = '';
      const { unmount } = await renderPane(<DealFor get={() => dealId} />, {
        host: new FakeMailHost({ displayLanguage: language }),
        seed: async (a) => {
          const client = await a.createClient({ client: { name: 'Contoso' }, contacts: [] });
          dealId = (await a.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', amountMinor: 500_000, probability: 7.5 })).id;
        },
      });
      // "Probability: 7.5%", not "Probability, %: 7.5" with the sign in the label and a bare number.
      const probability = await screen.findByText(label, { selector: 'dt' });
      expect(probability.nextElementSibling).toHaveTextContent(shown);
      unmount();
    }
  });

  it('moving the stage takes the stage’s default probability', async () => {
    let dealId = '';
    const { user, app } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        dealId = (await aClientWithDeal(a)).dealId;
      },
    });
    // Percentages as English writes them (Intl), not a number with " %" after it.
    await screen.findByRole('option', { name: 'Proposal (40%)' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Move to stage' }), 'Proposal (40%)');
    expect(screen.getByRole('combobox', { name: 'Move to stage' })).toHaveAccessibleDescription('Stage default: 40%');
    expect((await app.deals.queries.dealCard(dealId)).deal?.stage).toBe('qualification');
    await user.click(screen.getByRole('button', { name: 'Move' }));

    expect(await screen.findByText('Moved to Proposal; probability 40%.')).toBeInTheDocument();
    expect((await app.deals.queries.dealCard(dealId)).deal).toMatchObject({ stage: 'proposal', probability: 40 });
    expect(await screen.findByText('Moved from Qualification to Proposal')).toBeInTheDocument();
  });

  it('a refusal needs its reason and records the stage it happened at; reopening leaves a trace', async () => {
    let dealId = '';
    const { user, app } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        dealId = (await aClientWithDeal(a, { stage: 'negotiation' })).dealId;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Close as Refusal' }));
    const refusal = screen.getByRole('form', { name: 'Close as Refusal' });
    await user.click(within(refusal).getByRole('button', { name: 'Record refusal' }));
    expect(await within(refusal).findByText('Required.')).toBeInTheDocument();
    expect((await app.deals.queries.dealCard(dealId)).deal?.status).toBe('open');

    await user.selectOptions(within(refusal).getByRole('combobox', { name: 'Reason' }), 'Price too high');
    await user.click(within(refusal).getByRole('button', { name: 'Record refusal' }));
    expect(await screen.findByText('At stage Negotiation.')).toBeInTheDocument();
    // Said once, grammatically ("today", not "on today"), and read out with Reopen deal, which takes the focus.
    expect(screen.getAllByText(/Refused/)).toHaveLength(1);
    expect(screen.getByText('Refused today: Price too high.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reopen deal' })).toHaveAccessibleDescription('Refused today: Price too high. At stage Negotiation.');
    expect((await app.deals.queries.dealCard(dealId)).deal?.refusal).toMatchObject({ reason: 'price', stage: 'negotiation' });
    expect(screen.getByText('Closed as Refusal at Negotiation: Price too high')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reopen deal' }));
    const reopen = screen.getByRole('form', { name: 'Reopen deal' });
    await user.type(within(reopen).getByRole('textbox', { name: /Why it reopens/ }), 'New budget in Q3');
    await user.click(within(reopen).getByRole('button', { name: 'Reopen' }));

    expect(await screen.findByText('Reopened at Negotiation')).toBeInTheDocument();
    expect(screen.getByText('Note: New budget in Q3')).toBeInTheDocument();
    expect(screen.getByText('Closed as Refusal at Negotiation: Price too high')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Move to stage' })).toBeInTheDocument();
    expect((await app.deals.queries.dealCard(dealId)).deal).toMatchObject({ status: 'open', refusal: null });
  });

  it('keeps the keyboard focus through a move, a close and a reopen, and gives it back on Cancel', async () => {
    let dealId = '';
    const { user, app } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        dealId = (await aClientWithDeal(a)).dealId;
      },
    });
    // Move, pressed with Enter, keeps the focus while saving; then, with nothing left to move to, hands it to the stage list.
    await screen.findByRole('option', { name: 'Proposal (40%)' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Move to stage' }), 'Proposal (40%)');
    const move = screen.getByRole('button', { name: 'Move' });
    move.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Moved to Proposal; probability 40%.')).toBeInTheDocument();
    expect(await screen.findByText('Moved from Qualification to Proposal')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Move to stage' })).toHaveFocus());
    expect(move).toHaveAttribute('aria-disabled', 'true');

    // Close as Refusal opens on its first field; Cancel gives the focus back to its button.
    screen.getByRole('button', { name: 'Close as Refusal' }).focus();
    await user.keyboard('{Enter}');
    const refusal = await screen.findByRole('form', { name: 'Close as Refusal' });
    expect(within(refusal).getByRole('combobox', { name: 'Reason' })).toHaveFocus();
    within(refusal).getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Close as Refusal' })).toHaveFocus());

    // Close as Success asks first, with the focus on Cancel, which hands it back.
    screen.getByRole('button', { name: 'Close as Success' }).focus();
    await user.keyboard('{Enter}');
    let question = await screen.findByRole('form', { name: 'Close this deal as Success?' });
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Close as Success' })).toHaveFocus());
    await user.keyboard('{Enter}');
    question = await screen.findByRole('form', { name: 'Close this deal as Success?' });
    // jsdom has no layout for tabster's Tab order; Shift+Tab to the confirming button, as Chromium would.
    within(question).getByRole('button', { name: 'Close as Success' }).focus();
    await user.keyboard('{Enter}');
    // Closed: the focus is on Reopen deal, in the question's place.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Reopen deal' })).toHaveFocus());
    expect((await app.deals.queries.dealCard(dealId)).deal?.status).toBe('won');

    // Reopen opens on its note; Cancel returns to Reopen deal; reopening lands on the stage.
    await user.keyboard('{Enter}');
    const reopen = await screen.findByRole('form', { name: 'Reopen deal' });
    expect(within(reopen).getByRole('textbox', { name: /Why it reopens/ })).toHaveFocus();
    within(reopen).getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Reopen deal' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await user.type(within(await screen.findByRole('form', { name: 'Reopen deal' })).getByRole('textbox', { name: /Why it reopens/ }), 'New budget{Enter}');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Move to stage' })).toHaveFocus());
    expect((await app.deals.queries.dealCard(dealId)).deal?.status).toBe('open');
  });

  it('a contact recorded on the deal card joins the deal’s timeline', async () => {
    let dealId = '';
    const { user, app } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        dealId = (await aClientWithDeal(a)).dealId;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Record contact' }));
    const form = screen.getByRole('form', { name: 'Contact about Valves for Gdańsk' });
    await user.type(within(form).getByRole('textbox', { name: 'What happened' }), 'Olivia asked for a revised quote');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const timeline = screen.getByRole('list', { name: 'Timeline' });
    expect(await within(timeline).findByText('Olivia asked for a revised quote')).toBeInTheDocument();
    expect((await app.deals.queries.dealCard(dealId)).timeline[0]).toMatchObject({ kind: 'history', entry: { dealId, type: 'call' } });
  });

  it('a payment above the planned receipt is saved with a warning', async () => {
    let dealId = '';
    const { user, app } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        dealId = (await aClientWithDeal(a)).dealId;
        await a.deals.savePlannedReceipt({ dealId, number: 'INV-7', amountMinor: 100_000, issueDate: '2026-03-01', dueDate: '2026-03-31' });
      },
    });
    const payment = await screen.findByRole('form', { name: 'Record payment' });
    await user.type(within(payment).getByRole('textbox', { name: 'Amount' }), '1 200');
    await user.click(within(payment).getByRole('button', { name: 'Record payment' }));

    expect(await screen.findByText(`Saved. This is ${uah(20_000)} more than planned receipt INV-7 asks for — check the amount.`)).toBeInTheDocument();
    const card = await app.deals.queries.dealCard(dealId);
    expect(card.payments.map((p) => p.amountMinor)).toEqual([120_000]);
    expect(await within(screen.getByLabelText('Receivables in UAH')).findByText('Paid above invoiced')).toBeInTheDocument();
  });

  it('refuses a due date before the issue date and keeps what was typed', async () => {
    let dealId = '';
    const { user, app } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        dealId = (await aClientWithDeal(a)).dealId;
      },
    });
    const receipt = await screen.findByRole('form', { name: 'Add planned receipt' });
    await user.type(within(receipt).getByRole('textbox', { name: 'Invoice or contract number' }), 'INV-1');
    await user.type(within(receipt).getByRole('textbox', { name: 'Amount' }), '5000');
    await user.clear(within(receipt).getByLabelText('Issue date'));
    await user.type(within(receipt).getByLabelText('Issue date'), '2026-03-10');
    await user.type(within(receipt).getByLabelText('Due date'), '2026-03-01');
    await user.click(within(receipt).getByRole('button', { name: 'Add planned receipt' }));

    expect(await within(receipt).findByText('This date cannot be before the issue date.')).toBeInTheDocument();
    expect(within(receipt).getByRole('textbox', { name: 'Invoice or contract number' })).toHaveValue('INV-1');
    expect((await app.deals.queries.dealCard(dealId)).invoices).toHaveLength(0);
  });

  it('names the issue date when the due date comes before it (uk)', async () => {
    let dealId = '';
    const { user } = await renderPane(<DealFor get={() => dealId} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (a) => {
        dealId = (await aClientWithDeal(a)).dealId;
      },
    });
    const receipt = await screen.findByRole('form', { name: 'Додати планове надходження' });
    await user.type(within(receipt).getByRole('textbox', { name: 'Номер рахунку чи договору' }), 'INV-1');
    await user.type(within(receipt).getByRole('textbox', { name: 'Сума' }), '5000');
    await user.clear(within(receipt).getByLabelText('Дата виставлення'));
    await user.type(within(receipt).getByLabelText('Дата виставлення'), '10.03.2026');
    await user.type(within(receipt).getByLabelText('Сплатити до'), '01.03.2026');
    await user.click(within(receipt).getByRole('button', { name: 'Додати планове надходження' }));

    expect(await within(receipt).findByText('Ця дата не може бути раніше за дату виставлення.')).toBeInTheDocument();
  });

  it('a deal closed as Success says “Won today” once, and Reopen deal reads it out', async () => {
    let dealId = '';
    const { user } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        dealId = (await aClientWithDeal(a)).dealId;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Close as Success' }));
    await user.click(within(screen.getByRole('form', { name: 'Close this deal as Success?' })).getByRole('button', { name: 'Close as Success' }));
    // Not "Won on today", and no notice below repeating it.
    expect(await screen.findByText('Won today')).toBeInTheDocument();
    expect(screen.getAllByText(/^Won /)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Reopen deal' })).toHaveAccessibleDescription('Won today');
  });

  it.each([
    ['yesterday', new Date(2026, 2, 9, 16, 0, 0), 'Won yesterday'],
    ['on a date', new Date(2026, 2, 2, 12, 0, 0), 'Won on 2 Mar 2026'],
  ])('a deal won %s says so as English does', async (_, closedAt, expected) => {
    let dealId = '';
    await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a, setNow) => {
        setNow(closedAt);
        dealId = (await aClientWithDeal(a)).dealId;
        await a.deals.closeAsWon(dealId);
      },
    });
    expect(await screen.findByText(/^Won /)).toHaveTextContent(new RegExp(`^${expected}$`));
  });

  it('a deal refused today says so in Ukrainian with no preposition', async () => {
    let dealId = '';
    await renderPane(<DealFor get={() => dealId} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (a) => {
        dealId = (await aClientWithDeal(a, { stage: 'negotiation' })).dealId;
        await a.deals.closeAsRefused(dealId, 'price', '');
      },
    });
    expect(await screen.findByText(/^Угоду закрито з відмовою сьогодні/)).toHaveTextContent(/^Угоду закрито з відмовою сьогодні: Зависока ціна\.$/);
  });

  it('a won deal in Ukrainian ends its date with the year’s own full stop, not a second one, and its timeline sets the note apart', async () => {
    let dealId = '';
    await renderPane(<DealFor get={() => dealId} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (a, setNow) => {
        setNow(new Date(2026, 2, 2, 12, 0, 0));
        dealId = (await aClientWithDeal(a)).dealId;
        await a.deals.closeAsWon(dealId, 'Договір підписав Джеймс.');
        setNow(new Date(2026, 2, 10, 9, 0, 0));
      },
    });

    // A date with no preposition before it, as Ukrainian writes one (the timeline's own entry follows).
    expect(await screen.findByText(/^Угоду виграно \d/)).toHaveTextContent(/^Угоду виграно 2 бер\. 2026 р\.$/);
    const closing = within(screen.getByRole('list', { name: 'Хронологія' })).getAllByRole('listitem')[0]!;
    expect(within(closing).getByText('Угоду виграно на етапі «Кваліфікація»')).toBeInTheDocument();
    expect(within(closing).getByText('Примітка: Договір підписав Джеймс.')).toBeInTheDocument();
  });

  it('puts a probability in its edit box as Ukrainian writes it, and reads it back the same', async () => {
    let dealId = '';
    const { user, app } = await renderPane(<DealFor get={() => dealId} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (a) => {
        const client = await a.createClient({ client: { name: 'Полісся Агро' }, contacts: [] });
        dealId = (await a.deals.create({ clientId: client.id, title: 'Насіння', currency: 'UAH', amountMinor: 500_000, probability: 7.5 })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Редагувати угоду' }));
    const box = await screen.findByRole('textbox', { name: 'Ймовірність, %' });
    // "7,5", not "7.5": the box writes what the card beside it shows as 7,5%.
    expect(box).toHaveValue('7,5');
    await user.clear(box);
    await user.type(box, '12,5');
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));
    await waitFor(async () => expect((await app.deals.queries.dealCard(dealId)).deal).toMatchObject({ probability: 12.5 }));
  });

  it('writes a line’s quantity and discount as Ukrainian writes numbers and percentages', async () => {
    let dealId = '';
    await renderPane(<DealFor get={() => dealId} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (a) => {
        const client = await a.createClient({ client: { name: 'Полісся Агро' }, contacts: [] });
        dealId = (await a.deals.create({ clientId: client.id, title: 'Насіння', currency: 'UAH', lines: [{ description: 'Кукурудза', quantity: 2.5, unitPriceMinor: 100_000, discountPercent: 7.5 }] })).id;
      },
    });
    const line = within(await screen.findByRole('list', { name: 'Що продаємо' })).getByRole('listitem');
    const hryvnias = (minor: number) => formatMoney({ minor, currency: 'UAH' }, 'uk-UA').replace(/\s/g, ' ');
    // 2.5 × 1 000 = 2 500, less 7.5 % = 2 312.50: a decimal comma, never "7.5 %".
    expect(line).toHaveTextContent(`Кукурудза — 2,5 × ${hryvnias(100_000)} − 7,5% = ${hryvnias(231_250)}`);
  });

  it('shows what is outstanding and overdue after a partial payment', async () => {
    let dealId = '';
    await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        dealId = (await aClientWithDeal(a)).dealId;
        const due = await a.deals.savePlannedReceipt({ dealId, number: 'INV-1', amountMinor: 300_000, issueDate: '2026-02-01', dueDate: '2026-03-01' });
        await a.deals.savePlannedReceipt({ dealId, number: 'INV-2', amountMinor: 200_000, issueDate: '2026-03-01', dueDate: '2026-04-01' });
        await a.deals.recordPayment({ invoiceId: due.id, amountMinor: 100_000, date: '2026-03-05' });
      },
    });
    const totals = await screen.findByLabelText('Receivables in UAH');
    const value = (term: string) => within(totals).getByText(term).nextElementSibling?.textContent?.replace(/\s/g, ' ');
    expect(value('Invoiced')).toBe(uah(500_000));
    expect(value('Paid')).toBe(uah(100_000));
    expect(value('Outstanding')).toBe(uah(400_000));
    expect(value('Overdue')).toBe(uah(200_000));
    const receipts = screen.getByRole('list', { name: 'Planned receipts' });
    const first = within(receipts).getAllByRole('listitem')[0]!;
    expect(within(first).getByText('Overdue')).toBeInTheDocument();
    expect(within(first).getByText('Partly paid')).toBeInTheDocument();
    expect(within(within(receipts).getAllByRole('listitem')[1]!).queryByText('Overdue')).not.toBeInTheDocument();
  });
});

function TabFor({ get }: { get: () => string }) {
  return <DealsTab clientId={get()} />;
}
