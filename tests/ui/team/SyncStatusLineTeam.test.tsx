/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import type { AccessTokenSource, TokenRequestOptions } from '../../../src/adapters/auth/AccessTokenSource';
import { AuthError } from '../../../src/adapters/auth/AuthError';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { DexieSyncState } from '../../../src/adapters/storage/DexieSyncState';
import { SyncStatusLine } from '../../../src/taskpane/modules/sync-status/components/SyncStatusLine';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderTeamPane, savedConnection } from './support/renderTeamPane';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

/** Outlook's token broker when the user has not signed in: silent requests need interaction. */
function signedOutTokens(onInteractive: () => Promise<string>) {
  const calls: TokenRequestOptions[] = [];
  const tokens: AccessTokenSource = {
    configured: true,
    async getToken(_scopes, options = {}) {
      calls.push(options);
      if (options.interactive) return onInteractive();
      throw new AuthError('interaction-required', 'Sign-in needed');
    },
  };
  return { tokens, calls };
}

describe('SyncStatusLine with a team store', () => {
  it('shows sign-in needed with a Sign in button, and does not keep retrying in the background', async () => {
    let online = true;
    const { tokens, calls } = signedOutTokens(async () => 'token');
    const { user, showPane, app } = await renderTeamPane(<SyncStatusLine />, { tokens, online: () => online, connection: savedConnection() });

    const status = await screen.findByText(/Sign-in needed to sync with the team store/);
    expect(status).toHaveAttribute('data-phase', 'sign-in-needed');
    // One sync asked silently (its parallel calls each once); more triggers — the pane shown
    // again, a request after a local change — ask for nothing until the user signs in.
    const asked = calls.length;
    expect(calls.every((c) => c.interactive === false)).toBe(true);
    showPane();
    app.team!.requestSync();
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).toHaveLength(asked);

    online = false;
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(calls.at(-1)).toEqual({ interactive: true });
    expect(await screen.findByText(/Offline: saved on this device/)).toHaveAttribute('data-phase', 'offline');
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('says so when the sign-in window is closed, and keeps the Sign in button', async () => {
    const { tokens } = signedOutTokens(async () => {
      throw new AuthError('cancelled', 'The user closed the window');
    });
    const { user } = await renderTeamPane(<SyncStatusLine />, { tokens, online: () => true, connection: savedConnection() });
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-in did not complete. Try again.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('counts the changes waiting for the team store while offline', async () => {
    const { tokens } = signedOutTokens(async () => 'token');
    const { app } = await renderTeamPane(<SyncStatusLine />, { tokens, online: () => false, connection: savedConnection() });
    const before = await app.queries.pendingOutboxCount();
    expect(await screen.findByText(`Offline: saved on this device · ${before} changes waiting for the team store`)).toHaveAttribute('data-phase', 'offline');

    await app.createClient({ client: { name: 'Contoso' }, contacts: [] });

    expect(await screen.findByText(`Offline: saved on this device · ${before + 1} changes waiting for the team store`)).toBeInTheDocument();
  });

  it('counts waiting changes with Ukrainian plurals', async () => {
    const { tokens } = signedOutTokens(async () => 'token');
    const { app } = await renderTeamPane(<SyncStatusLine />, { tokens, online: () => false, connection: savedConnection(), host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    // Bring the count to a number ending in 1, then to one ending in 2..4: "зміна", "зміни".
    let count = await app.queries.pendingOutboxCount();
    while (count % 10 !== 1 || count % 100 === 11) {
      await app.createClient({ client: { name: `Клієнт ${count}` }, contacts: [] });
      count++;
    }
    expect(await screen.findByText(`Немає з’єднання: збережено на цьому пристрої · ${count} зміна чекає на спільне сховище`)).toBeInTheDocument();

    await app.createClient({ client: { name: 'Альфа' }, contacts: [] });
    expect(await screen.findByText(`Немає з’єднання: збережено на цьому пристрої · ${count + 1} зміни чекають на спільне сховище`)).toBeInTheDocument();
  });

  it('opens the conflict log from the status line and restores a replaced value', async () => {
    const { tokens } = signedOutTokens(async () => 'token');
    const { user, app, dbName } = await renderTeamPane(<SyncStatusLine />, { tokens, online: () => false, connection: savedConnection() });
    const client = await app.createClient({ client: { name: 'Contoso', phone: '+380 44 000 0002' }, contacts: [] });
    const clientId = client.id;
    const db = new ClientbookDb(dbName);
    await new DexieSyncState(db).addConflicts([
      { table: 'clients', key: clientId, field: 'phone', kept: '+380 44 000 0002', lost: '+380 44 000 0001', keptAt: '2026-03-01T10:05:00.000Z', lostAt: '2026-03-01T10:04:00.000Z', at: '2026-03-01T10:06:00.000Z' },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Conflicts (1)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Conflict log' });
    const entry = within(dialog).getByTestId('conflict-entry');
    expect(entry).toHaveTextContent('Contoso · phone');
    expect(entry).toHaveTextContent('Kept+380 44 000 0002');
    expect(entry).toHaveTextContent('Replaced+380 44 000 0001');

    await user.click(within(entry).getByRole('button', { name: 'Restore: +380 44 000 0001' }));
    await waitFor(() => expect(within(dialog).getByTestId('conflict-entry')).toHaveTextContent(/Restored/));
    expect((await db.clients.get(clientId))?.phone).toBe('+380 44 000 0001');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Nothing left to restore; the log stays reachable for what was restored.
    expect(await screen.findByText('Conflicts (0)')).toBeInTheDocument();
    db.close();
  });
});
