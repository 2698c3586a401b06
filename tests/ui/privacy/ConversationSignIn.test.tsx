/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { AuthError } from '../../../src/adapters/auth/AuthError';
import type { AccessTokenSource } from '../../../src/adapters/auth/AccessTokenSource';
import type { ReadItem } from '../../../src/domain/ports';
import { ConversationLogSection } from '../../../src/taskpane/modules/message/components/ConversationLogSection';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import { aReadItem } from '../../support/builders/aReadItem';
import { renderTeamPane, savedConnection } from '../team/support/renderTeamPane';

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

    expect(await within(thread).findByText('Sign-in did not complete: The sign-in window was closed')).toBeInTheDocument();
    expect(interactive).toEqual([['https://graph.microsoft.com/Mail.Read', 'https://graph.microsoft.com/Mail.ReadWrite']]);
  });
});
