/**
 * The sync engine: pushes the outbox to the team store and pulls others' changes, one sync at a
 * time. Push: outbox order, up to 20 writes per round trip, each write's outcome on its own;
 * creates are idempotent through the entity id; updates carry the base eTag and a stale one is
 * merged field by field. Pull: per list, a delta from the stored link, only for lists whose
 * change-beacon stamp moved, and a full resync when the link expired. Every call goes through a
 * gate that keeps at most four in flight and pauses them all when the service throttles.
 */
import { errorMessage } from '../domain/errorMessage';
import { DeltaReadAhead } from './DeltaReadAhead';
import { mergeRecords, sameRecord } from './mergeRecords';
import { realSleep, RequestGate, type Sleep } from './RequestGate';
import {
  RemoteError,
  syncTables,
  type DeltaChange,
  type DeltaPage,
  type LocalSyncStore,
  type PendingRecord,
  type RemoteVersion,
  type RemoteWrite,
  type RemoteWriteOutcome,
  type Settlement,
  type SyncRecord,
  type SyncTable,
  type TeamStore,
} from './syncPorts';

export type SyncPhase = 'offline' | 'pushing' | 'pulling' | 'in-sync' | 'error';

export type SyncProgress = { done: number; total: number | null };

export type SyncStatus = {
  phase: SyncPhase;
  /** Local writes not yet in the team store. */
  pending: number;
  /** Set while pushing (total known) or pulling (total unknown until the feed ends). */
  progress: SyncProgress | null;
  lastSyncedAt: string | null;
  error: string | null;
};

export type SyncReport = { pushed: number; pulled: number; conflicts: number; listsPulled: SyncTable[] };

export type SyncEngineOptions = {
  team: TeamStore;
  local: LocalSyncStore;
  now?: () => Date;
  /** The browser's view of the network; when false the engine does not try. */
  isOnline?: () => boolean;
  sleep?: Sleep;
  random?: () => number;
  maxInFlight?: number;
  /** Consecutive failures of one call (or push rounds without progress) before a sync gives up. */
  maxAttempts?: number;
};

/** A sync that could not finish; `cause` holds the RemoteError or the rejected write. */
export class SyncError extends Error {
  override readonly name = 'SyncError';

  constructor(
    message: string,
    readonly offline: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const BATCH_SIZE = 20;
/** Delta pages read ahead of the writer, and changes written per IndexedDB transaction in a big pull. */
const READ_AHEAD_PAGES = 10;
const WRITE_CHUNK = 2000;
const MAX_REQUEUES = 5;
const RETRYABLE = new Set(['throttled', 'unavailable', 'network']);

type ChunkResult = { progressed: boolean; rejected: string[] };

export class SyncEngine {
  private readonly team: TeamStore;
  private readonly local: LocalSyncStore;
  private readonly now: () => Date;
  private readonly isOnline: () => boolean;
  private readonly gate: RequestGate;
  private readonly maxInFlight: number;
  private readonly maxAttempts: number;
  private readonly random: () => number;
  private running: Promise<SyncReport> | null = null;
  private next: Promise<SyncReport> | null = null;
  private stopped = false;
  private listeners = new Set<(status: SyncStatus) => void>();
  private current: SyncStatus = { phase: 'in-sync', pending: 0, progress: null, lastSyncedAt: null, error: null };

  constructor(options: SyncEngineOptions) {
    this.team = options.team;
    this.local = options.local;
    this.now = options.now ?? (() => new Date());
    this.isOnline = options.isOnline ?? (() => true);
    this.maxInFlight = options.maxInFlight ?? 4;
    this.maxAttempts = options.maxAttempts ?? 6;
    this.random = options.random ?? Math.random;
    this.gate = new RequestGate(this.maxInFlight, options.sleep ?? realSleep, this.random, () => this.now().getTime());
  }

  status(): SyncStatus {
    return this.current;
  }

  /** Calls `listener` with every status change; returns the unsubscribe function. */
  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<SyncStatus>): void {
    this.current = { ...this.current, ...patch };
    for (const l of this.listeners) l(this.current);
  }

  /** Re-reads the pending count (local writes happen outside the engine). */
  async refreshPending(): Promise<number> {
    const pending = await this.local.pendingCount();
    this.set({ pending, phase: this.isOnline() ? this.current.phase : 'offline' });
    return pending;
  }

  /**
   * Runs one sync. A call while one runs gets one more sync after it, shared by every call that
   * piles up meanwhile: the running one may have read the lists before the change the caller knows
   * of (another pane's write, the open message). A failure clears the slot and rethrows.
   */
  sync(): Promise<SyncReport> {
    if (this.stopped) return Promise.resolve(emptyReport());
    if (!this.running) {
      this.running = this.run().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    this.next ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.sync();
      });
    return this.next;
  }

