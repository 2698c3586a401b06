/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

// The pane's clock says Tuesday 10 March 2026, 09:00 local time.
const march = (day: number, hour = 9) => new Date(2026, 2, day, hour, 0, 0);

type Tab = 'card' | 'contacts' | 'history' | 'plans';

/** The id is known only after seeding, so the element reads it when it renders. */
function ClientScreenFor({ get, tab }: { get: () => string; tab: Tab }) {
  return <ClientScreen clientId={get()} tab={tab} />;
}

// Full flows with many typed fields; jsdom on a shared 2-core machine is slow.
jest.setTimeout(20_000);

const entries = () => within(screen.getByRole('list', { name: 'History' })).queryAllByRole('listitem');

describe('History', () => {
  it('does not close a planned meeting with a call: it offers the earliest open plan of the recorded kind, and keeps the user’s own choice', async () => {
    let id = '';
    let meeting = '';
    const { user } = await renderPane(<ClientScreenFor get={() => id} tab="history" />, {
      seed: async (seeded, setNow) => {
        id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
        setNow(march(2));
        meeting = (await seeded.planNextContact({ clientId: id, due: '2026-03-06', kind: 'meeting', note: 'Show the new line' })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Record contact' }));
    expect(screen.getByLabelText('Type')).toHaveValue('call');
    const completes = screen.getByLabelText('Completes planned contact');
    expect(completes).toHaveValue('');
    await user.selectOptions(screen.getByLabelText('Type'), 'meeting');
    expect(completes).toHaveValue(meeting);
    await user.selectOptions(completes, '');
    await user.selectOptions(screen.getByLabelText('Type'), 'call');
    await user.selectOptions(screen.getByLabelText('Type'), 'meeting');
    expect(completes).toHaveValue('');
  });

  it('records a call that completes the planned contact, closes that plan, and offers to plan the next one', async () => {
    let id = '';
    let oldest = '';
    const { user, app } = await renderPane(<ClientScreenFor get={() => id} tab="history" />, {
      seed: async (seeded, setNow) => {
        id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [{ name: 'Ann Lee', position: '', emails: ['ann@contoso.com'], phones: [] }] })).id;
        setNow(march(2));
        oldest = (await seeded.planNextContact({ clientId: id, due: '2026-03-06', kind: 'call', note: 'Ask about the budget' })).id;
        await seeded.planNextContact({ clientId: id, due: '2026-03-20', kind: 'meeting', note: '' });
      },
    });

    expect(await screen.findByText('No history yet. Log an email or record a call to start it.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record contact' }));
    expect(screen.getByLabelText('Type')).toHaveValue('call');
    const when = screen.getByRole('group', { name: 'Date and time' });
    expect(within(when).getByLabelText('Date')).toHaveValue('10/03/2026');
    expect(within(when).getByRole('combobox', { name: 'Time' })).toHaveValue('09:00');
    expect(screen.getByLabelText('Completes planned contact')).toHaveValue(oldest);
    await user.type(screen.getByLabelText(/What happened/), 'Budget is approved for Q2.');
    await user.type(screen.getByLabelText('Outcome'), 'Send the offer');
    await user.selectOptions(screen.getByLabelText('Contact'), 'Ann Lee');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Contact recorded.')).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Plan next contact' })).toBeInTheDocument();
    const entry = (await screen.findByText('Budget is approved for Q2.')).closest('li') as HTMLElement;
    expect(within(entry).getByText('Sales')).toBeInTheDocument();
    expect(within(entry).getByText(/by Maria Koval/)).toBeInTheDocument();
    expect(within(entry).getByText(/today/)).toBeInTheDocument();
    expect(within(entry).getByText('Ann Lee')).toBeInTheDocument();
    expect(within(entry).getByText('Completed a planned contact')).toBeInTheDocument();

    const plans = (await app.queries.clientCard(id)).plans;
    expect(plans.find((p) => p.id === oldest)).toMatchObject({ status: 'done' });
    expect(plans.filter((p) => p.status === 'open')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Not now' }));
    await user.click(screen.getByRole('tab', { name: 'Next contacts' }));
    const done = screen.getByRole('list', { name: 'Done' });
    expect(within(done).getByText('Ask about the budget')).toBeInTheDocument();
  });

  it('refuses to plan the next contact in the past, keeps the note, and plans it on a valid date', async () => {
    let id = '';
    const { user, app } = await renderPane(<ClientScreenFor get={() => id} tab="plans" />, {
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Plan next contact' }));
    // Three working days after Tuesday 10 March.
    expect(screen.getByLabelText('Date')).toHaveValue('13/03/2026');
    await user.selectOptions(screen.getByLabelText('Kind'), 'Meeting');
    await user.type(screen.getByLabelText('Note'), 'Bring the samples');
    await user.clear(screen.getByLabelText('Date'));
    await user.type(screen.getByLabelText('Date'), '01/03/2026');
    await user.click(screen.getByRole('button', { name: 'Plan next contact' }));

    expect(await screen.findByText('The date cannot be in the past.')).toBeInTheDocument();
    expect(screen.getByLabelText('Note')).toHaveValue('Bring the samples');
    expect((await app.queries.clientCard(id)).plans).toHaveLength(0);

    await user.clear(screen.getByLabelText('Date'));
    await user.type(screen.getByLabelText('Date'), '2026-03-16');
    // The date mended (a typed date counts once the box is left), its message and the form's notice go before the next Save.
    await user.tab();
    expect(screen.queryByText('The date cannot be in the past.')).not.toBeInTheDocument();
    expect(screen.queryByText('Some fields need attention; nothing you typed was lost.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Plan next contact' }));
    expect(await screen.findByText('Next contact planned for 16 Mar 2026')).toBeInTheDocument();
    expect((await app.queries.clientCard(id)).plans).toMatchObject([{ due: '2026-03-16', kind: 'meeting', note: 'Bring the samples', status: 'open' }]);
    // The list follows the store through a live query, a moment after the confirmation.
    expect(await within(await screen.findByRole('list', { name: 'Planned' })).findByText('Bring the samples')).toBeInTheDocument();
  });

  it('highlights overdue next contacts', async () => {
    let id = '';
    await renderPane(<ClientScreenFor get={() => id} tab="plans" />, {
      seed: async (seeded, setNow) => {
        id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
        setNow(march(2));
        await seeded.planNextContact({ clientId: id, due: '2026-03-05', kind: 'call', note: 'Late call' });
        await seeded.planNextContact({ clientId: id, due: '2026-03-12', kind: 'demo', note: 'Demo' });
      },
    });
    const late = (await screen.findByText('Late call')).closest('li') as HTMLElement;
    expect(within(late).getByText('Overdue')).toBeInTheDocument();
    const demo = screen.getByText('Demo', { selector: 'p' }).closest('li') as HTMLElement;
    expect(within(demo).queryByText('Overdue')).not.toBeInTheDocument();
  });

  it('lists entries newest first and filters them by type and by department', async () => {
    let id = '';
    const { user } = await renderPane(<ClientScreenFor get={() => id} tab="history" />, {
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
        await seeded.recordContact({ clientId: id, type: 'call', at: march(3).toISOString(), text: 'First call', outcome: '' });
        await seeded.recordContact({ clientId: id, type: 'survey', at: march(5).toISOString(), text: 'Satisfaction survey: 9 of 10', outcome: '', department: 'marketing' });
        await seeded.recordContact({ clientId: id, type: 'call', at: march(9).toISOString(), text: 'Service call about the update', outcome: 'Fixed', department: 'after-sales' });
        await seeded.recordContact({ clientId: id, type: 'note', at: march(7).toISOString(), text: 'Met at the fair', outcome: '' });
      },
    });
    await screen.findByText('First call');
    await within(screen.getByLabelText('Type')).findByRole('option', { name: 'Call' });
    expect(entries().map((li) => li.querySelector('p')?.textContent)).toEqual([
      'Service call about the update',
      'Met at the fair',
      'Satisfaction survey: 9 of 10',
      'First call',
    ]);

    await user.selectOptions(screen.getByLabelText('Type'), 'Call');
    expect(entries()).toHaveLength(2);
    await user.selectOptions(screen.getByLabelText('Department'), 'After-sales');
    expect(entries()).toHaveLength(1);
    expect(screen.getByText('Service call about the update')).toBeInTheDocument();
    expect(screen.getByText('Fixed')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Type'), 'All types');
    await user.selectOptions(screen.getByLabelText('Department'), 'Marketing');
    expect(entries()).toHaveLength(1);
    expect(screen.getByText('Satisfaction survey: 9 of 10')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Type'), 'Note');
    expect(screen.getByText('No entries match these filters.')).toBeInTheDocument();
  });

  it('shows a logged email with its participants and attachments, its long text collapsed behind Show more', async () => {
    let id = '';
    const host = new FakeMailHost();
    const long = Array.from({ length: 12 }, (_, i) => `Line ${i + 1} of the offer details.`).join('\n');
    host.setBody('m1', { kind: 'text', content: long });
    const { user } = await renderPane(<ClientScreenFor get={() => id} tab="history" />, {
      host,
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [] })).id;
        await seeded.logEmail(
          {
            mode: 'read',
            itemId: 'm1',
            internetMessageId: '<m1@contoso.com>',
            conversationId: 'c1',
            subject: 'Our offer',
            from: { name: 'Ann Lee', email: 'ann@contoso.com' },
            sender: null,
            to: [{ name: 'Maria Koval', email: 'me@clientbook.example' }],
            cc: [{ name: '', email: 'bob@contoso.com' }],
            date: march(9).toISOString(),
            attachments: [{ name: 'offer.pdf', size: 10, contentType: 'application/pdf', isInline: false }],
          },
          id,
        );
      },
    });
    const entry = (await screen.findByRole('heading', { name: 'Our offer' })).closest('li') as HTMLElement;
    expect(await within(entry).findByText('Email')).toBeInTheDocument();
    expect(within(entry).getByText(/yesterday/)).toBeInTheDocument();
    expect(within(entry).getByText('Ann Lee <ann@contoso.com>')).toBeInTheDocument();
    expect(within(entry).getByText('bob@contoso.com')).toBeInTheDocument();
    expect(within(entry).getByText('offer.pdf')).toBeInTheDocument();
    const more = within(entry).getByRole('button', { name: 'Show more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(within(entry).getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('opens a long history with its newest 50 entries and shows older ones on request', async () => {
    let id = '';
    const { user } = await renderPane(<ClientScreenFor get={() => id} tab="history" />, {
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
        for (let i = 1; i <= 55; i++) {
          await seeded.recordContact({ clientId: id, type: 'note', at: new Date(2026, 0, 1, 8, i).toISOString(), text: `Note ${i}`, outcome: '' });
        }
      },
    });
    await screen.findByText('Note 55');
    expect(entries()).toHaveLength(50);
    expect(screen.queryByText('Note 5')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show older entries (5 more)' }));
    expect(entries()).toHaveLength(55);
    expect(screen.getByText('Note 1')).toBeInTheDocument();
  });

  it('reads in Ukrainian, departments included', async () => {
    let id = '';
    await renderPane(<ClientScreenFor get={() => id} tab="history" />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Контосо' }, contacts: [] })).id;
        await seeded.recordContact({ clientId: id, type: 'call', at: march(10, 8).toISOString(), text: 'Дзвінок щодо оферти', outcome: '', department: 'after-sales' });
      },
    });
    const entry = (await screen.findByText('Дзвінок щодо оферти')).closest('li') as HTMLElement;
    expect(within(entry).getByText('Післяпродажний сервіс')).toBeInTheDocument();
    expect(await within(entry).findByText('Дзвінок')).toBeInTheDocument();
    expect(within(entry).getByText(/сьогодні/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Записати контакт' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Історія' })).toBeInTheDocument());
  });
});
