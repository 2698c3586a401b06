/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(20_000);

const notice = 'Some fields need attention; nothing you typed was lost.';
const badPhone = 'This is not a phone number: digits, with +, spaces, dashes, dots or brackets, and “ext.” for an extension.';

describe('mending the fields a save refused on the client card', () => {
  it('Edit card: a field mended loses its message, the other keeps it, and the notice goes with the last', async () => {
    let id = '';
    const { user } = await renderPane(<ClientScreenFor get={() => id} />, {
      seed: async (app) => {
        id = (await app.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit card' }));
    await user.clear(screen.getByRole('textbox', { name: /Client name/ }));
    await user.type(screen.getByLabelText('Phone'), 'call me');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Required.')).toBeInTheDocument();
    expect(screen.getByText(badPhone)).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /Client name/ }), 'Contoso Ltd');
    expect(screen.queryByText('Required.')).not.toBeInTheDocument();
    expect(screen.getByText(badPhone)).toBeInTheDocument();
    expect(screen.getByText(notice)).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Phone'));
    await user.type(screen.getByLabelText('Phone'), '+380 44 111 2233');
    expect(screen.queryByText(badPhone)).not.toBeInTheDocument();
    expect(screen.queryByText(notice)).not.toBeInTheDocument();
  });

  it('Edit contact: mending one phone row takes the phones’ message away, the name’s stays', async () => {
    let id = '';
    const { user } = await renderPane(<ClientScreenFor get={() => id} tab="contacts" />, {
      seed: async (app) => {
        const contact = { name: 'Ann Lee', position: '', emails: [], phones: ['+380 67 111 2233'] };
        id = (await app.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [contact] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Ann Lee' }));
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByRole('textbox', { name: 'Phones' }), 'x');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByText('Required.')).toBeInTheDocument();
    expect(screen.getByText(badPhone)).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Phones' }), '{Backspace}');
    expect(screen.queryByText(badPhone)).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Phones' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText('Required.')).toBeInTheDocument();
    expect(screen.getByText(notice)).toBeInTheDocument();
  });
});

function ClientScreenFor({ get, tab }: { get: () => string; tab?: 'contacts' }) {
  return <ClientScreen clientId={get()} tab={tab} />;
}
