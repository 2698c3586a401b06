/**
 * The pane's team store, as the UI sees it: the settings, Connect and Disconnect, the sync status,
 * sign-in, the conflict log and Team member roles. This part is in the pane's first JavaScript and
 * stays small; the Graph, sync and MSAL code loads with import() once the pane connects or starts
 * connected. Without team settings nothing loads and nothing asks to sign in.
 */
import type { AccessTokenSource } from '../../adapters/auth/AccessTokenSource';
import type { ProvisionRetry } from '../../adapters/graph/provisionTeamSite';
import type { ClientbookDb } from '../../adapters/storage/ClientbookDb';
import { DexieTeamLocal } from '../../adapters/storage/DexieTeamLocal';
import { errorMessage } from '../../domain/errorMessage';
import type { Member, Role } from '../../domain/model/Member';
import type { Clock, CrmStore, MailHost } from '../../domain/ports';
import type { SyncTriggers } from '../../sync/SyncScheduler';
import type { ConflictEntry } from '../../sync/syncPorts';
import { requireRole } from '../requireRole';
import { ValidationError } from '../validation';
import { TeamConnectError } from './TeamConnectError';
import type { TeamConnection, TeamSettings, TeamSettingsStorage } from './TeamSettings';
import type { TeamSync } from './teamRuntime';
import { teamSettingsErrors } from './teamSettingsErrors';

/** One entry of the conflict log: the field both sides changed, the value kept and the one replaced. */
export type TeamConflict = ConflictEntry & { recordName: string | null };

/** Where the pane's writes are: only 'local-only' without a team; the rest follow the sync engine. */
export type TeamPhase = 'local-only' | 'offline' | 'pushing' | 'pulling' | 'in-sync' | 'error' | 'sign-in-needed' | 'upgrade-needed';

export type TeamStatus = {
  phase: TeamPhase;
  /** Set while pushing (total known) or pulling (total unknown until the feed ends). */
  progress: { done: number; total: number | null } | null;
  error: string | null;
  /** Local writes not yet in the team store, as the engine last counted them. */
  pending: number;
};

export type ConnectStep = 'signing-in' | 'provisioning' | 'uploading' | 'joining' | 'done';

/** Connect can be cancelled until it starts writing: while it signs in and checks the site's lists. */
export const cancellableSteps: readonly ConnectStep[] = ['signing-in', 'provisioning'];

export type ConnectOptions = {
  onStep?: (step: ConnectStep) => void;
  /** A call to the site that got no answer is being tried again, or answered after all (null). */
  onRetry?: (retry: ProvisionRetry | null) => void;
  /** Cancel, honoured during the cancellable steps: nothing is written and no call goes out after it. */
  signal?: AbortSignal;
};

export type ConnectReport = {
  /** What Connect created or upgraded on the site; empty when everything was in place. */
  created: string[];
  /** Local records queued for upload that the outbox did not hold already. */
  queued: number;
  role: Role;
};

/** The head of sales' role would leave the team without one. */
export class LastHeadOfSalesError extends Error {
  override readonly name = 'LastHeadOfSalesError';
}

type Runtime = typeof import('./teamRuntime');

export type TeamControllerOptions = {
  db: ClientbookDb;
  store: CrmStore;
  host: MailHost;
  clock: Clock;
  storage: TeamSettingsStorage;
  /** Graph's root: https://graph.microsoft.com/v1.0, or the emulator's in tests and the team demo. */
  graphBaseUrl: string;
  /** The token source for an app registration (MSAL by default, a fixed token for the emulator). */
  tokensFor: (settings: TeamSettings) => Promise<AccessTokenSource>;
  triggers: SyncTriggers;
  isOnline: () => boolean;
  /** The team demo: Connect needs only the site (the emulator takes a fixed token). */
  demo?: { siteUrl: string } | null;
  intervalMs?: number;
  loadRuntime?: () => Promise<Runtime>;
};

const LOCAL: TeamStatus = { phase: 'local-only', progress: null, error: null, pending: 0 };
const DEFAULT_GRAPH = 'https://graph.microsoft.com/v1.0';

