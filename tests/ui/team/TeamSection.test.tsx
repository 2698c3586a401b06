/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import type { ReactNode } from 'react';
import type { AccessTokenSource } from '../../../src/adapters/auth/AccessTokenSource';
import { AuthError } from '../../../src/adapters/auth/AuthError';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { NotAllowedError } from '../../../src/app/requireRole';
import { LoggingRulesSection } from '../../../src/taskpane/modules/settings/components/LoggingRulesSection';
import { TeamSection } from '../../../src/taskpane/modules/team/components/TeamSection';
import { NavigationContext } from '../../../src/taskpane/ui/Route';
import { useRouteStack } from '../../../src/taskpane/ui/useRouteStack';
import { diskFullAt } from '../../support/diskFullAt';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderTeamPane, savedConnection, typeSettingsAndConnect } from './support/renderTeamPane';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

const cancelling: AccessTokenSource = {
  configured: true,
  getToken: async () => {
    throw new AuthError('cancelled', 'The user closed the window');
  },
};

/** The pane's navigation, which the logging rules' links use. */
function Navigated({ children }: { children: ReactNode }) {
  return <NavigationContext.Provider value={useRouteStack()}>{children}</NavigationContext.Provider>;
}

const MARIA = { email: 'maria.koval@clientbook.example', displayName: 'Maria Koval' };

/** The pane's store with Maria, the head of sales, and Petro, a manager, in the Team members list. */
async function withHeadAndManager(dbName: string): Promise<ClientbookDb> {
  const db = new ClientbookDb(dbName);
  const at = '2026-03-01T10:00:00.000Z';
  await db.members.bulkPut([
    { id: 'member:maria.koval@clientbook.example', email: MARIA.email, name: MARIA.displayName, role: 'head-of-sales', createdAt: at, updatedAt: at },
    { id: 'member:petro.ivanenko@clientbook.example', email: 'petro.ivanenko@clientbook.example', name: 'Petro Ivanenko', role: 'manager', createdAt: at, updatedAt: at },
  ]);
  return db;
}

