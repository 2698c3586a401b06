/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { MessagePanel } from '../../../src/taskpane/modules/message/components/MessagePanel';
import { DayPlan } from '../../../src/taskpane/modules/today/components/DayPlan';
import { aReadItem } from '../../support/builders/aReadItem';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(20_000);

const me = { email: 'maria.koval@clientbook.example', displayName: 'Maria Koval' };
// A colleague whose Outlook gave no display name: their records keep only the address.
const petro = { email: 'petro.ivanenko@clientbook.example', displayName: '' };

/** A client owned by Petro, with a call he recorded and a contact he planned, seen by Maria. */
async function openPetrosClient() {
  const host = new FakeMailHost({ user: me });
  let id = '';
  const rendered = await renderPane(<ClientScreenFor get={() => id} />, {
    host,
    seed: async (seeded) => {
      host.user = petro;
      id = (await seeded.createClient({ client: { name: 'Contoso', owner: petro.email }, contacts: [] })).id;
      await seeded.recordContact({ clientId: id, type: 'call', at: '2026-03-09T10:00:00.000Z', text: 'Asked for a quote', outcome: '' });
      await seeded.planNextContact({ clientId: id, due: '2026-03-12', kind: 'call', note: 'Send the quote' });
      host.user = me;
    },
  });
  await screen.findByRole('heading', { name: 'Contoso' });
  return rendered;
}

/** What the card says beside a label ("Owner"). */
const valueOf = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('people in the client card and its deals', () => {
  it('names the owner, the History author and the Next contact owner as the team knows them', async () => {
    const { user, dbName } = await openPetrosClient();
    const at = '2026-03-01T10:00:00.000Z';
    await new ClientbookDb(dbName).members.bulkPut([
      { id: `member:${petro.email}`, email: petro.email, name: 'Petro Ivanenko', role: 'manager', createdAt: at, updatedAt: at },
      { id: `member:${me.email}`, email: me.email, name: 'Maria Koval', role: 'head-of-sales', createdAt: at, updatedAt: at },
    ]);

    expect(await screen.findByText('Petro Ivanenko')).toBeInTheDocument();
    expect(valueOf('Owner')).toBe('Petro Ivanenko');
    expect(screen.queryByText(petro.email)).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'History' }));
    const entry = within(await screen.findByRole('list', { name: 'History' })).getByRole('listitem');
    expect(entry).toHaveTextContent('by Petro Ivanenko');
    expect(entry).not.toHaveTextContent(petro.email);

    await user.click(screen.getByRole('tab', { name: 'Next contacts' }));
    expect(await screen.findByText(/Owner: Petro Ivanenko/)).toBeInTheDocument();
  });

  it('names the user from their mailbox profile when no team list knows them', async () => {
    const host = new FakeMailHost({ user: me });
    let id = '';
    await renderPane(<ClientScreenFor get={() => id} />, {
      host,
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Contoso', owner: me.email }, contacts: [] })).id;
      },
    });
    await screen.findByRole('heading', { name: 'Contoso' });
    expect(valueOf('Owner')).toBe('Maria Koval');
  });

  it('shows a colleague unknown to the team by the address their records keep', async () => {
    const { user } = await openPetrosClient();

    expect(valueOf('Owner')).toBe(petro.email);
    await user.click(screen.getByRole('tab', { name: 'History' }));
    expect(within(await screen.findByRole('list', { name: 'History' })).getByRole('listitem')).toHaveTextContent(`by ${petro.email}`);
  });

  it('leaves out the owner of your own Next contacts', async () => {
    const host = new FakeMailHost({ user: me });
    let id = '';
    const { user } = await renderPane(<ClientScreenFor get={() => id} />, {
      host,
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
        await seeded.planNextContact({ clientId: id, due: '2026-03-12', kind: 'call', note: 'Send the quote' });
      },
    });
    await user.click(await screen.findByRole('tab', { name: 'Next contacts' }));
    expect(await screen.findByText('Send the quote')).toBeInTheDocument();
    expect(screen.queryByText(/Owner:/)).not.toBeInTheDocument();
  });
});

