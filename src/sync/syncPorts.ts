/**
 * The ports the sync engine works through: the team store (SharePoint lists through Graph, or a
 * fake) and the local sync state (IndexedDB). The engine knows neither Graph nor Dexie.
 */

export const syncTables = [
  'clients',
  'contacts',
  'history',
  'plannedContacts',
  'referenceItems',
  'members',
  'products',
  'deals',
  'invoices',
  'payments',
  'campaigns',
  'serviceCases',
  'templates',
  'loggingSettings',
  'auditEntries',
  'savedQueries',
  'analyticsSettings',
] as const;
export type SyncTable = (typeof syncTables)[number];

/** Any synced record: an id, its last-change instant, and fields the engine merges one by one. */
export type SyncRecord = { id: string; updatedAt: string; createdAt?: string } & { [field: string]: unknown };

/** A record as the team store holds it, with the store's item id and version tag. */
export type RemoteVersion = { itemId: string; eTag: string; record: SyncRecord };

export type RemoteWrite =
  | { kind: 'create'; table: SyncTable; record: SyncRecord }
  | { kind: 'update'; table: SyncTable; itemId: string; eTag: string; record: SyncRecord }
  | { kind: 'delete'; table: SyncTable; itemId: string; eTag: string };

/** How one write of a batch ended; each write has its own outcome. */
export type RemoteWriteOutcome =
  | { status: 'done'; itemId: string; eTag: string }
  /** A create met an item with the same entity id (a retried create, or the same email logged twice). */
  | { status: 'exists' }
  /** The item changed since the eTag the write was based on. */
  | { status: 'stale' }
  | { status: 'missing' }
  /** Throttled, unavailable, or a failed dependency: try again later. */
  | { status: 'retry'; httpStatus: number; retryAfterMs: number | null }
  | { status: 'rejected'; httpStatus: number; message: string };

export type DeltaChange = { kind: 'upsert'; version: RemoteVersion } | { kind: 'delete'; itemId: string };

export type DeltaPage = { changes: DeltaChange[]; nextLink: string | null; deltaLink: string | null };

/** The change beacon: per list, a stamp that moves whenever someone pushes to that list. */
export type BeaconStamps = Partial<Record<SyncTable, string>>;

export type RemoteErrorReason = 'throttled' | 'unavailable' | 'network' | 'expired' | 'rejected';

/** A whole call to the team store failed. 'expired' is a delta link the store no longer accepts. */
export class RemoteError extends Error {
  override readonly name = 'RemoteError';

  constructor(
    readonly reason: RemoteErrorReason,
    readonly status: number,
    message: string,
    readonly retryAfterMs: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface TeamStore {
  /** Sends up to 20 writes in one round trip; outcomes come back in the order of `writes`. */
  write(writes: RemoteWrite[]): Promise<RemoteWriteOutcome[]>;
  read(table: SyncTable, itemId: string): Promise<RemoteVersion | null>;
  findByEntityId(table: SyncTable, id: string): Promise<RemoteVersion | null>;
  /** One page of the list's changes since `link` (null: everything). Throws RemoteError 'expired' on 410. */
  delta(table: SyncTable, link: string | null): Promise<DeltaPage>;
  readBeacon(): Promise<BeaconStamps>;
  touchBeacon(stamps: BeaconStamps): Promise<void>;
}

/** What the store last agreed with us about a record: the item, its version, and the record then. */
export type SyncMeta = { itemId: string; eTag: string; base: SyncRecord };

/** One record with local writes waiting, coalesced over its outbox entries up to `upToSeq`. */
export type PendingRecord = {
  table: SyncTable;
  key: string;
  upToSeq: number;
  /** The record as it is now; undefined when it was deleted locally. */
  record: SyncRecord | undefined;
  meta: SyncMeta | undefined;
};

export type Settlement = {
  table: SyncTable;
  key: string;
  upToSeq: number;
  /** true: the outbox entries up to upToSeq are done; false: they stay and are pushed again. */
  done: boolean;
  /** The new agreement with the store; null forgets it (deleted there, or to be created again). */
  meta: SyncMeta | null;
  /** A merged record to write locally; `rebase` folds in local edits made while the push ran. */
  merged?: { record: SyncRecord; rebase: (latest: SyncRecord) => SyncRecord };
};

export type ConflictEntry = {
  id: string;
  table: SyncTable;
  key: string;
  /** The field both sides changed, or '*' when a whole record lost (deleted while edited). */
  field: string;
  kept: unknown;
  lost: unknown;
  keptAt: string;
  lostAt: string;
  at: string;
  restoredAt: string | null;
};

export type ListSyncState = { deltaLink: string | null; beaconSeen: string | null };

/** The lists owed a change-beacon touch, each with the mark its latest write left (see markBeaconOwed). */
export type BeaconOwed = Partial<Record<SyncTable, string>>;

export interface LocalSyncStore {
  pendingCount(): Promise<number>;
  /** The oldest pending records, at most `limit` outbox entries' worth, in outbox order. */
  pendingHead(limit: number): Promise<PendingRecord[]>;
  settle(settlements: Settlement[]): Promise<void>;
  /**
   * Applies pulled changes without queueing them; records with pending local writes are left alone.
   * `fullListing`: the page lists items afresh (first sync, resync), so every item is written without
   * first comparing versions. Returns how many applied.
   */
  applyPulled(table: SyncTable, changes: DeltaChange[], fullListing?: boolean): Promise<number>;
  /** After a full listing: drops local copies of items the store no longer has (unless pending). */
  forgetUnseen(table: SyncTable, seenItemIds: ReadonlySet<string>): Promise<number>;
  listState(table: SyncTable): Promise<ListSyncState>;
  saveListState(table: SyncTable, state: ListSyncState): Promise<void>;
  /**
   * Notes, before a write to them is sent, that these lists owe a touch of the change beacon: kept
   * in the store, so an engine started after the pane closed between the write and the touch still
   * makes colleagues pull them.
   */
  markBeaconOwed(tables: SyncTable[]): Promise<void>;
  beaconOwed(): Promise<BeaconOwed>;
  /** After a touch that covered `owed`: clears those marks, leaving a list marked again meanwhile owed. */
  beaconTouched(owed: BeaconOwed): Promise<void>;
  addConflicts(conflicts: Omit<ConflictEntry, 'id' | 'restoredAt'>[]): Promise<void>;
  conflicts(): Promise<ConflictEntry[]>;
  /** Puts the losing value back as a new local write (queued for push). */
  restoreConflict(id: string, at: string): Promise<void>;
}
