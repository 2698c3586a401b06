import type { AccessTokenSource } from '../../adapters/auth/AccessTokenSource';
import type { ClientbookDb } from '../../adapters/storage/ClientbookDb';
import type { Clock, CrmStore, MailHost } from '../../domain/ports';
import type { SyncTriggers } from '../../sync/SyncScheduler';
import { TeamController, type TeamControllerOptions } from './TeamController';
import { localTeamSettings, type TeamSettings } from './TeamSettings';

/** What openApp's caller may set for the team store; everything else has the production default. */
export type TeamOptions = Partial<Pick<TeamControllerOptions, 'graphBaseUrl' | 'tokensFor' | 'storage' | 'triggers' | 'isOnline' | 'demo' | 'intervalMs'>>;

/** The browser's signals: the pane's visibility and the network coming back. */
export function browserSyncTriggers(): SyncTriggers {
  const hasDocument = typeof document !== 'undefined';
  return {
    isVisible: () => !hasDocument || document.visibilityState !== 'hidden',
    onVisibilityChange(listener) {
      if (!hasDocument) return () => undefined;
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
    onOnline(listener) {
      if (typeof window === 'undefined') return () => undefined;
      window.addEventListener('online', listener);
      return () => window.removeEventListener('online', listener);
    },
  };
}

/** MSAL's token source, imported only when a pane connects or starts connected. */
async function msalTokens(settings: TeamSettings): Promise<AccessTokenSource> {
  const { createTokenSource } = await import('../createTokenSource');
  return createTokenSource({ clientId: settings.clientId, tenant: settings.tenant });
}

export function createTeam(base: { db: ClientbookDb; store: CrmStore; host: MailHost; clock: Clock }, options: TeamOptions = {}): TeamController {
  return new TeamController({
    ...base,
    graphBaseUrl: options.graphBaseUrl ?? TeamController.graphBaseUrl,
    tokensFor: options.tokensFor ?? msalTokens,
    storage: options.storage ?? localTeamSettings(base.db.name),
    triggers: options.triggers ?? browserSyncTriggers(),
    isOnline: options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false),
    demo: options.demo ?? null,
    intervalMs: options.intervalMs,
  });
}