describe('the day’s plan of a team', () => {
  it('says whose a colleague’s next contact is, and names no owner on the user’s own', async () => {
    const host = new FakeMailHost({ user: me });
    const { dbName } = await renderPane(<DayPlan />, {
      host,
      seed: async (seeded) => {
        const contoso = await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] });
        const fabrikam = await seeded.createClient({ client: { name: 'Fabrikam' }, contacts: [] });
        await seeded.planNextContact({ clientId: contoso.id, due: '2026-03-10', kind: 'call', note: 'Mine' });
        host.user = petro;
        await seeded.planNextContact({ clientId: fabrikam.id, due: '2026-03-10', kind: 'call', note: 'His' });
        host.user = me;
      },
    });
    const at = '2026-03-01T10:00:00.000Z';
    await new ClientbookDb(dbName).members.put({ id: `member:${petro.email}`, email: petro.email, name: 'Petro Ivanenko', role: 'manager', createdAt: at, updatedAt: at });

    const fabrikam = (await screen.findByRole('button', { name: 'Open the card of Fabrikam' })).closest('li') as HTMLElement;
    expect(await within(fabrikam).findByText('Owner: Petro Ivanenko')).toBeInTheDocument();
    const contoso = screen.getByRole('button', { name: 'Open the card of Contoso' }).closest('li') as HTMLElement;
    expect(within(contoso).queryByText(/Owner:/)).not.toBeInTheDocument();
  });
});

describe('choosing an owner', () => {
  it('offers the user and the Team members on the card and on a deal, and names the one chosen', async () => {
    let clientId = '';
    let dealId = '';
    const { user, dbName } = await renderPane(<><ClientScreenFor get={() => clientId} /><DealFor get={() => dealId} /></>, {
      host: new FakeMailHost({ user: me }),
      seed: async (seeded) => {
        clientId = (await seeded.createClient({ client: { name: 'Contoso', owner: me.email }, contacts: [] })).id;
        dealId = (await seeded.deals.create({ clientId, title: 'Valves for Gdańsk', currency: 'UAH', amountMinor: 500_000, owner: me.email })).id;
      },
    });
    const at = '2026-03-01T10:00:00.000Z';
    await new ClientbookDb(dbName).members.bulkPut([
      { id: `member:${petro.email}`, email: petro.email, name: 'Petro Ivanenko', role: 'manager', createdAt: at, updatedAt: at },
      { id: `member:${me.email}`, email: me.email, name: 'Maria Koval', role: 'head-of-sales', createdAt: at, updatedAt: at },
    ]);
    const choose = async (form: HTMLElement) => {
      const owner = within(form).getByRole('combobox', { name: /Owner/ });
      await user.clear(owner);
      await user.type(owner, 'petro');
      await user.click(await screen.findByRole('option', { name: `Petro Ivanenko · ${petro.email}` }));
      // By name, as the card names him; the record keeps his address.
      expect(owner).toHaveValue('Petro Ivanenko');
      await user.click(within(form).getByRole('button', { name: 'Save' }));
    };

    await user.click(await screen.findByRole('button', { name: 'Edit card' }));
    await choose(screen.getByRole('form', { name: 'Edit card' }));
    // The card's owner, then the deal's.
    const owners = () => screen.getAllByText('Owner', { selector: 'dt' }).map((term) => term.nextElementSibling?.textContent);
    await waitFor(() => expect(owners()).toEqual(['Petro Ivanenko', 'Maria Koval']));

    await user.click(screen.getByRole('button', { name: 'Edit deal' }));
    await choose(screen.getByRole('form', { name: /Edit deal/ }));
    await waitFor(() => expect(owners()).toEqual(['Petro Ivanenko', 'Petro Ivanenko']));
  });
});

