/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { OfficeAsyncError } from '../../../src/adapters/office/OfficeAsyncError';
import type { ComposeItem } from '../../../src/domain/ports';
import { MessagePanel } from '../../../src/taskpane/modules/message/components/MessagePanel';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(20_000);

/** A draft whose recipients Outlook refuses the first time, as Office.js rejects, and gives the next. */
function refusingDraft(): ComposeItem {
  let refusals = 1;
  return {
    mode: 'compose',
    itemId: 'draft-1',
    getRecipients: async () => {
      if (refusals-- > 0) throw new OfficeAsyncError('Reading the To recipients', { code: 5001, detail: 'An internal error has occurred.', cause: null });
      return { to: [{ name: 'Ann Lee', email: 'ann@contoso.com' }], cc: [] };
    },
    getSubject: async () => '',
  };
}

async function openDraft(language: 'en-GB' | 'uk-UA') {
  const draft = refusingDraft();
  return renderPane(<MessagePanel item={draft} />, {
    host: new FakeMailHost({ item: draft, displayLanguage: language }),
    seed: async (app) => {
      await app.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [] });
    },
  });
}

describe('a draft whose recipients Outlook does not give', () => {
  it('says so and what to do, with Outlook’s code on a line of its own, and Check recipients again matches them', async () => {
    const { user } = await openDraft('en-GB');

    const said = await screen.findByText(/^Outlook did not give the message’s recipients/);
    expect(said).toHaveTextContent(/^Outlook did not give the message’s recipients, so they could not be matched\. Choose Check recipients again; if it fails again, tell your administrator\./);
    expect(within(said).getByText('Error code for your administrator: Office.js Reading the To recipients 5001')).toBeInTheDocument();
    expect(said).not.toHaveTextContent('An internal error has occurred');

    await user.click(screen.getByRole('button', { name: 'Check recipients again' }));
    expect(await screen.findByText('New colleague at Contoso')).toBeInTheDocument();
  });

  it('says so in Ukrainian, with no Office English in the sentence', async () => {
    await openDraft('uk-UA');

    const said = await screen.findByText(/^Outlook не віддав одержувачів листа/);
    expect(said).toHaveTextContent(/^Outlook не віддав одержувачів листа, тож їх не вдалося зіставити\. Натисніть «Перевірити одержувачів ще раз»; якщо знову не вийде, зверніться до адміністратора\./);
    expect(said).not.toHaveTextContent('An internal error has occurred');
  });
});
