/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { AuthError } from '../../../src/adapters/auth/AuthError';
import type { AccessTokenSource } from '../../../src/adapters/auth/AccessTokenSource';
import type { ReadItem } from '../../../src/domain/ports';
import { ConversationLogSection } from '../../../src/taskpane/modules/message/components/ConversationLogSection';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import { aReadItem } from '../../support/builders/aReadItem';
import { renderTeamPane, savedConnection } from '../team/support/renderTeamPane';
import { browserSignIn, FakeMsalClient, msalError } from '../../unit/auth/support/FakeMsalClient';

jest.setTimeout(20_000);

const fabrikam = { client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] };
const inThread = (n: number): ReadItem => aReadItem({ from: { name: 'Taras Shevchuk', email: 'taras.shevchuk@fabrikam.ua' }, conversationId: 'conv-quote', internetMessageId: `<quote-${n}@fabrikam.ua>`, itemId: `quote-${n}` });

/** The team's sign-in: sync works, mail needs the user's consent, which they refuse the first time. */
function mailConsent() {
  const interactive: string[][] = [];
  let refusals = 1;
  let consented = false;
  const tokens: AccessTokenSource = {
    configured: true,
    async getToken(scopes, options) {
      if (!scopes.some((s) => s.includes('/Mail.'))) return 'sync-token';
      if (options?.interactive) {
        interactive.push([...scopes]);
        if (refusals-- > 0) throw new AuthError('cancelled', 'The sign-in window was closed');
        consented = true;
      }
      if (!consented) throw new AuthError('interaction-required', 'Consent is needed');
      return 'mail-token';
    },
  };
  return { tokens, interactive };
}

describe('the conversation line in Outlook without the whole thread', () => {
  it('without a team store, shows what the pane logged and says a team store is needed for the rest', async () => {
    const open = inThread(3);
    const host = new FakeMailHost({ item: open });
    await renderPane(<ConversationLogSection item={open} clientId="" />, {
      host,
      seed: async (app) => {
        const client = await app.createClient(fabrikam);
        await app.logEmail(inThread(1), client.id);
        await app.logEmail(inThread(2), client.id);
      },
    });
    const thread = await screen.findByTestId('conversation-log');
    expect(within(thread).getByText('2 of at least 3 logged')).toBeInTheDocument();
    expect(within(thread).getByTestId('conversation-needs-team')).toHaveTextContent('connect a team store and sign in');
    expect(within(thread).queryByRole('button', { name: 'Log the rest' })).not.toBeInTheDocument();
  });

  it('with a team store, offers Sign in, asks for mail once with a window, and says when the sign-in did not complete', async () => {
    const { tokens, interactive } = mailConsent();
    const open = inThread(1);
    const { user } = await renderTeamPane(<ConversationLogSection item={open} clientId="" />, { tokens, online: () => true, connection: savedConnection(), host: new FakeMailHost({ item: open }) });
    const thread = await screen.findByTestId('conversation-log');
    expect(within(thread).getByText('0 of at least 1 logged')).toBeInTheDocument();

    await user.click(within(thread).getByRole('button', { name: 'Sign in' }));

    expect(await within(thread).findByText('Sign-in was cancelled. Choose Sign in again when you are ready.')).toBeInTheDocument();
    expect(interactive).toEqual([['https://graph.microsoft.com/Mail.Read', 'https://graph.microsoft.com/Mail.ReadWrite']]);
  });

  it('says in Ukrainian that a sign-in window is already open, with no English from the library in it', async () => {
    const thread = await signInWith(new FakeMsalClient().popupAnswers(msalError('interaction_in_progress'), msalError('interaction_in_progress')), 'uk-UA');

    const bar = await within(thread).findByText(/^Вікно входу вже відкрите/);
    expect(bar).toHaveTextContent('Вікно входу вже відкрите. Завершіть вхід у ньому або закрийте його, а тоді знову натисніть «Увійти».');
    expect(bar.textContent).not.toMatch(/[A-Za-z]/);
  });

  it('says what to do when the browser blocks the sign-in window', async () => {
    const blocked = await signInWith(new FakeMsalClient().popupAnswers(msalError('popup_window_error')));
    expect(await within(blocked).findByText('The browser blocked the sign-in window. Allow pop-ups for this site, then choose Sign in again.')).toBeInTheDocument();
  });

  it('gives an unknown sign-in failure as a code for the administrator on a line of its own, not MSAL’s sentence', async () => {
    const thread = await signInWith(new FakeMsalClient().popupAnswers(msalError('endpoints_resolution_error', 'Endpoints cannot be resolved')));

    expect(await within(thread).findByText(/Sign-in did not complete\. Try again; if it fails again, tell your Microsoft 365 administrator\./)).toBeInTheDocument();
    expect(within(thread).getByText('Error code for your administrator: endpoints_resolution_error')).toBeInTheDocument();
    expect(thread).not.toHaveTextContent('Endpoints cannot be resolved');
  });
});

/** Sign in from the conversation line with MSAL's popup, here a stand-in answering as MSAL does. */
async function signInWith(client: FakeMsalClient, language: 'en-GB' | 'uk-UA' = 'en-GB') {
  const open = inThread(1);
  const { user } = await renderTeamPane(<ConversationLogSection item={open} clientId="" />, {
    tokens: browserSignIn(client),
    online: () => true,
    connection: savedConnection(),
    host: new FakeMailHost({ item: open, displayLanguage: language }),
  });
  const thread = await screen.findByTestId('conversation-log');
  await user.click(within(thread).getByRole('button', { name: language === 'uk-UA' ? 'Увійти' : 'Sign in' }));
  return thread;
}
