/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

// Flows that type into many fields; jsdom on a shared 2-core machine is slow.
jest.setTimeout(20_000);

describe('ClientScreen', () => {
  it('edits the card: a new impression is dated today, an unchanged probability keeps its date, and it all persists', async () => {
    let id = '';
    const { user, app } = await renderPane(<ClientScreenFor get={() => id} />, {
      seed: async (seeded) => {
        const client = await seeded.createClient({
          client: {
            name: 'Contoso',
            domains: ['contoso.com'],
            impression: { value: 'Cautious, compares prices', on: '2026-01-15' },
            purchaseProbability: { value: 30, on: '2026-01-15' },
          },
          contacts: [],
        });
        id = client.id;
      },
    });

    expect(await screen.findByRole('heading', { name: 'Contoso' })).toBeInTheDocument();
    expect(screen.getByText('Cautious, compares prices')).toBeInTheDocument();
    expect(screen.getAllByText('(as of 15 Jan 2026)')).toHaveLength(2);
    // As English writes a percentage, not "30 %".
    // The value carries its sign; the label no longer repeats it ("Purchase probability, %: 30%").
    expect(screen.getByText('Purchase probability').nextElementSibling).toHaveTextContent(/^30% \(as of 15 Jan 2026\)$/);

    await user.click(screen.getByRole('button', { name: 'Edit card' }));
    await user.clear(screen.getByLabelText('Impression'));
    await user.type(screen.getByLabelText('Impression'), 'Keen after the demo');
    await user.type(screen.getByLabelText('City'), 'Lviv');
    await user.selectOptions(screen.getByLabelText('Region'), 'Western Ukraine');
    await user.selectOptions(screen.getByLabelText('Lead source'), 'Exhibition');
    await user.selectOptions(screen.getByLabelText('Status'), 'Customer');
    await user.selectOptions(screen.getByLabelText('Mailing consent'), 'Opted out of mailings');
    await user.click(screen.getByRole('button', { name: 'Add domain' }));
    await user.type(screen.getByRole('textbox', { name: 'Email domains 2' }), 'contoso.ua');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Card saved.')).toBeInTheDocument();
    expect(screen.getByText('Keen after the demo')).toBeInTheDocument();
    expect(screen.getByText('(as of today)')).toBeInTheDocument();
    expect(screen.getByText('(as of 15 Jan 2026)')).toBeInTheDocument();
    expect(screen.getByText('Western Ukraine')).toBeInTheDocument();
    expect(screen.getByText('Opted out of mailings')).toBeInTheDocument();

    const { client } = await app.queries.clientCard(id);
    expect(client).toMatchObject({
      status: 'customer',
      region: 'west',
      leadSource: 'exhibition',
      mailingConsent: 'opted-out',
      domains: ['contoso.com', 'contoso.ua'],
      address: { street: '', city: 'Lviv', postalCode: '', country: '' },
      impression: { value: 'Keen after the demo', on: '2026-03-10' },
      purchaseProbability: { value: 30, on: '2026-01-15' },
    });
  });

  it('refuses a probability over 100 beside the field and keeps what was typed', async () => {
    let id = '';
    const { user, app } = await renderPane(<ClientScreenFor get={() => id} />, {
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit card' }));
    await user.type(screen.getByLabelText('Notes'), 'Budget approved in Q2');
    await user.type(screen.getByLabelText(/Purchase probability/), '140');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Enter a number from 0 to 100.')).toBeInTheDocument();
    expect(screen.getByLabelText('Notes')).toHaveValue('Budget approved in Q2');
    expect((await app.queries.clientCard(id)).client?.notes).toBe('');
  });

  it('shows a malformed email in the contact form beside the field and loses nothing typed', async () => {
    let id = '';
    const { user, app } = await renderPane(<ClientScreenFor get={() => id} tab="contacts" />, {
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Add contact' }));
    await user.type(screen.getByLabelText('Name'), 'Ann Lee');
    await user.type(screen.getByLabelText('Position'), 'CFO');
    await user.type(screen.getByRole('textbox', { name: 'Email addresses' }), 'ann@@contoso');
    await user.type(screen.getByRole('textbox', { name: 'Phones' }), '+380 44 000 1122');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));

    expect(await screen.findByText('This is not a valid email address.')).toBeInTheDocument();
    // As every other form says it, under the fields and above Save.
    expect(screen.getByText('Some fields need attention; nothing you typed was lost.')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Ann Lee');
    expect(screen.getByLabelText('Position')).toHaveValue('CFO');
    expect(screen.getByRole('textbox', { name: 'Email addresses' })).toHaveValue('ann@@contoso');
    expect(screen.getByRole('textbox', { name: 'Phones' })).toHaveValue('+380 44 000 1122');
    expect((await app.queries.clientCard(id)).contacts).toHaveLength(0);

    await user.clear(screen.getByRole('textbox', { name: 'Email addresses' }));
    await user.type(screen.getByRole('textbox', { name: 'Email addresses' }), 'Ann.Lee@Contoso.com');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByRole('link', { name: 'Email ann.lee@contoso.com' })).toHaveAttribute('href', 'mailto:ann.lee@contoso.com');
    expect(screen.getByRole('link', { name: 'Call +380 44 000 1122' })).toHaveAttribute('href', 'tel:+380440001122');
  });

  it('refuses an address another contact person has, naming them, and loses nothing typed', async () => {
    let id = '';
    const { user, app } = await renderPane(<ClientScreenFor get={() => id} tab="contacts" />, {
      seed: async (seeded) => {
        await seeded.createClient({ client: { name: 'Fabrikam Logistics' }, contacts: [{ name: 'Daniel Kim', position: '', emails: ['daniel.kim@fabrikam.com'], phones: [] }] });
        id = (await seeded.createClient({ client: { name: 'Contoso Ltd' }, contacts: [{ name: 'Ann Lee', position: '', emails: ['ann@contoso.com'], phones: [] }] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Add contact' }));
    await user.type(screen.getByLabelText('Name'), 'Anna Nowak');
    await user.type(screen.getByRole('textbox', { name: 'Email addresses' }), '  Daniel.Kim@Fabrikam.com ');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));

    expect(await screen.findByText('This address is already Daniel Kim’s, at Fabrikam Logistics.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email addresses' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Name')).toHaveValue('Anna Nowak');
    expect((await app.queries.clientCard(id)).contacts).toHaveLength(1);

    // The same inside one client: two contacts with one address.
    await user.clear(screen.getByRole('textbox', { name: 'Email addresses' }));
    await user.type(screen.getByRole('textbox', { name: 'Email addresses' }), 'ANN@contoso.com');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByText('This address is already Ann Lee’s, at Contoso Ltd.')).toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: 'Email addresses' }));
    await user.type(screen.getByRole('textbox', { name: 'Email addresses' }), 'anna.nowak@contoso.com');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByRole('link', { name: 'Email anna.nowak@contoso.com' })).toBeInTheDocument();

    // Editing a contact keeps its own address.
    await user.click(screen.getByRole('button', { name: 'Edit Ann Lee' }));
    await user.type(screen.getByLabelText('Position'), 'CFO');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByText('CFO')).toBeInTheDocument();
  });

  it('names who has the address in Ukrainian', async () => {
    let id = '';
    const { user } = await renderPane(<ClientScreenFor get={() => id} tab="contacts" />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (seeded) => {
        await seeded.createClient({ client: { name: 'Fabrikam Logistics' }, contacts: [{ name: 'Daniel Kim', position: '', emails: ['daniel.kim@fabrikam.com'], phones: [] }] });
        id = (await seeded.createClient({ client: { name: 'Contoso Ltd' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Додати контактну особу' }));
    await user.type(screen.getByRole('textbox', { name: 'Адреси електронної пошти' }), 'daniel.kim@fabrikam.com');
    await user.click(screen.getByRole('button', { name: 'Зберегти контактну особу' }));
    expect(await screen.findByText('Ця адреса вже належить контактній особі Daniel Kim (клієнт Fabrikam Logistics).')).toBeInTheDocument();
  });

  it('refuses a phone that is no phone number on its row; an extension dials as one; a stored value still shows', async () => {
    let id = '';
    const { user, app, dbName } = await renderPane(<ClientScreenFor get={() => id} tab="contacts" />, {
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      },
    });
    // Stored before phones were checked.
    const db = new ClientbookDb(dbName);
    await db.contacts.put({ id: 'old', clientId: id, name: 'Bob Stone', position: '', emails: [], phones: ['ask reception'], createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' });
    db.close();
    expect(await screen.findByText('ask reception')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Call ask reception' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    await user.type(screen.getByLabelText('Name'), 'Ann Lee');
    await user.type(screen.getByRole('textbox', { name: 'Phones' }), 'abc');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByText(/This is not a phone number/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Phones' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Name')).toHaveValue('Ann Lee');
    expect((await app.queries.clientCard(id)).contacts).toHaveLength(1);

    await user.clear(screen.getByRole('textbox', { name: 'Phones' }));
    await user.type(screen.getByRole('textbox', { name: 'Phones' }), '+380 (44) 000-11.22 ext. 12');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByRole('link', { name: 'Call +380 (44) 000-11.22 ext. 12' })).toHaveAttribute('href', 'tel:+380440001122;ext=12');

    // Editing the old contact keeps its stored value.
    await user.click(screen.getByRole('button', { name: 'Edit Bob Stone' }));
    await user.type(screen.getByLabelText('Position'), 'CFO');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByText('CFO')).toBeInTheDocument();
  });

  it('edits a contact and deletes one only after confirmation', async () => {
    let id = '';
    const { user, app } = await renderPane(<ClientScreenFor get={() => id} tab="contacts" />, {
      seed: async (seeded) => {
        id = (
          await seeded.createClient({
            client: { name: 'Contoso' },
            contacts: [
              { name: 'Ann Lee', position: '', emails: ['ann@contoso.com'], phones: [] },
              { name: 'Bob Stone', position: '', emails: ['bob@contoso.com'], phones: [] },
            ],
          })
        ).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Ann Lee' }));
    await user.type(screen.getByLabelText('Position'), 'CFO');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByText('CFO')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete Bob Stone' }));
    // Tabster may mark a just-opened dialog aria-hidden until focus lands in it, which jsdom does on
    // its own schedule (and then the dialog has no accessible name here); Chromium checks the
    // dialog's accessibility (e2e axe). Here: nothing is deleted without the confirmation.
    const dialogTitled = async (title: string) => (await screen.findByText(title)).closest('[role="dialog"]') as HTMLElement;
    await user.click(within(await dialogTitled('Delete Bob Stone?')).getByRole('button', { name: 'Cancel', hidden: true }));
    await waitFor(() => expect(screen.queryByText('Delete Bob Stone?')).not.toBeInTheDocument());
    expect(screen.getByText('Bob Stone')).toBeInTheDocument();
    expect((await app.queries.clientCard(id)).contacts).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Delete Bob Stone' }));
    await user.click(within(await dialogTitled('Delete Bob Stone?')).getByRole('button', { name: 'Delete', hidden: true }));
    await waitFor(() => expect(screen.queryByText('Bob Stone')).not.toBeInTheDocument());
    const { contacts } = await app.queries.clientCard(id);
    expect(contacts.map((c) => [c.name, c.position])).toEqual([['Ann Lee', 'CFO']]);
  });

  it('confirms a delete with the keyboard: the focus opens on Cancel, Escape returns it to the Delete button, and after the delete it lands on Add contact', async () => {
    let id = '';
    const { user, app } = await renderPane(<ClientScreenFor get={() => id} tab="contacts" />, {
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [{ name: 'Bob Stone', position: '', emails: ['bob@contoso.com'], phones: [] }] })).id;
      },
    });
    const deleteBob = await screen.findByRole('button', { name: 'Delete Bob Stone' });
    deleteBob.focus();
    await user.keyboard('{Enter}');
    const dialog = (await screen.findByText('Delete Bob Stone?')).closest('[role="dialog"]') as HTMLElement;
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel', hidden: true })).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByText('Delete Bob Stone?')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete Bob Stone' })).toHaveFocus());
    expect((await app.queries.clientCard(id)).contacts).toHaveLength(1);

    await user.keyboard('{Enter}');
    const again = (await screen.findByText('Delete Bob Stone?')).closest('[role="dialog"]') as HTMLElement;
    await waitFor(() => expect(within(again).getByRole('button', { name: 'Cancel', hidden: true })).toHaveFocus());
    // jsdom has no layout for tabster's Tab order in the dialog; Chromium's is checked by e2e.
    within(again).getByRole('button', { name: 'Delete', hidden: true }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByText('Bob Stone')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add contact' })).toHaveFocus());
  });

  it('hides archived picklist values for new choices but still shows them on a client that has one', async () => {
    let id = '';
    const { user } = await renderPane(<ClientScreenFor get={() => id} />, {
      seed: async (seeded) => {
        const items = await seeded.queries.referenceItems();
        const exhibition = items.find((i) => i.list === 'leadSource' && i.code === 'exhibition');
        const advertising = items.find((i) => i.list === 'leadSource' && i.code === 'advertising');
        if (!exhibition || !advertising) throw new Error('default lead sources missing');
        await seeded.saveReferenceItem({ ...exhibition, archived: true });
        await seeded.saveReferenceItem({ ...advertising, archived: true });
        id = (await seeded.createClient({ client: { name: 'Contoso', leadSource: 'exhibition' }, contacts: [] })).id;
      },
    });
    expect(await screen.findByText('Exhibition')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit card' }));
    const source = screen.getByLabelText('Lead source');
    expect(source).toHaveValue('exhibition');
    expect(within(source).getByRole('option', { name: 'Exhibition' })).toBeInTheDocument();
    expect(within(source).queryByRole('option', { name: 'Advertising' })).not.toBeInTheDocument();
  });

  it('selects a tab and opens Record contact from the keyboard', async () => {
    let id = '';
    const { user } = await renderPane(<ClientScreenFor get={() => id} />, {
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      },
    });
    // Arrow keys between tabs are Fluent's (tabster needs real layout); Enter on a focused tab is ours to check.
    (await screen.findByRole('tab', { name: 'History' })).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');
    // Tab order through tabster's focus guards is checked in Chromium (e2e); here, Enter on the button.
    screen.getByRole('button', { name: 'Record contact' }).focus();
    await user.keyboard('{Enter}');
    // The form takes the focus its button had, on its first field, and gives it back on Cancel.
    const form = await screen.findByRole('form', { name: 'Record contact' });
    expect(within(form).getByRole('combobox', { name: 'Type' })).toHaveFocus();
    within(form).getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Record contact' })).toHaveFocus());

    screen.getByRole('button', { name: 'Plan next contact' }).focus();
    await user.keyboard('{Enter}');
    const plan = await screen.findByRole('form', { name: 'Plan next contact' });
    expect(plan).toContainElement(document.activeElement as HTMLElement);
  });

  it('shows the card in Ukrainian with its tabs', async () => {
    let id = '';
    await renderPane(<ClientScreenFor get={() => id} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Контосо', region: 'kyiv' }, contacts: [] })).id;
      },
    });
    expect(await screen.findByRole('tab', { name: 'Історія' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Наступні контакти' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Контактні особи' })).toBeInTheDocument();
    expect(await screen.findByText('Київ')).toBeInTheDocument();
  });
});

/** The id is known only after seeding, so the element reads it when it renders. */
function ClientScreenFor({ get, tab }: { get: () => string; tab?: 'card' | 'contacts' | 'history' | 'plans' }) {
  return <ClientScreen clientId={get()} tab={tab} />;
}
