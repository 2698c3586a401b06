/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

// The pane's clock says Tuesday 10 March 2026, 09:00 local time.
const march = (day: number, hour = 9) => new Date(2026, 2, day, hour, 0, 0);

function ClientScreenFor({ get }: { get: () => string }) {
  return <ClientScreen clientId={get()} tab="plans" />;
}

jest.setTimeout(30_000);

/** Contoso with a meeting planned on 6 March (overdue now) and a call on 20 March. */
async function withPlans(host?: FakeMailHost) {
  let id = '';
  const rendered = await renderPane(<ClientScreenFor get={() => id} />, {
    host,
    seed: async (seeded, setNow) => {
      id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      setNow(march(2));
      await seeded.planNextContact({ clientId: id, due: '2026-03-06', kind: 'meeting', note: 'Show the new line' });
      await seeded.planNextContact({ clientId: id, due: '2026-03-20', kind: 'call', note: 'Ask about the budget' });
    },
  });
  const open = () => screen.getByRole('list', { name: 'Planned' });
  await screen.findByText('Show the new line');
  return { ...rendered, id: () => id, open, plan: (note: string) => within(open()).getByText(note).closest('li') as HTMLElement };
}

describe('An open planned contact', () => {
  it('is done by recording the contact it planned, which closes it and offers to plan the next', async () => {
    const { user, app, id, plan } = await withPlans();
    await user.click(within(plan('Show the new line')).getByRole('button', { name: 'Record contact' }));
    const form = screen.getByRole('form', { name: 'Record contact' });
    // The form knows which plan it does and how it was planned.
    expect(within(form).getByLabelText('Type')).toHaveValue('meeting');
    expect(within(form).getByLabelText('Completes planned contact')).toHaveDisplayValue(/Meeting/);
    await user.type(within(form).getByLabelText(/What happened/), 'Showed the new line; they liked it.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Contact recorded.')).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Plan next contact' })).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Done' })).getByText('Show the new line')).toBeInTheDocument());
    const plans = (await app.queries.clientCard(id())).plans;
    expect(plans.find((p) => p.note === 'Show the new line')).toMatchObject({ status: 'done' });
    expect((await app.queries.clientCard(id())).history[0]).toMatchObject({ type: 'meeting', text: 'Showed the new line; they liked it.' });
  });

  it('is moved to another day, not to a past one, keeping its note', async () => {
    const { user, app, id, plan } = await withPlans();
    await user.click(within(plan('Ask about the budget')).getByRole('button', { name: 'Reschedule' }));
    const form = screen.getByRole('form', { name: 'Change the planned contact' });
    const date = within(form).getByLabelText('Date');
    expect(date).toHaveValue('20/03/2026');
    await user.clear(date);
    await user.type(date, '01/03/2026');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('The date cannot be in the past.')).toBeInTheDocument();

    await user.clear(within(form).getByLabelText('Date'));
    await user.type(within(form).getByLabelText('Date'), '24/03/2026');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Planned contact moved to/)).toBeInTheDocument();
    const plans = (await app.queries.clientCard(id())).plans;
    expect(plans.filter((p) => p.status === 'open')).toHaveLength(2);
    expect(plans.find((p) => p.note === 'Ask about the budget')).toMatchObject({ due: '2026-03-24', kind: 'call', status: 'open' });
  });

  it('is removed only after asking, with the focus on keeping it', async () => {
    const { user, app, id, plan } = await withPlans();
    await user.click(within(plan('Ask about the budget')).getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove this planned contact?' });
    expect(within(dialog).getByText(/will no longer be planned/)).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus());
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect((await app.queries.clientCard(id())).plans).toHaveLength(2);

    await user.click(within(plan('Ask about the budget')).getByRole('button', { name: 'Remove' }));
    await user.click(await screen.findByRole('button', { name: 'Remove plan' }));
    expect(await screen.findByText('Planned contact removed.')).toBeInTheDocument();
    // The notice follows the write; the list follows the store's change a moment later.
    await waitFor(() => expect(screen.queryByText('Ask about the budget')).not.toBeInTheDocument());
    expect((await app.queries.clientCard(id())).plans.map((p) => p.note)).toEqual(['Show the new line']);
  });

  it('speaks Ukrainian', async () => {
    const { user } = await (async () => {
      let id = '';
      const rendered = await renderPane(<ClientScreenFor get={() => id} />, {
        host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
        seed: async (seeded, setNow) => {
          id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
          setNow(march(2));
          await seeded.planNextContact({ clientId: id, due: '2026-03-20', kind: 'call', note: 'Бюджет' });
        },
      });
      return rendered;
    })();
    const item = (await screen.findByText('Бюджет')).closest('li') as HTMLElement;
    expect(within(item).getByRole('button', { name: 'Перенести' })).toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: 'Прибрати' }));
    expect(await screen.findByRole('dialog', { name: 'Прибрати цей запланований контакт?' })).toBeInTheDocument();
  });

  it('says in Ukrainian where it moved without a second full stop after the year’s «р.»', async () => {
    const { user } = await withPlans(new FakeMailHost({ displayLanguage: 'uk-UA' }));
    const item = within(screen.getByRole('list', { name: 'Заплановані' })).getByText('Ask about the budget').closest('li') as HTMLElement;
    await user.click(within(item).getByRole('button', { name: 'Перенести' }));
    const date = within(screen.getByRole('form', { name: 'Змінити запланований контакт' })).getByLabelText('Дата');
    await user.clear(date);
    await user.type(date, '05.01.2027');
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));
    const notice = await screen.findByText(/^Запланований контакт перенесено на/);
    expect(notice.textContent).toMatch(/2027\sр\.$/);
  });
});
