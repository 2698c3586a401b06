/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { CreateClientScreen } from '../../../src/taskpane/modules/create-client/components/CreateClientScreen';
import { useNavigation } from '../../../src/taskpane/ui/Route';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import { writeFailsAt } from '../../support/writeFailsAt';

jest.setTimeout(20_000);

function ClientScreenFor({ get, tab }: { get: () => string; tab?: 'contacts' }) {
  return <ClientScreen clientId={get()} tab={tab} />;
}

function CreateRoute() {
  const { route } = useNavigation();
  return route.screen === 'create-client' ? <CreateClientScreen draft={route.draft} /> : <p>Now on {route.screen}</p>;
}

const seedContoso = (set: (id: string) => void) => async (app: App) => {
  set((await app.createClient({ client: { name: 'Contoso' }, contacts: [{ name: 'Anna Koval', position: '', emails: ['anna@contoso.com'], phones: [] }] })).id);
};

const refusedEn = 'Clientbook could not read or write its data on this device; if it happens again, tell your administrator. Nothing was saved; your changes are still in the form.';
const codeEn = 'Error code for your administrator: UnknownError';

/**
 * The footer's message for a save the local store refused: the sentence, then the code for the
 * administrator as an element of its own (a line of its own, as FailureMessage puts it), not run on
 * after the sentence.
 */
function expectCodeOnItsOwnLine(sentence: string, code: string) {
  const codeLine = screen.getByText(code);
  expect(codeLine.parentElement).toHaveTextContent(`${sentence}${code}`, { normalizeWhitespace: false });
  expect(codeLine.parentElement?.firstChild?.textContent).toBe(sentence);
}

describe('an edit form’s footer when the local store refuses the save', () => {
  it('puts “Error code for your administrator” on a line of its own under the sentence (a contact person)', async () => {
    let id = '';
    const { user } = await renderPane(<ClientScreenFor get={() => id} tab="contacts" />, { seed: seedContoso((v) => (id = v)) });
    await user.click(await screen.findByRole('button', { name: 'Edit Anna Koval' }));
    const form = screen.getByRole('form', { name: 'Edit Anna Koval' });
    await user.type(within(form).getByRole('textbox', { name: 'Position' }), 'Buyer');
    const store = writeFailsAt('contacts', 'UnknownError');
    try {
      await user.click(within(form).getByRole('button', { name: 'Save contact' }));
      await within(form).findByText(codeEn);
      expectCodeOnItsOwnLine(refusedEn, codeEn);
      expect(within(form).getByRole('textbox', { name: 'Position' })).toHaveValue('Buyer');
    } finally {
      store.mend();
    }
  });

  it('does so in Ukrainian too (Edit card)', async () => {
    let id = '';
    const { user } = await renderPane(<ClientScreenFor get={() => id} />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }), seed: seedContoso((v) => (id = v)) });
    await user.click(await screen.findByRole('button', { name: 'Редагувати картку' }));
    await user.type(screen.getByLabelText('Місто'), 'Львів');
    const store = writeFailsAt('clients', 'UnknownError');
    try {
      await user.click(screen.getByRole('button', { name: 'Зберегти' }));
      await screen.findByText('Код помилки для адміністратора: UnknownError');
      expectCodeOnItsOwnLine(
        'Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора. Нічого не збережено; ваші зміни лишилися у формі.',
        'Код помилки для адміністратора: UnknownError',
      );
      expect(screen.getByLabelText('Місто')).toHaveValue('Львів');
    } finally {
      store.mend();
    }
  });

  it('words a new client’s refused save as the edit forms do, not inside “Could not save: …”', async () => {
    const draft = { name: 'Fabrikam', domains: ['fabrikam.ua'], website: '', phone: '', contact: { name: '', email: '', position: '', phones: [] }, leadSource: '', trigger: '' };
    const { user } = await renderPane(<CreateRoute />, { route: { screen: 'create-client', draft } });
    await screen.findByLabelText(/^Client name/);
    const store = writeFailsAt('clients', 'UnknownError');
    try {
      await user.click(screen.getByRole('button', { name: 'Save client' }));
      await screen.findByText(codeEn);
      expectCodeOnItsOwnLine(refusedEn, codeEn);
    } finally {
      store.mend();
    }
  });
});
