import type { RecordEdit } from '../../domain/ports';
import { RecordGoneError } from '../../domain/RecordGoneError';
import { sameValue } from '../../sync/mergeRecords';
import type { ClientbookDb, SyncedTable } from './ClientbookDb';

type Row = { id: string; updatedAt: string } & { [field: string]: unknown };

/**
 * Writes a saved record and queues it for sync in one transaction. For an edit, only the fields
 * the save changed from its basis go onto the row as it stands now: a pull that landed while the
 * use case checked the input stays. A field a colleague changed since the form read it and the
 * save changes too keeps the save's value; theirs goes to the conflict log (RecordEdit). An edit of a
 * record a pull deleted meanwhile writes nothing and queues nothing (RecordGoneError).
 */
export async function putEdited<T extends { id: string; updatedAt: string }>(db: ClientbookDb, name: SyncedTable, saved: T, edit?: RecordEdit<T>): Promise<void> {
  const table = db.table<Row, string>(name);
  await db.transaction('rw', [table, db.outbox, db.syncConflicts], async () => {
    const mine = saved as unknown as Row;
    const latest = edit && (await table.get(saved.id));
    if (edit && !latest) throw new RecordGoneError(name, saved.id);
    if (!latest) await table.put(mine);
    else {
      const read = edit.read as unknown as Row;
      const basis = edit.basis as unknown as Row;
      const fields = [...new Set([...Object.keys(mine), ...Object.keys(basis)])].filter((f) => f !== 'updatedAt' && !sameValue(mine[f], basis[f]));
      const record: Row = { ...latest, updatedAt: saved.updatedAt };
      for (const f of fields) {
        if (mine[f] === undefined) delete record[f];
        else record[f] = mine[f];
      }
      await table.put(record);
      const overwritten = fields.filter((f) => !sameValue(latest[f], read[f]) && !sameValue(latest[f], mine[f]));
      await db.syncConflicts.bulkAdd(
        overwritten.map((field) => ({ id: crypto.randomUUID(), table: name, key: saved.id, field, kept: mine[field], lost: latest[field], keptAt: saved.updatedAt, lostAt: latest.updatedAt, at: saved.updatedAt, restoredAt: null })),
      );
    }
    await db.outbox.add({ table: name, key: saved.id, op: 'upsert', at: new Date().toISOString() });
  });
}