describe('Settings → Team store', () => {
  it('checks every field on the fields before connecting, and keeps the focus through a failed Connect', async () => {
    let asked = 0;
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const tokens: AccessTokenSource = {
      configured: true,
      getToken: async () => {
        asked++;
        await answered;
        throw new AuthError('cancelled', 'The user closed the window');
      },
    };
    const { user } = await renderTeamPane(<TeamSection />, { tokens, online: () => true });
    expect(screen.getByRole('textbox', { name: /Tenant/ })).toHaveAccessibleDescription(/^Your Microsoft 365 administrator registers Clientbook/);
    expect(screen.queryByText(/docs\//)).not.toBeInTheDocument();
    const site = screen.getByRole('textbox', { name: /SharePoint site address/ });
    const clientId = screen.getByRole('textbox', { name: /App registration \(client\) id/ });
    const tenant = screen.getByRole('textbox', { name: /Tenant/ });
    await user.type(site, 'contoso sales site');
    await user.type(clientId, 'abc');
    await user.type(tenant, 'contoso');
    await user.click(screen.getByRole('button', { name: 'Connect' }));

    expect(await screen.findByText('Enter the site’s full web address, starting with https://, as in the example.')).toBeInTheDocument();
    expect(clientId).toHaveAccessibleDescription(/^Enter the client id your administrator gave you/);
    expect(tenant).toHaveAccessibleDescription(/^Enter the tenant id or one of its domains/);
    expect(site).toHaveFocus();
    expect(screen.queryByText(/No SharePoint site|Could not connect/)).not.toBeInTheDocument();
    expect(asked).toBe(0);

    await user.clear(site);
    await user.type(site, 'https://contoso.sharepoint.com/sites/sales');
    await user.clear(clientId);
    await user.type(clientId, '11111111-2222-3333-4444-555555555555');
    await user.clear(tenant);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('Enter the tenant id or one of its domains, like contoso.onmicrosoft.com.')).toBeInTheDocument();
    expect(site).not.toHaveAttribute('aria-invalid', 'true');
    expect(tenant).toHaveFocus();

    await user.type(tenant, 'contoso.onmicrosoft.com');
    const connect = screen.getByRole('button', { name: 'Connect' });
    await user.click(connect);
    expect(await screen.findByText('Checking the lists on the site…')).toBeInTheDocument();
    // While it works nothing under the focus is disabled, so the browser does not drop it to the page.
    expect(connect).not.toBeDisabled();
    expect(connect).toHaveAttribute('aria-disabled', 'true');
    expect(site).not.toBeDisabled();
    expect(connect).toHaveFocus();
    answer();
    expect(await screen.findByText('Sign-in was cancelled. Connect again when you are ready.')).toBeInTheDocument();
    expect(asked).toBe(1);
    expect(connect).toHaveFocus();
  });

  it('says in Ukrainian why it could not connect, with the code for the administrator, not the library’s English, only where no reason is known', async () => {
    const broken: AccessTokenSource = {
      configured: true,
      getToken: async () => {
        throw new Error('AADSTS700016: Application not found in the directory');
      },
    };
    const { user } = await renderTeamPane(<TeamSection />, { tokens: broken, online: () => true, host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    await user.type(screen.getByRole('textbox', { name: /Адреса сайту SharePoint/ }), 'https://contoso.sharepoint.com/sites/sales');
    await user.type(screen.getByRole('textbox', { name: /Ідентифікатор реєстрації/ }), '11111111-2222-3333-4444-555555555555');
    await user.type(screen.getByRole('textbox', { name: /Тенант/ }), 'contoso.onmicrosoft.com');
    await user.click(screen.getByRole('button', { name: 'Підключити' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Не вдалося підключити\. Спробуйте ще раз; якщо знову не вийде, зверніться до адміністратора Microsoft 365\./);
    expect(screen.getByText('Код помилки для адміністратора: AADSTS700016')).toBeInTheDocument();
    expect(alert).not.toHaveTextContent('Application not found');
  });

  it('says the sign-in was cancelled, or that the device is offline', async () => {
    let online = true;
    const { user } = await renderTeamPane(<TeamSection />, { tokens: cancelling, online: () => online });
    await user.type(screen.getByRole('textbox', { name: /SharePoint site address/ }), 'https://contoso.sharepoint.com/sites/sales');
    await user.type(screen.getByRole('textbox', { name: /App registration \(client\) id/ }), '11111111-2222-3333-4444-555555555555');
    await user.type(screen.getByRole('textbox', { name: /Tenant/ }), 'contoso.onmicrosoft.com');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-in was cancelled. Connect again when you are ready.');

    online = false;
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText(/No connection to Microsoft 365/)).toBeInTheDocument();
  });

  it('lets the head of sales change roles, shows them read-only to a manager, and disconnects keeping the records', async () => {
    const host = new FakeMailHost({ user: MARIA });
    const { user, app, dbName } = await renderTeamPane(<TeamSection />, { tokens: cancelling, online: () => false, connection: savedConnection(), host });
    const db = await withHeadAndManager(dbName);
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

  it('says once, in words, that a role change was not saved because the device’s storage is full', async () => {
    const host = new FakeMailHost({ user: MARIA });
    const { user, dbName } = await renderTeamPane(<TeamSection />, { tokens: cancelling, online: () => false, connection: savedConnection(), host });
    const db = await withHeadAndManager(dbName);
    const disk = diskFullAt('Petro Ivanenko');
    try {
      await user.selectOptions(await screen.findByRole('combobox', { name: /Petro Ivanenko/ }), 'Marketing');
      expect(await screen.findByRole('alert')).toHaveTextContent(/^The role was not changed\. The device’s storage is full: free some space first\.$/);
      expect(screen.queryByText(/QuotaExceeded|disk is full|Dexie/)).not.toBeInTheDocument();
    } finally {
      disk.free();
    }
    expect((await db.members.get('member:petro.ivanenko@clientbook.example'))?.role).toBe('manager');
    db.close();
  });

  it('says in Ukrainian that the store refused a role change, with the code for the administrator, not Dexie’s English', async () => {
    const host = new FakeMailHost({ user: MARIA, displayLanguage: 'uk-UA' });
    const { user, app, dbName } = await renderTeamPane(<TeamSection />, { tokens: cancelling, online: () => false, connection: savedConnection(), host });
    const db = await withHeadAndManager(dbName);
    app.team!.setRole = async () => {
      throw new Dexie.AbortError('Transaction aborted', new DOMException('Disk I/O error', 'UnknownError'));
    };
    await user.selectOptions(await screen.findByRole('combobox', { name: /Petro Ivanenko/ }), 'Маркетинг');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /^Роль не змінено\. Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора\.Код помилки для адміністратора: UnknownError$/,
    );
    expect(alert).not.toHaveTextContent(/Transaction|Disk I\/O|AbortError/);
    db.close();
  });

  it('takes the green "Connected." away once a role change is refused: only the latest outcome shows', async () => {
    const host = new FakeMailHost({ user: MARIA });
    const { user, app, dbName } = await renderTeamPane(<TeamSection />, { tokens: cancelling, online: () => false, connection: savedConnection(), host });
    const db = await withHeadAndManager(dbName);
    // A Connect again that found everything in place (the Graph side is the integration tests').
    app.team!.connect = async () => ({ created: [], queued: 0, role: 'head-of-sales' });
    await user.click(screen.getByRole('button', { name: 'Connect again' }));
    expect(await screen.findByText(/^Connected\. The site’s lists are up to date/)).toBeInTheDocument();

    await user.selectOptions(await screen.findByRole('combobox', { name: /Maria Koval/ }), 'Manager');
    expect(await screen.findByRole('alert')).toHaveTextContent('The team needs a head of sales: give the role to someone else first.');
    expect(screen.queryByText(/^Connected\./)).not.toBeInTheDocument();
    expect(screen.getByText('Connected to https://contoso.sharepoint.com/sites/sales')).toBeInTheDocument();
    db.close();
  });

  it('takes a green "Saved." elsewhere in Settings away once Connect fails', async () => {
    const { user } = await renderTeamPane(
      <Navigated>
        <LoggingRulesSection />
        <TeamSection />
      </Navigated>,
      { tokens: cancelling, online: () => true },
    );
    await user.click(await screen.findByRole('button', { name: 'Save team rules' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();

    await typeSettingsAndConnect(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-in was cancelled. Connect again when you are ready.');
    expect(screen.queryByText('Saved.')).not.toBeInTheDocument();
  });
});
