import '@testing-library/jest-dom';
import 'fake-indexeddb/auto';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import type { AccessTokenSource } from '../../../../src/adapters/auth/AccessTokenSource';
import { schemaFingerprint } from '../../../../src/adapters/graph/provisionTeamSite';
import { syncTables, type SyncTable } from '../../../../src/sync/syncPorts';
import { openApp } from '../../../../src/app/openApp';
import { localTeamSettings, type TeamConnection } from '../../../../src/app/team/TeamSettings';
import { initI18nFor } from '../../../../src/taskpane/i18n/i18n';
import { I18nProvider } from '../../../../src/taskpane/i18n/I18nProvider';
import { AppContext } from '../../../../src/taskpane/ui/AppContext';
import { FakeMailHost } from '../../../support/fakeMailHost';

let seq = 0;

/** A connection saved by an earlier Connect, for a site whose lists match this version. */
export function savedConnection(): TeamConnection {
  return {
    settings: { siteUrl: 'https://contoso.sharepoint.com/sites/sales', clientId: 'client-1', tenant: 'contoso.onmicrosoft.com' },
    layout: {
      siteId: 'contoso.sharepoint.com,site,web',
      lists: Object.fromEntries(syncTables.map((t) => [t, `list-${t}`])) as Record<SyncTable, string>,
      beacon: { listId: 'list-beacon', itemId: '1' },
      schema: schemaFingerprint(),
    },
  };
}

/**
 * Renders pane UI over an app wired like openApp wires Outlook's, with a given token source and
 * network state, and (optionally) a team connection saved before the pane opened.
 */
export async function renderTeamPane(
  ui: ReactNode,
  options: { tokens: AccessTokenSource; online: () => boolean; connection?: TeamConnection | null; host?: FakeMailHost; triggers?: { visible: () => void } },
) {
  const dbName = `team-ui-${process.pid}-${++seq}`;
  const storage = localTeamSettings(dbName, null);
  if (options.connection) storage.save(options.connection);
  const host = options.host ?? new FakeMailHost();
  const visibility = new Set<() => void>();
  const app = await openApp(host, {
    dbName,
    team: {
      tokensFor: async () => options.tokens,
      storage,
      isOnline: options.online,
      intervalMs: 3_600_000,
      triggers: {
        isVisible: () => true,
        onVisibilityChange: (l) => {
          visibility.add(l);
          return () => visibility.delete(l);
        },
        onOnline: () => () => undefined,
      },
    },
  });
  const i18n = await initI18nFor(host.displayLanguage());
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider i18n={i18n}>
        <AppContext.Provider value={app}>{ui}</AppContext.Provider>
      </I18nProvider>
    </FluentProvider>,
  );
  return { ...result, app, host, dbName, user: userEvent.setup(), showPane: () => visibility.forEach((l) => l()) };
}

/** Types a site and an app registration into the Team store section and presses Connect, as a user does, in English or Ukrainian. */
export async function typeSettingsAndConnect(user: UserEvent, uk = false): Promise<void> {
  await user.type(screen.getByRole('textbox', { name: uk ? /Адреса сайту SharePoint/ : /SharePoint site address/ }), 'https://contoso.sharepoint.com/sites/sales');
  await user.type(screen.getByRole('textbox', { name: uk ? /Ідентифікатор реєстрації/ : /App registration \(client\) id/ }), '11111111-2222-3333-4444-555555555555');
  await user.type(screen.getByRole('textbox', { name: uk ? /Тенант/ : /Tenant/ }), 'contoso.onmicrosoft.com');
  await user.click(screen.getByRole('button', { name: uk ? 'Підключити' : 'Connect' }));
}