  /** No sync starts after this, not even one asked for while the last one ran (the pane disconnected). */
  stop(): void {
    this.stopped = true;
  }

  private async run(): Promise<SyncReport> {
    const report = emptyReport();
    if (!this.isOnline()) {
      this.set({ phase: 'offline', pending: await this.local.pendingCount(), progress: null });
      return report;
    }
    try {
      await this.push(report);
      await this.pull(report);
      this.set({ phase: 'in-sync', progress: null, error: null, lastSyncedAt: this.now().toISOString(), pending: await this.local.pendingCount() });
      return report;
    } catch (e) {
      const offline = (e instanceof RemoteError && e.reason === 'network') || (e instanceof SyncError && e.offline);
      const pending = await this.local.pendingCount().catch(() => this.current.pending);
      const message = errorMessage(e);
      this.set({ phase: offline ? 'offline' : 'error', progress: null, error: message, pending });
      throw e instanceof SyncError ? e : new SyncError(`Sync failed: ${message}`, offline, { cause: e });
    }
  }

  /** One team-store call through the gate, retried on throttling and network failures. */
  private async call<T>(run: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.gate.run(run);
      } catch (e) {
        if (!(e instanceof RemoteError) || !RETRYABLE.has(e.reason) || attempt >= this.maxAttempts) throw e;
        this.gate.pause(e.retryAfterMs ?? this.gate.backoff(attempt));
      }
    }
  }

  private async push(report: SyncReport): Promise<void> {
    const total = await this.local.pendingCount();
    if (total > 0) {
      this.set({ phase: 'pushing', pending: total, progress: { done: 0, total }, error: null });
      let stalled = 0;
      // How often each record went back to the queue in this sync (a merge to send, a create to redo).
      const requeued = new Map<string, number>();
      for (;;) {
        const head = await this.local.pendingHead(this.maxInFlight * BATCH_SIZE);
        if (!head.length) break;
        const chunks: PendingRecord[][] = [];
        for (let i = 0; i < head.length; i += BATCH_SIZE) chunks.push(head.slice(i, i + BATCH_SIZE));
        const results = await allOf(chunks.map((c) => this.pushChunk(c, report, requeued)));
        const rejected = results.flatMap((r) => r.rejected);
        if (rejected.length) throw new SyncError(`The team store refused a write: ${rejected[0]}`, false);
        if (results.some((r) => r.progressed)) stalled = 0;
        else if (++stalled >= this.maxAttempts) throw new SyncError('The team store kept refusing writes for now', false);
        else this.gate.pause(this.gate.backoff(stalled));
        const pending = await this.local.pendingCount();
        this.set({ pending, progress: { done: Math.max(0, total - pending), total: Math.max(total, pending) } });
      }
    }
    // Read from the store: what an engine before this one sent and did not get to touch is owed too.
    const owed = await this.local.beaconOwed();
    const tables = Object.keys(owed);
    if (tables.length) {
      const stamp = `${this.now().toISOString()}~${Math.floor(this.random() * 1e9).toString(36)}`;
      await this.call(() => this.team.touchBeacon(Object.fromEntries(tables.map((t) => [t, stamp]))));
      await this.local.beaconTouched(owed);
    }
  }

  private async writeFor(item: PendingRecord): Promise<RemoteWrite | null> {
    if (item.record && item.meta) return { kind: 'update', table: item.table, itemId: item.meta.itemId, eTag: item.meta.eTag, record: item.record };
    if (item.record) return { kind: 'create', table: item.table, record: item.record };
    if (item.meta) return { kind: 'delete', table: item.table, itemId: item.meta.itemId, eTag: item.meta.eTag };
    // Deleted before we learnt its item: a create whose answer was lost may still have landed.
    const orphan = await this.call(() => this.team.findByEntityId(item.table, item.key));
    return orphan ? { kind: 'delete', table: item.table, itemId: orphan.itemId, eTag: orphan.eTag } : null;
  }

  private async pushChunk(items: PendingRecord[], report: SyncReport, requeued: Map<string, number>): Promise<ChunkResult> {
    const settlements: Settlement[] = [];
    const result: ChunkResult = { progressed: false, rejected: [] };
    const writes: { item: PendingRecord; write: RemoteWrite }[] = [];
    const prepared = await Promise.all(items.map((item) => this.writeFor(item)));
    items.forEach((item, i) => {
      const write = prepared[i];
      if (write) writes.push({ item, write });
      else settlements.push({ table: item.table, key: item.key, upToSeq: item.upToSeq, done: true, meta: null });
    });
    // Owed from the moment a write is sent: one whose answer was lost still lands, and its retry then
    // ends in 409 or 412, not 'done'; without the stamp other panes would not pull that list.
    if (writes.length) await this.local.markBeaconOwed([...new Set(writes.map((w) => w.write.table))]);
    const outcomes = writes.length ? await this.call(() => this.team.write(writes.map((w) => w.write))) : [];
    const settled = await Promise.allSettled(writes.map(({ item, write }, i) => this.settlementFor(item, write, outcomes[i]!, report, result)));
    for (const s of settled) if (s.status === 'fulfilled' && s.value) settlements.push(s.value);
    for (const s of settlements.filter((s) => !s.done)) {
      const id = `${s.table}/${s.key}`;
      const times = (requeued.get(id) ?? 0) + 1;
      requeued.set(id, times);
      // Someone keeps changing it faster than we can merge: stop here, the next sync goes on.
      if (times > MAX_REQUEUES) result.rejected.push(`${id}: still changing after ${MAX_REQUEUES} merges`);
    }
    // What succeeded is recorded even when a follow-up read failed, so a retry does not redo it.
    if (settlements.length) {
      await this.local.settle(settlements);
      result.progressed = true;
    }
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    return result;
  }

  /** What one write's outcome means for its outbox entries; null leaves them for the next round. */
  private async settlementFor(
    item: PendingRecord,
    write: RemoteWrite,
    outcome: RemoteWriteOutcome,
    report: SyncReport,
    result: ChunkResult,
  ): Promise<Settlement | null> {
    const base = { table: item.table, key: item.key, upToSeq: item.upToSeq };
    switch (outcome.status) {
      case 'done':
        report.pushed++;
        return { ...base, done: true, meta: write.kind === 'delete' ? null : { itemId: outcome.itemId, eTag: outcome.eTag, base: item.record! } };
      case 'exists': {
        const remote = await this.call(() => this.team.findByEntityId(item.table, item.key));
        return remote ? this.resolve(item, remote, report) : { ...base, done: false, meta: null };
      }
      case 'stale': {
        const remote = write.kind === 'create' ? null : await this.call(() => this.team.read(item.table, write.itemId));
        return remote ? this.resolve(item, remote, report) : { ...base, done: write.kind === 'delete', meta: null };
      }
      case 'missing':
        // Deleted there: a local delete is done; a local edit brings the record back as a create.
        return { ...base, done: write.kind === 'delete', meta: null };
      case 'retry':
        this.gate.pause(outcome.retryAfterMs ?? this.gate.backoff(1));
        return null;
      case 'rejected':
        result.rejected.push(`${item.table}/${item.key}: ${outcome.httpStatus} ${outcome.message}`);
        return null;
    }
  }

  /** Reconciles a pending record with the version the store has now (after 409 or 412). */
  private async resolve(item: PendingRecord, remote: RemoteVersion, report: SyncReport): Promise<Settlement> {
    const at = this.now().toISOString();
    const meta = { itemId: remote.itemId, eTag: remote.eTag, base: remote.record };
    const base = { table: item.table, key: item.key, upToSeq: item.upToSeq };
    if (!item.record) {
      // A local delete wins over a remote edit; the edited record stays restorable from the log.
      if (!item.meta || !sameRecord(item.meta.base, remote.record)) {
        await this.local.addConflicts([
          { table: item.table, key: item.key, field: '*', kept: null, lost: remote.record, keptAt: at, lostAt: remote.record.updatedAt, at },
        ]);
        report.conflicts++;
      }
      return { ...base, done: false, meta };
    }
    const pushed: SyncRecord = item.record;
    const { record, conflicts } = mergeRecords(item.meta?.base, pushed, remote.record);
    if (conflicts.length) {
      await this.local.addConflicts(conflicts.map((c) => ({ ...c, table: item.table, key: item.key, at })));
      report.conflicts += conflicts.length;
    }
    // Edits made while this push ran are folded into the merged record, not overwritten by it.
    const merged = { record, rebase: (latest: SyncRecord) => mergeRecords(pushed, latest, record).record };
    return { ...base, done: sameRecord(record, remote.record), meta, merged };
  }

  private async pull(report: SyncReport): Promise<void> {
    this.set({ phase: 'pulling', progress: { done: 0, total: null } });
    const beacon = await this.call(() => this.team.readBeacon());
    const due: { table: SyncTable; link: string | null }[] = [];
    for (const table of syncTables) {
      const state = await this.local.listState(table);
      if (!state.deltaLink || (beacon[table] ?? null) !== state.beaconSeen) due.push({ table, link: state.deltaLink });
    }
    await allOf(due.map(({ table, link }) => this.pullList(table, link, beacon[table] ?? null, report)));
  }

  private async pullList(table: SyncTable, link: string | null, stamp: string | null, report: SyncReport): Promise<void> {
    let full = link === null;
    const read = (at: string | null) => this.call(() => this.team.delta(table, at));
    let reader = new DeltaReadAhead(read, link, READ_AHEAD_PAGES);
    const seen = new Set<string>();
    try {
      for (;;) {
        let pages: DeltaPage[];
        try {
          pages = await reader.take(WRITE_CHUNK);
        } catch (e) {
          // A link expired: list everything again; local pending writes are never overwritten.
          if (e instanceof RemoteError && e.reason === 'expired' && reader.failedLink() !== null) {
            full = true;
            seen.clear();
            reader = new DeltaReadAhead(read, null, READ_AHEAD_PAGES);
            continue;
          }
          throw e;
        }
        const last = pages[pages.length - 1]!;
        const changes = lastOfEach(pages.flatMap((p) => p.changes));
        if (full) {
          for (const c of changes) {
            if (c.kind === 'upsert') seen.add(c.version.itemId);
            else seen.delete(c.itemId);
          }
        }
        report.pulled += await this.local.applyPulled(table, changes, full);
        this.set({ progress: { done: report.pulled, total: null } });
        if (last.nextLink) continue;
        if (full) await this.local.forgetUnseen(table, seen);
        await this.local.saveListState(table, { deltaLink: last.deltaLink, beaconSeen: stamp });
        report.listsPulled.push(table);
        return;
      }
    } finally {
      reader.stop();
    }
  }
}

function emptyReport(): SyncReport {
  return { pushed: 0, pulled: 0, conflicts: 0, listsPulled: [] };
}

/**
 * The values once every part has settled, else the first failure. A sync ends only when none of
 * its parts still writes: after one list failed, the others went on applying pages, dropping
 * unseen records and saving links beside the next sync's pushes.
 */
async function allOf<T>(parts: Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(parts);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}

/** The feed may repeat an item; only its last appearance counts. */
function lastOfEach(changes: DeltaChange[]): DeltaChange[] {
  const last = new Map<string, DeltaChange>();
  for (const c of changes) {
    const id = c.kind === 'upsert' ? c.version.itemId : c.itemId;
    last.delete(id);
    last.set(id, c);
  }
  return [...last.values()];
}
