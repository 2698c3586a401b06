/**
 * The team store's running parts, loaded with import() only once a pane connects or starts
 * connected: Graph client, provisioning, the sync engine and its scheduler, and the local sync
 * state. A pane without team settings never downloads this module (nor MSAL).
 */
import type { AccessTokenSource } from '../../adapters/auth/AccessTokenSource';
import { AuthError } from '../../adapters/auth/AuthError';
import { graphScopes } from '../../adapters/auth/graphScopes';
import { GraphClient } from '../../adapters/graph/GraphClient';
import { GraphHttpError, graphErrorCode } from '../../adapters/graph/GraphHttpError';
import { GraphTeamStore } from '../../adapters/graph/GraphTeamStore';
import { provisionTeamSite, schemaFingerprint, type ProvisionOptions, type ProvisionReport } from '../../adapters/graph/provisionTeamSite';
import type { TeamSiteLayout } from '../../adapters/graph/TeamSiteLayout';
import type { ClientbookDb } from '../../adapters/storage/ClientbookDb';
import { DexieSyncState } from '../../adapters/storage/DexieSyncState';
import { DexieTeamLocal } from '../../adapters/storage/DexieTeamLocal';
import { errorMessage } from '../../domain/errorMessage';
import type { Role } from '../../domain/model/Member';
import type { Clock, CrmStore, MailHost } from '../../domain/ports';
import { SyncEngine, type SyncStatus } from '../../sync/SyncEngine';
import { SyncScheduler, type SyncTriggers } from '../../sync/SyncScheduler';
import type { ConflictEntry } from '../../sync/syncPorts';
import { entraCode, signInErrorOf } from './signInError';
import { TeamConnectError } from './TeamConnectError';

export { schemaFingerprint };

/** How long after a local write the pane syncs it. */
const LOCAL_WRITE_DELAY_MS = 1500;

/** A Connect attempt's failure as the settings screen explains it. */
export function connectErrorOf(e: unknown): TeamConnectError {
  if (e instanceof TeamConnectError) return e;
  const signIn = signInErrorOf(e);
  if (signIn) return signIn;
  if (e instanceof GraphHttpError) {
    const reason = e.status === 0 ? 'offline' : e.status === 401 || e.status === 403 ? 'no-permission' : e.status === 400 || e.status === 404 ? 'wrong-url' : 'failed';
    return new TeamConnectError(reason, e.message, { cause: e, code: graphErrorCode(e) });
  }
  if (e instanceof TypeError && /fetch|network/i.test(e.message)) return new TeamConnectError('offline', e.message, { cause: e });
  const named = e instanceof Error && e.name !== 'Error' ? e.name : null;
  return new TeamConnectError('failed', errorMessage(e), { cause: e, code: entraCode(e) ?? named });
}

/** Resolves the site and creates or upgrades its lists; asks for the provisioning permission, with sign-in allowed. */
export async function provisionSite(baseUrl: string, tokens: AccessTokenSource, siteUrl: string, options: ProvisionOptions = {}): Promise<ProvisionReport> {
  const client = new GraphClient({ baseUrl, token: () => tokens.getToken(graphScopes.provision, { interactive: true }), signal: options.signal });
  try {
    return await provisionTeamSite(client, new URL(siteUrl).href, options);
  } catch (e) {
    // Cancelled: the caller's own reason, not a failure to explain.
    options.signal?.throwIfAborted();
    throw connectErrorOf(e);
  }
}

/** Gets the sync permission with sign-in allowed (Connect), so later background syncs find a token silently. */
export async function signInForSync(tokens: AccessTokenSource): Promise<void> {
  try {
    await tokens.getToken(graphScopes.sync, { interactive: true });
  } catch (e) {
    throw connectErrorOf(e);
  }
}

export type TeamSyncOptions = {
  db: ClientbookDb;
  store: CrmStore;
  host: MailHost;
  clock: Clock;
  baseUrl: string;
  tokens: AccessTokenSource;
  layout: TeamSiteLayout;
  triggers: SyncTriggers;
  isOnline: () => boolean;
  onStatus: (status: SyncStatus, signInNeeded: boolean) => void;
  intervalMs?: number;
};

/**
 * A connected pane's sync: the engine on Graph and IndexedDB, and the scheduler that runs it on
 * open, on ItemChanged, every minute while visible and on reconnect. A sync that fails for want
 * of a token stops the schedule until the user signs in: background syncs never ask for sign-in,
 * and retrying them would only fail again.
 */
