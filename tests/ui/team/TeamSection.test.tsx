/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import type { AccessTokenSource } from '../../../src/adapters/auth/AccessTokenSource';
import { AuthError } from '../../../src/adapters/auth/AuthError';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { NotAllowedError } from '../../../src/app/requireRole';
import { TeamSection } from '../../../src/taskpane/modules/team/components/TeamSection';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderTeamPane, savedConnection } from './support/renderTeamPane';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

const cancelling: AccessTokenSource = {
  configured: true,
  getToken: async () => {
    throw new AuthError('cancelled', 'The user closed the window');
  },
};

describe('Settings → Team store', () => {
  it('asks for the app registration before connecting, and explains a wrong site address', async () => {
    const { user } = await renderTeamPane(<TeamSection />, { tokens: cancelling, online: () => true });
    expect(screen.getByRole('textbox', { name: /Tenant/ })).toHaveAccessibleDescription(/^Your Microsoft 365 administrator registers Clientbook/);
    expect(screen.queryByText(/docs\//)).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /SharePoint site address/ }), 'https://contoso.sharepoint.com/sites/sales');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the app registration (client) id and the tenant first.');

    await user.type(screen.getByRole('textbox', { name: /App registration \(client\) id/ }), '11111111-2222-3333-4444-555555555555');
    await user.type(screen.getByRole('textbox', { name: /Tenant/ }), 'contoso.onmicrosoft.com');
    await user.clear(screen.getByRole('textbox', { name: /SharePoint site address/ }));
    await user.type(screen.getByRole('textbox', { name: /SharePoint site address/ }), 'http://contoso');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No SharePoint site at this address.');
  });

  it('says the sign-in was cancelled, or that the device is offline', async () => {
    let online = true;
    const { user } = await renderTeamPane(<TeamSection />, { tokens: cancelling, online: () => online });
    await user.type(screen.getByRole('textbox', { name: /SharePoint site address/ }), 'https://contoso.sharepoint.com/sites/sales');
    await user.type(screen.getByRole('textbox', { name: /App registration \(client\) id/ }), 'client-1');
    await user.type(screen.getByRole('textbox', { name: /Tenant/ }), 'contoso.onmicrosoft.com');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-in was cancelled. Connect again when you are ready.');

    online = false;
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText(/No connection to Microsoft 365/)).toBeInTheDocument();
  });

  it('lets the head of sales change roles, shows them read-only to a manager, and disconnects keeping the records', async () => {
    const host = new FakeMailHost({ user: { email: 'maria.koval@clientbook.example', displayName: 'Maria Koval' } });
    const { user, app, dbName } = await renderTeamPane(<TeamSection />, { tokens: cancelling, online: () => false, connection: savedConnection(), host });
    const db = new ClientbookDb(dbName);
    const at = '2026-03-01T10:00:00.000Z';
    await db.members.bulkPut([
      { id: 'member:maria.koval@clientbook.example', email: 'maria.koval@clientbook.example', name: 'Maria Koval', role: 'head-of-sales', createdAt: at, updatedAt: at },
      { id: 'member:petro.ivanenko@clientbook.example', email: 'petro.ivanenko@clientbook.example', name: 'Petro Ivanenko', role: 'manager', createdAt: at, updatedAt: at },
    ]);
    expect(screen.getByText('Connected to https://contoso.sharepoint.com/sites/sales')).toBeInTheDocument();

    await user.selectOptions(await screen.findByRole('combobox', { name: /Petro Ivanenko/ }), 'Marketing');
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Petro Ivanenko/ })).toHaveValue('marketing'));
    expect((await db.members.get('member:petro.ivanenko@clientbook.example'))?.role).toBe('marketing');
    // The change waits in the outbox for the next sync, like any other write.
    expect(await db.outbox.where('[table+key]').equals(['members', 'member:petro.ivanenko@clientbook.example']).count()).toBe(1);

    // Dropped from the team list meanwhile (another device's sync, before this screen heard of it): the refusal says so.
    const setRole = app.team!.setRole.bind(app.team);
    app.team!.setRole = async () => {
      throw new NotAllowedError(null, ['head-of-sales']);
    };
    await user.selectOptions(screen.getByRole('combobox', { name: /Petro Ivanenko/ }), 'Manager');
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not in the team list yet: this is for Head of sales.');
    app.team!.setRole = setRole;

    // Giving away the only head-of-sales role would leave the team without one.
    await user.selectOptions(screen.getByRole('combobox', { name: /Maria Koval/ }), 'Manager');
    expect(await screen.findByRole('alert')).toHaveTextContent('The team needs a head of sales');

    await db.members.update('member:maria.koval@clientbook.example', { role: 'manager' });
    expect(await screen.findByText('Only the head of sales changes roles.')).toBeInTheDocument();
    expect(screen.getByText('Petro Ivanenko — Marketing')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();

    const clients = await app.queries.countClients();
    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    expect(await screen.findByRole('button', { name: 'Connect' })).toBeInTheDocument();
    expect(app.team!.connection()).toBeNull();
    expect(await app.queries.countClients()).toBe(clients);
    db.close();
  });
});
