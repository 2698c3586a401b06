import { decodeAuthDialogMessage } from '../../../src/adapters/auth/authDialogMessage';
import { authDialogUrl } from '../../../src/adapters/auth/authDialogRequest';
import { runAuthDialog } from '../../../src/adapters/auth/runAuthDialog';
import { aToken, FakeMsalClient, fakeMsalFactory, msalError } from './support/FakeMsalClient';

const dialogUrl = authDialogUrl('https://crm.contoso.com', {
  clientId: 'app-id',
  tenant: 'contoso.onmicrosoft.com',
  scopes: ['https://graph.microsoft.com/Sites.ReadWrite.All'],
});

async function runDialog(client: FakeMsalClient, url = dialogUrl) {
  const sent: string[] = [];
  const createClient = fakeMsalFactory(client);
  await runAuthDialog({ url, send: (message) => sent.push(message), production: true, createClient });
  return { messages: sent.map(decodeAuthDialogMessage), createClient };
}

describe('runAuthDialog', () => {
  it('sends the user to Microsoft sign-in for exactly the scopes the pane asked for', async () => {
    const client = new FakeMsalClient();

    const { messages, createClient } = await runDialog(client);

    expect(messages).toEqual([]);
    expect(createClient.calls).toEqual([
      {
        mode: 'standard',
        options: {
          clientId: 'app-id',
          authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
          redirectUri: 'https://crm.contoso.com/auth-bridge.html',
          production: true,
        },
      },
    ]);
    expect(client.redirectRequests).toHaveLength(1);
    expect(client.redirectRequests[0]?.scopes).toEqual(['https://graph.microsoft.com/Sites.ReadWrite.All']);
    expect(new URL(client.redirectRequests[0]?.redirectStartPage ?? '').searchParams.get('returned')).toBe('1');
  });

  it('sends the token to the pane when sign-in comes back', async () => {
    const client = new FakeMsalClient();
    client.redirectResult = aToken('dialog-token', { expiresOn: new Date('2026-11-27T09:00:00Z') });

    const { messages } = await runDialog(client, `${dialogUrl}&returned=1`);

    expect(messages).toEqual([{ status: 'token', accessToken: 'dialog-token', expiresOn: Date.parse('2026-11-27T09:00:00Z') }]);
    expect(client.redirectRequests).toHaveLength(0);
  });

  it('reports a sign-in that came back empty instead of redirecting again', async () => {
    const client = new FakeMsalClient();

    const { messages } = await runDialog(client, `${dialogUrl}&returned=1`);

    expect(messages).toEqual([expect.objectContaining({ status: 'error', reason: 'failed' })]);
    expect(client.redirectRequests).toHaveLength(0);
  });

  it('reports the user declining as cancelled, with MSAL\'s code', async () => {
    const client = new FakeMsalClient();
    client.redirectResult = msalError('access_denied');

    const { messages } = await runDialog(client, `${dialogUrl}&returned=1`);

    expect(messages).toEqual([expect.objectContaining({ status: 'error', reason: 'cancelled', code: 'access_denied' })]);
  });

  it('reports a dialog opened without a registration as not configured, without starting MSAL', async () => {
    const client = new FakeMsalClient();

    const { messages, createClient } = await runDialog(client, 'https://crm.contoso.com/auth-dialog.html?scopes=User.Read');

    expect(messages).toEqual([expect.objectContaining({ status: 'error', reason: 'not-configured' })]);
    expect(createClient.calls).toHaveLength(0);
  });
});