export class TeamController {
  /** Graph's real root; only configuration (tests, the team demo) points the pane elsewhere. */
  static readonly graphBaseUrl = DEFAULT_GRAPH;
  private current: TeamStatus = LOCAL;
  private readonly listeners = new Set<(status: TeamStatus) => void>();
  private sync: TeamSync | null = null;
  private starting: Promise<unknown> | null = null;
  private tokens: { key: string; source: Promise<AccessTokenSource> } | null = null;

  constructor(private readonly options: TeamControllerOptions) {}

  /** The saved connection (settings and site layout), or null: a single-user CRM. */
  connection(): TeamConnection | null {
    return this.options.storage.load();
  }

  /** Set in the team demo: the site to connect, with no app registration needed. */
  demo(): { siteUrl: string } | null {
    return this.options.demo ?? null;
  }

  status(): TeamStatus {
    return this.current;
  }

  subscribe(listener: (status: TeamStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  private set(status: TeamStatus): void {
    this.current = status;
    for (const l of this.listeners) l(status);
  }

  /** At pane start: a connected pane loads the sync code and starts syncing; otherwise nothing happens. */
  async resume(): Promise<void> {
    const connection = this.connection();
    if (!connection) return;
    this.starting ??= this.startSync(connection)
      .catch((e: unknown) => this.set({ ...LOCAL, phase: 'error', error: errorMessage(e) }))
      .finally(() => {
        this.starting = null;
      });
    await this.starting;
  }

  private async startSync(connection: TeamConnection): Promise<TeamSync | null> {
    const runtime = await this.runtime();
    // The app's lists changed since this site was provisioned: syncing now could write to lists
    // or columns that do not exist yet. Connect (with the provisioning permission) upgrades them.
    if (connection.layout.schema !== runtime.schemaFingerprint()) {
      this.set({ ...LOCAL, phase: 'upgrade-needed' });
      return null;
    }
    this.sync?.stop();
    const sync = new runtime.TeamSync({
      db: this.options.db,
      store: this.options.store,
      host: this.options.host,
      clock: this.options.clock,
      baseUrl: this.options.graphBaseUrl,
      tokens: await this.tokensFor(connection.settings),
      layout: connection.layout,
      triggers: this.options.triggers,
      isOnline: this.options.isOnline,
      intervalMs: this.options.intervalMs,
      onStatus: (s, signInNeeded) =>
        this.set({ phase: signInNeeded ? 'sign-in-needed' : s.phase, progress: s.progress, error: s.error, pending: s.pending }),
    });
    this.sync = sync;
    sync.start();
    return sync;
  }

  /** Graph for the connected team (null in single-user mode): mailings send through it with Mail.Send. */
  async graph(): Promise<{ baseUrl: string; tokens: AccessTokenSource } | null> {
    const connection = this.connection();
    return connection ? { baseUrl: this.options.graphBaseUrl, tokens: await this.tokensFor(connection.settings) } : null;
  }

  /** One token source per app registration, so a sign-in is not lost between Connect and sync. */
  private tokensFor(settings: TeamSettings): Promise<AccessTokenSource> {
    const key = `${settings.clientId}|${settings.tenant}`;
    if (this.tokens?.key !== key) this.tokens = { key, source: this.options.tokensFor(settings) };
    return this.tokens.source;
  }

  private runtime(): Promise<Runtime> {
    return (this.options.loadRuntime ?? (() => import('./teamRuntime')))();
  }

  /**
   * Connect: resolves the site, creates or upgrades its lists (idempotent), queues local records
   * the team store has never seen, pushes everything (the status carries the progress), makes the
   * user a Team member (the first one: head of sales) and starts syncing. Rejects with a
   * ValidationError (field by field, before anything is sent) or a TeamConnectError; once cancelled,
   * with the signal's reason.
   */
  async connect(settings: TeamSettings, { onStep = () => undefined, onRetry, signal }: ConnectOptions = {}): Promise<ConnectReport> {
    const demo = this.demo();
    const clean: TeamSettings = { siteUrl: settings.siteUrl.trim(), clientId: settings.clientId.trim(), tenant: settings.tenant.trim() };
    const errors = teamSettingsErrors(clean, { registration: !demo });
    if (errors.length) throw new ValidationError(errors);
    if (!this.options.isOnline()) throw new TeamConnectError('offline', 'The device is offline');
    const runtime = await this.runtime();
    try {
      onStep('signing-in');
      const tokens = await this.tokensFor(clean);
      signal?.throwIfAborted();
      onStep('provisioning');
      const { layout, created } = await runtime.provisionSite(this.options.graphBaseUrl, tokens, clean.siteUrl, { signal, onRetry });
      // Asked now, while the user is here to sign in or consent: background syncs never ask.
      await runtime.signInForSync(tokens);
      // The last moment to cancel: from here on Connect writes (the outbox, the settings). The next
      // step is announced in the same turn, so a Cancel pressed after this check finds it not offered.
      signal?.throwIfAborted();
      onStep('uploading');
      const queued = await new DexieTeamLocal(this.options.db).enqueueUnsynced(this.options.clock.now().toISOString());
      this.options.storage.save({ settings: clean, layout });
      await this.starting?.catch(() => undefined);
      const sync = await this.startSync({ settings: clean, layout });
      if (!sync) throw new TeamConnectError('lists-outdated', 'The lists do not match this version of Clientbook');
      // The first sync uploads the local records and brings the team's, Team members included.
      await sync.sync().catch((e) => {
        throw runtime.connectErrorOf(e);
      });
      onStep('joining');
      const role = await sync.joinTeam();
      await sync.sync().catch((e) => {
        throw runtime.connectErrorOf(e);
      });
      onStep('done');
      return { created, queued, role };
    } catch (e) {
      signal?.throwIfAborted();
      throw runtime.connectErrorOf(e);
    }
  }

  /** Stops syncing and forgets the settings; the local records stay, and so do unsent changes. */
  async disconnect(): Promise<void> {
    await this.starting?.catch(() => undefined);
    this.sync?.stop();
    this.sync = null;
    this.options.storage.clear();
    this.set(LOCAL);
  }

  /** The Sign in action of "sign-in needed": asks with sign-in allowed, then syncs. */
  async signIn(): Promise<void> {
    await this.sync?.signIn();
  }

  /** Syncs soon (after a local change, or when the user asks). */
  requestSync(): void {
    this.sync?.requestSync();
  }

  /** The conflict log, newest first; empty without a team. */
  conflicts(): Promise<TeamConflict[]> {
    return this.sync ? this.sync.conflicts() : Promise.resolve([]);
  }

  /** Puts a losing value back as a new local change, which syncs like any other. */
  async restoreConflict(id: string): Promise<void> {
    if (!this.sync) throw new TeamConnectError('failed', 'Not connected to a team store');
    await this.sync.restoreConflict(id);
  }

  /** The Team members list (empty until the pane joins a team). */
  members(): Promise<Member[]> {
    return this.options.store.members();
  }

  /** The signed-in user's Team member record, or null when the team list does not know them. */
  async me(): Promise<Member | null> {
    const email = this.options.host.userProfile().email.toLowerCase();
    return (await this.options.store.members()).find((m) => m.email.toLowerCase() === email) ?? null;
  }

  /** The head of sales changes a Team member's role; the change syncs like any other. */
  async setRole(memberId: string, role: Role): Promise<void> {
    await requireRole({ store: this.options.store, mailHost: this.options.host }, ['head-of-sales']);
    const members = await this.options.store.members();
    const member = members.find((m) => m.id === memberId);
    if (!member || member.role === role) return;
    if (member.role === 'head-of-sales' && !members.some((m) => m.id !== memberId && m.role === 'head-of-sales')) {
      throw new LastHeadOfSalesError('The team needs a head of sales: give the role to someone else first');
    }
    await new DexieTeamLocal(this.options.db).saveMember({ ...member, role, updatedAt: this.options.clock.now().toISOString() });
    this.requestSync();
  }
}
