/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { DayPlan } from '../../../src/taskpane/modules/today/components/DayPlan';
import { FakeMailHost } from '../../support/fakeMailHost';
import { readFailsAt } from '../../support/readFailsAt';
import { renderPane } from '../../support/renderPane';

// The pane's clock says Tuesday 10 March 2026, 09:00 local time.
const march = (day: number) => new Date(2026, 2, day, 9, 0, 0);

describe('DayPlan', () => {
  it('says in Ukrainian that the day’s plan could not be read, with the code for the administrator, not Dexie’s English', async () => {
    let reads = { mend: () => {} };
    try {
      await renderPane(<DayPlan />, {
        host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
        seed: async (app) => {
          const contoso = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
          await app.planNextContact({ clientId: contoso.id, due: '2026-03-10', kind: 'call', note: '' });
          reads = readFailsAt('plannedContacts');
        },
      });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(/Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора\.Код помилки для адміністратора: UnknownError$/);
      expect(alert).not.toHaveTextContent(/Internal error|Dexie/);
    } finally {
      reads.mend();
    }
  });

  it('shows overdue and today’s next contacts per client, the overdue client first, and opens its card', async () => {
    let contosoId = '';
    const { user, route } = await renderPane(<DayPlan />, {
      seed: async (app, setNow) => {
        const contoso = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
        const fabrikam = await app.createClient({ client: { name: 'Fabrikam' }, contacts: [] });
        const later = await app.createClient({ client: { name: 'Northwind' }, contacts: [] });
        contosoId = contoso.id;
        setNow(march(2));
        await app.planNextContact({ clientId: contoso.id, due: '2026-03-05', kind: 'call', note: 'Ask about the tender' });
        await app.planNextContact({ clientId: contoso.id, due: '2026-03-09', kind: 'meeting', note: '' });
        setNow(march(10));
        await app.planNextContact({ clientId: contoso.id, due: '2026-03-10', kind: 'demo', note: '' });
        await app.planNextContact({ clientId: fabrikam.id, due: '2026-03-10', kind: 'call', note: 'Send the price list' });
        await app.planNextContact({ clientId: later.id, due: '2026-03-11', kind: 'call', note: '' });
      },
    });

    const openContoso = await screen.findByRole('button', { name: 'Open the card of Contoso' });
    const openFabrikam = screen.getByRole('button', { name: 'Open the card of Fabrikam' });
    expect(screen.queryByRole('button', { name: 'Open the card of Northwind' })).not.toBeInTheDocument();
    expect(openContoso.compareDocumentPosition(openFabrikam) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const contosoCard = openContoso.closest('li') as HTMLElement;
    expect(within(contosoCard).getByText('2 overdue')).toBeInTheDocument();
    expect(within(contosoCard).getByText('1 today')).toBeInTheDocument();
    expect(await within(contosoCard).findByText('Call')).toBeInTheDocument();
    expect(within(contosoCard).getByText('Overdue since 5 Mar 2026')).toBeInTheDocument();
    expect(within(contosoCard).getByText('Overdue since yesterday')).toBeInTheDocument();
    expect(within(contosoCard).getByText('Ask about the tender')).toBeInTheDocument();
    expect(within(contosoCard).getByText('Demonstration')).toBeInTheDocument();
    expect(within(contosoCard).getByText('Due today')).toBeInTheDocument();
    expect(screen.getByText(/2 clients to contact · 2 overdue/)).toBeInTheDocument();

    await user.click(within(contosoCard).getByText('Ask about the tender'));
    expect(route()).toEqual({ screen: 'client', clientId: contosoId, tab: 'plans' });
  });

  it('opens a client’s card from the keyboard', async () => {
    let id = '';
    const { user, route } = await renderPane(<DayPlan />, {
      seed: async (app) => {
        id = (await app.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
        await app.planNextContact({ clientId: id, due: '2026-03-10', kind: 'call', note: '' });
      },
    });
    await screen.findByRole('button', { name: 'Open the card of Contoso' });

    await user.tab();
    expect(screen.getByRole('button', { name: 'Open the card of Contoso' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(route()).toEqual({ screen: 'client', clientId: id, tab: 'plans' });
  });

  it('welcomes a new user and tells them to open an email, find or create a client', async () => {
    const { user, route } = await renderPane(<DayPlan />);

    expect(await screen.findByRole('heading', { name: 'Welcome to Clientbook' })).toBeInTheDocument();
    expect(screen.getByText(/Open an email from a client/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create client' }));
    expect(route()).toMatchObject({ screen: 'create-client', draft: { name: '', domains: [] } });
  });

  it('says nothing is due when the clients have no plan for today', async () => {
    const { user, route } = await renderPane(<DayPlan />, {
      seed: async (app) => {
        const c = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
        await app.planNextContact({ clientId: c.id, due: '2026-03-12', kind: 'call', note: '' });
      },
    });

    expect(await screen.findByRole('heading', { name: 'Nothing due today' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Find a client' }));
    expect(route()).toEqual({ screen: 'search' });
  });

  it('speaks Ukrainian with Ukrainian plurals when Outlook does', async () => {
    await renderPane(<DayPlan />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (app, setNow) => {
        const c = await app.createClient({ client: { name: 'Контора' }, contacts: [] });
        setNow(march(1));
        for (const due of ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']) {
          await app.planNextContact({ clientId: c.id, due, kind: 'call', note: '' });
        }
      },
    });

    expect(await screen.findByRole('heading', { name: 'План на сьогодні' })).toBeInTheDocument();
    expect((await screen.findAllByText('5 прострочених')).length).toBeGreaterThan(0);
    expect(await screen.findAllByText('Дзвінок')).toHaveLength(5);
    expect(screen.getByText(/вівторок, 10 березня · 1 клієнт для контакту/)).toBeInTheDocument();
  });
});
