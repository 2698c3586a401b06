/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { LoggingRulesSection } from '../../../src/taskpane/modules/settings/components/LoggingRulesSection';
import { aReadItem } from '../../support/builders/aReadItem';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(20_000);

/**
 * Settings' logging rules with one email from Fabrikam logged automatically; just before Undo is
 * pressed, the sync pulls the entry as a colleague's (their auto-log of the same message won), so
 * the app refuses the undo as someone else's.
 */
async function undoOfColleaguesEntry(host?: FakeMailHost) {
  const pane = await renderPane(<LoggingRulesSection />, {
    host,
    seed: async (app) => {
      await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] });
      await app.logging.saveMyPrefs({ neverLog: [], autoLog: true, saveAttachments: false });
      await app.logging.autoLogOnOpen(aReadItem({ from: { name: 'Taras', email: 'taras@fabrikam.ua' } }));
    },
  });
  const listed = await screen.findByTestId('auto-logged-list');
  const [entry] = await pane.app.logging.autoLoggedEntries();
  await new ClientbookDb(pane.dbName).history.update(entry?.id ?? '', { author: 'olena@contoso.com' });
  // Pressed before the list shows the pulled change, as a user's click can be.
  fireEvent.click(within(listed).getAllByRole('button')[0] as HTMLElement);
  return pane;
}

describe('Undo of an automatic log the app refuses as someone else’s', () => {
  it('says only your own automatic entries can be undone here, as a sentence of its own', async () => {
    await undoOfColleaguesEntry();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Only your own automatic entries can be undone here\.$/);
  });

  it('says it in Ukrainian in a Ukrainian pane, with no English in it', async () => {
    await undoOfColleaguesEntry(new FakeMailHost({ displayLanguage: 'uk-UA' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Тут можна скасувати лише власні автоматичні записи\.$/);
    expect(alert.textContent).not.toMatch(/[A-Za-z]/);
  });
});
