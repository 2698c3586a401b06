/**
 * Panes wired as the product wires them (openApp with its team store) against the Graph emulator:
 * only the Graph root, the token source and the settings storage differ from Outlook.
 */
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import type { AccessTokenSource } from '../../../../src/adapters/auth/AccessTokenSource';
import type { App } from '../../../../src/app/createApp';
import { openApp } from '../../../../src/app/openApp';
import type { TeamController } from '../../../../src/app/team/TeamController';
import { localTeamSettings, type TeamSettingsStorage } from '../../../../src/app/team/TeamSettings';
import type { UserProfile } from '../../../../src/domain/ports';
import { FakeMailHost } from '../../../support/fakeMailHost';
import { GraphEmulator } from '../../../support/graph-emulator/GraphEmulator';

export const SITE_URL = 'https://contoso.sharepoint.com/sites/sales';
export const SETTINGS = { siteUrl: SITE_URL, clientId: '11111111-2222-3333-4444-555555555555', tenant: 'contoso.onmicrosoft.com' };

export const maria: UserProfile = { email: 'maria.koval@clientbook.example', displayName: 'Maria Koval' };
export const petro: UserProfile = { email: 'petro.ivanenko@clientbook.example', displayName: 'Petro Ivanenko' };

export const fixedTokens: AccessTokenSource = { configured: true, getToken: async () => 'test-token' };

export type TeamPane = { app: App; team: TeamController; host: FakeMailHost; dbName: string; storage: TeamSettingsStorage };

export async function startEmulator(): Promise<GraphEmulator> {
  // Room for several Connects a minute: these tests are about wiring, not the tenant's budget.
  const emulator = new GraphEmulator({ budgetPerMinute: 100_000 });
  await emulator.start();
  emulator.addSite(SITE_URL);
  return emulator;
}

/** A pane on its own IndexedDB; pass `reopen` to open the same database and settings again. */
export async function openTeamPane(
  emulator: GraphEmulator,
  options: { user?: UserProfile; tokens?: AccessTokenSource; reopen?: TeamPane; online?: () => boolean } = {},
): Promise<TeamPane> {
  const dbName = options.reopen?.dbName ?? `team-pane-${randomUUID()}`;
  const storage = options.reopen?.storage ?? localTeamSettings(dbName, null);
  const host = options.reopen?.host ?? new FakeMailHost({ user: options.user ?? maria });
  const app = await openApp(host, {
    dbName,
    team: {
      graphBaseUrl: `${emulator.baseUrl}/v1.0`,
      tokensFor: async () => options.tokens ?? fixedTokens,
      storage,
      // The tests trigger syncs themselves (Connect, ItemChanged); the minute timer never fires.
      triggers: { isVisible: () => true, onVisibilityChange: () => () => undefined, onOnline: () => () => undefined },
      intervalMs: 3_600_000,
      isOnline: options.online ?? (() => true),
    },
  });
  return { app, team: app.team!, host, dbName, storage };
}

/** Waits until `check` holds, polling: syncs run in the background of the pane. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('Condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** How many items a list of the team site holds. */
export function itemsIn(emulator: GraphEmulator, displayName: string): number {
  return emulator.sharePoint.listByName(displayName)?.items.size ?? 0;
}
