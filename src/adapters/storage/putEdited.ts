import type { OverwrittenField } from '../../domain/ports';
import type { ClientbookDb, SyncedTable } from './ClientbookDb';

/**
 * Writes an edited record and queues it for sync in one transaction, with the colleague's values
 * the edit replaced in the conflict log, beside those the 412 merge replaces: the later write wins
 * a field, and the value it replaced can still be read and restored.
 */
export async function putEdited(db: ClientbookDb, name: SyncedTable, record: { id: string; updatedAt: string }, overwritten: readonly OverwrittenField[] = []): Promise<void> {
  await db.transaction('rw', [db.table(name), db.outbox, db.syncConflicts], async () => {
    await db.table(name).put(record);
    await db.outbox.add({ table: name, key: record.id, op: 'upsert', at: new Date().toISOString() });
    if (overwritten.length) await db.syncConflicts.bulkAdd(overwritten.map((o) => ({ ...o, id: crypto.randomUUID(), table: name, key: record.id, at: record.updatedAt, restoredAt: null })));
  });
}