describe('the owner field', () => {
  it('shows a known owner by name in the edit form, keeps an outside address as typed, and names its list button in the pane’s language', async () => {
    let clientId = '';
    const { user, app } = await renderPane(<ClientScreenFor get={() => clientId} />, {
      host: new FakeMailHost({ user: me, displayLanguage: 'uk-UA' }),
      seed: async (seeded) => {
        clientId = (await seeded.createClient({ client: { name: 'Contoso', owner: me.email }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Редагувати картку' }));
    const owner = screen.getByRole('combobox', { name: /Відповідальний/ });
    expect(owner).toHaveValue('Maria Koval');
    expect(screen.getByRole('button', { name: 'Відкрити список людей' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open' })).not.toBeInTheDocument();

    await user.clear(owner);
    await user.type(owner, 'olha@partner.example');
    await user.tab();
    expect(owner).toHaveValue('olha@partner.example');
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));
    await waitFor(async () => expect((await app.queries.clientCard(clientId)).client?.owner).toBe('olha@partner.example'));
  });

  it('takes a known person’s full name typed as that person', async () => {
    let clientId = '';
    const { user, app } = await renderPane(<ClientScreenFor get={() => clientId} />, {
      host: new FakeMailHost({ user: me }),
      seed: async (seeded) => {
        clientId = (await seeded.createClient({ client: { name: 'Contoso', owner: 'someone@partner.example' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit card' }));
    const owner = screen.getByRole('combobox', { name: /Owner/ });
    expect(owner).toHaveValue('someone@partner.example');
    await user.clear(owner);
    await user.type(owner, 'maria koval');
    await user.tab();
    expect(owner).toHaveValue('Maria Koval');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await app.queries.clientCard(clientId)).client?.owner).toBe(me.email));
  });
});

describe('an open message’s client', () => {
  it('names its owner as the team knows them', async () => {
    const item = aReadItem({ from: { name: 'Olena Petrenko', email: 'olena@contoso.com' } });
    const { dbName } = await renderPane(<MessagePanel item={item} />, {
      host: new FakeMailHost({ user: me, item }),
      seed: async (seeded) => {
        await seeded.createClient({ client: { name: 'Contoso', owner: petro.email, domains: ['contoso.com'] }, contacts: [] });
      },
    });
    await screen.findByRole('heading', { name: 'Contoso' });
    const at = '2026-03-01T10:00:00.000Z';
    await new ClientbookDb(dbName).members.put({ id: `member:${petro.email}`, email: petro.email, name: 'Petro Ivanenko', role: 'manager', createdAt: at, updatedAt: at });
    await waitFor(() => expect(valueOf('Owner')).toBe('Petro Ivanenko'));
  });
});

describe('a deal’s owner', () => {
  it('is named as the team knows them', async () => {
    let dealId = '';
    const { dbName } = await renderPane(<DealFor get={() => dealId} />, {
      host: new FakeMailHost({ user: me }),
      seed: async (seeded) => {
        const client = await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] });
        dealId = (await seeded.deals.create({ clientId: client.id, title: 'Valves for Gdańsk', currency: 'UAH', amountMinor: 500_000, owner: petro.email })).id;
      },
    });
    await screen.findByRole('heading', { name: 'Valves for Gdańsk' });
    expect(valueOf('Owner')).toBe(petro.email);

    const at = '2026-03-01T10:00:00.000Z';
    await new ClientbookDb(dbName).members.put({ id: `member:${petro.email}`, email: petro.email, name: 'Petro Ivanenko', role: 'manager', createdAt: at, updatedAt: at });
    await waitFor(() => expect(valueOf('Owner')).toBe('Petro Ivanenko'));
  });

  it('names who moved it on its timeline', async () => {
    let dealId = '';
    await renderPane(<DealFor get={() => dealId} />, {
      host: new FakeMailHost({ user: me }),
      seed: async (seeded) => {
        const client = await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] });
        dealId = (await seeded.deals.create({ clientId: client.id, title: 'Valves for Gdańsk', currency: 'UAH', amountMinor: 500_000 })).id;
      },
    });
    const timeline = await screen.findByRole('list', { name: 'Timeline' });
    expect(within(timeline).getByRole('listitem')).toHaveTextContent('Maria Koval');
    expect(timeline).not.toHaveTextContent(me.email);
  });
});

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}

function ClientScreenFor({ get }: { get: () => string }) {
  return <ClientScreen clientId={get()} />;
}
