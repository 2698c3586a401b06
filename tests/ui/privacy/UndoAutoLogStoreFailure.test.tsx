/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { LoggingRulesSection } from '../../../src/taskpane/modules/settings/components/LoggingRulesSection';
import { aReadItem } from '../../support/builders/aReadItem';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import { writeFailsAt } from '../../support/writeFailsAt';

jest.setTimeout(20_000);

/** Settings' logging rules with one email from Fabrikam logged automatically, its Undo at hand. */
async function oneAutoLogged(host?: FakeMailHost) {
  const pane = await renderPane(<LoggingRulesSection />, {
    host,
    seed: async (app) => {
      await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] });
      await app.logging.saveMyPrefs({ neverLog: [], autoLog: true, saveAttachments: false });
      await app.logging.autoLogOnOpen(aReadItem({ from: { name: 'Taras', email: 'taras@fabrikam.ua' } }));
    },
  });
  return { ...pane, listed: await screen.findByTestId('auto-logged-list') };
}

describe('Undo of an automatic log the local store refuses', () => {
  it('says the device’s storage is full, in words, and keeps the entry listed', async () => {
    const { user, listed } = await oneAutoLogged();
    const disk = writeFailsAt('history', 'QuotaExceededError');
    try {
      await user.click(within(listed).getByRole('button', { name: /^Undo/ }));
      const alert = await screen.findByText(/^Could not undo: /);
      expect(alert).toHaveTextContent(/^Could not undo: the device’s storage is full\. Free some space, then try again\.$/);
      expect(document.body).not.toHaveTextContent(/QuotaExceeded|disk is full|Dexie/);
      expect(within(listed).getByRole('button', { name: /^Undo/ })).toBeInTheDocument();
    } finally {
      disk.mend();
    }
  });

  it('says in Ukrainian that Clientbook could not write its data, with the code for the administrator on a line of its own', async () => {
    const { user, listed } = await oneAutoLogged(new FakeMailHost({ displayLanguage: 'uk-UA' }));
    const store = writeFailsAt('history', 'UnknownError');
    try {
      await user.click(within(listed).getAllByRole('button')[0] as HTMLElement);
      const alert = await screen.findByText(/^Не вдалося скасувати: /);
      expect(alert).toHaveTextContent(
        /^Не вдалося скасувати: Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора\.Код помилки для адміністратора: UnknownError$/,
      );
      expect(within(alert).getByText('Код помилки для адміністратора: UnknownError')).toBeInTheDocument();
    } finally {
      store.mend();
    }
  });
});
