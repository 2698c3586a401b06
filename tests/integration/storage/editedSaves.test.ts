/**
 * A store's save of an edit applies the fields the save changed onto the row as it stands in the
 * write's own transaction: a pull that lands while a use case is still checking the input stays.
 */
import 'fake-indexeddb/auto';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { DexieCrmStore } from '../../../src/adapters/storage/DexieCrmStore';
import { RecordGoneError } from '../../../src/domain/RecordGoneError';
import { aClient } from '../../support/builders/aClient';

let seq = 0;

async function storeWith(client: ReturnType<typeof aClient>) {
  const db = new ClientbookDb(`edited-saves-${process.pid}-${++seq}`);
  const store = new DexieCrmStore(db);
  await store.saveClient(client);
  return { db, store };
}

describe('saving an edit', () => {
  it('keeps a field pulled after the use case read the record, and writes the fields the save changed', async () => {
    const basis = aClient({ phone: '+380 44 111 2233', notes: '', campaignId: 'webinar' });
    const { db, store } = await storeWith(basis);
    await db.clients.update(basis.id, { phone: '+380 44 999 8877', updatedAt: '2026-03-01T10:05:00.000Z' });

    await store.saveClient({ ...basis, notes: 'Mine', campaignId: undefined, updatedAt: '2026-03-01T10:06:00.000Z' }, { read: basis, basis });

    const row = await db.clients.get(basis.id);
    expect(row).toMatchObject({ phone: '+380 44 999 8877', notes: 'Mine', updatedAt: '2026-03-01T10:06:00.000Z' });
    expect(row).not.toHaveProperty('campaignId');
    expect(await db.syncConflicts.count()).toBe(0);
  });

  it('logs the pulled value of a field the save changes too', async () => {
    const basis = aClient({ notes: '' });
    const { db, store } = await storeWith(basis);
    await db.clients.update(basis.id, { notes: 'Theirs', updatedAt: '2026-03-01T10:05:00.000Z' });

    await store.saveClient({ ...basis, notes: 'Mine', updatedAt: '2026-03-01T10:06:00.000Z' }, { read: basis, basis });

    expect((await db.clients.get(basis.id))?.notes).toBe('Mine');
    expect(await db.syncConflicts.toArray()).toEqual([expect.objectContaining({ field: 'notes', kept: 'Mine', lost: 'Theirs', lostAt: '2026-03-01T10:05:00.000Z' })]);
  });

  it('refuses an edit of a record a pull deleted meanwhile: nothing written back, nothing queued', async () => {
    const basis = aClient({ name: 'Fabrikam Logistics', notes: '' });
    const { db, store } = await storeWith(basis);
    await db.clients.delete(basis.id);
    const queued = await db.outbox.count();

    await expect(store.saveClient({ ...basis, notes: 'Mine', updatedAt: '2026-03-01T10:06:00.000Z' }, { read: basis, basis })).rejects.toBeInstanceOf(RecordGoneError);

    expect(await db.clients.get(basis.id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(queued);
  });
});