export class TeamSync {
  readonly state: DexieSyncState;
  readonly local: DexieTeamLocal;
  private readonly engine: SyncEngine;
  private readonly scheduler: SyncScheduler;
  private signInNeeded = false;
  private offItemChanged: (() => void) | null = null;
  private offStatus: (() => void) | null = null;
  private offOutbox: (() => void) | null = null;
  private writeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: TeamSyncOptions) {
    this.state = new DexieSyncState(options.db);
    this.local = new DexieTeamLocal(options.db);
    const client = new GraphClient({ baseUrl: options.baseUrl, token: () => options.tokens.getToken(graphScopes.sync, { interactive: false }) });
    this.engine = new SyncEngine({ team: new GraphTeamStore(client, options.layout), local: this.state, isOnline: options.isOnline, now: () => options.clock.now() });
    this.scheduler = new SyncScheduler({ sync: () => this.syncOnce() }, options.triggers, { intervalMs: options.intervalMs });
  }

  start(): void {
    this.offStatus = this.engine.subscribe((s) => this.options.onStatus(s, this.signInNeeded));
    this.offItemChanged = this.options.host.onItemChanged(() => this.scheduler.requestSync());
    // A local write goes out shortly after it is made (a burst of writes shares one sync), rather
    // than waiting for the next message or the minute timer.
    const { store } = this.options;
    this.offOutbox = store.live(() => store.pendingOutboxCount()).subscribe(
      (pending) => {
        if (pending === 0 || this.writeTimer) return;
        this.writeTimer = setTimeout(() => {
          this.writeTimer = null;
          this.scheduler.requestSync();
        }, LOCAL_WRITE_DELAY_MS);
      },
      () => undefined,
    );
    this.scheduler.start();
  }

  stop(): void {
    this.scheduler.stop();
    this.engine.stop();
    this.offItemChanged?.();
    this.offStatus?.();
    this.offOutbox?.();
    if (this.writeTimer) clearTimeout(this.writeTimer);
    this.offItemChanged = this.offStatus = this.offOutbox = this.writeTimer = null;
  }

  /** A scheduled sync: skipped while sign-in is needed. Failures are in the status; the next trigger retries. */
  private async syncOnce(): Promise<void> {
    if (this.signInNeeded) return;
    await this.sync();
  }

  /** Runs a sync now; an AuthError marks the pane as needing sign-in. */
  async sync(): Promise<void> {
    try {
      await this.engine.sync();
    } catch (e) {
      if (authCause(e)) {
        this.signInNeeded = true;
        this.options.onStatus(this.engine.status(), true);
      }
      throw e;
    }
  }

  /** Asks for the sync permission with sign-in allowed, then syncs. Rejects with the AuthError when it fails again. */
  async signIn(): Promise<void> {
    await this.options.tokens.getToken(graphScopes.sync, { interactive: true });
    this.signInNeeded = false;
    this.options.onStatus(this.engine.status(), false);
    this.scheduler.requestSync();
  }

  requestSync(): void {
    this.scheduler.requestSync();
  }

  async refreshPending(): Promise<void> {
    await this.engine.refreshPending();
  }

  /**
   * Makes sure the signed-in user is a Team member: the first to connect a team becomes its head of
   * sales, later ones join as managers (the head of sales changes roles). Returns the user's role.
   */
  async joinTeam(): Promise<Role> {
    const { email, displayName } = this.options.host.userProfile();
    const members = await this.options.store.members();
    const me = members.find((m) => m.email.toLowerCase() === email.toLowerCase());
    if (me) return me.role;
    const role: Role = members.some((m) => m.role === 'head-of-sales') ? 'manager' : 'head-of-sales';
    const at = this.options.clock.now().toISOString();
    await this.local.saveMember({ id: memberIdFor(email), email: email.toLowerCase(), name: displayName || email, role, createdAt: at, updatedAt: at });
    return role;
  }

  /** The conflict log, newest first, each entry with the name of its record when the pane still has it. */
  async conflicts(): Promise<(ConflictEntry & { recordName: string | null })[]> {
    const entries = await this.state.conflicts();
    const names = await this.local.recordNames(entries.map((e) => ({ table: e.table, key: e.key })));
    return entries.map((e) => ({ ...e, recordName: names.get(`${e.table}/${e.key}`) ?? null }));
  }

  async restoreConflict(id: string): Promise<void> {
    await this.state.restoreConflict(id, this.options.clock.now().toISOString());
    this.scheduler.requestSync();
  }
}

/**
 * A Team member's id follows from the address, so one person connecting from two devices before
 * either synced still makes one record (creates are idempotent by entity id).
 */
export function memberIdFor(email: string): string {
  return `member:${email.trim().toLowerCase()}`;
}

function authCause(e: unknown): AuthError | null {
  for (let c: unknown = e, depth = 0; c instanceof Error && depth < 4; c = c.cause, depth++) if (c instanceof AuthError) return c;
  return null;
}
