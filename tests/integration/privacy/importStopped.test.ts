import 'fake-indexeddb/auto';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { ImportStoppedError } from '../../../src/app/dataUseCases';
import { openApp } from '../../../src/app/openApp';
import { diskFullAt } from '../../support/diskFullAt';
import { FakeMailHost } from '../../support/fakeMailHost';

let seq = 0;
const utf8 = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

/**
 * A fresh store and a file of 1,200 rows that match nothing but their own name: a private person at
 * a free-mail address (a client named after them) and a company with a contact person without an email.
 */
async function twelveHundredRows() {
  const dbName = `import-stopped-${++seq}`;
  const app = await openApp(new FakeMailHost(), { dbName });
  const lines = ['Company,Contact,Email'];
  for (let i = 0; i < 1200; i++) lines.push(i % 2 ? `,Person ${i},person${i}@gmail.com` : `Company ${i},Person ${i},`);
  const table = await app.data.readTable('clients.csv', utf8(lines.join('\n')));
  return { app, db: new ClientbookDb(dbName), table, mapping: app.data.guessMapping(table.headers) };
}

describe('an import that stops', () => {
  it('says how many rows it imported before the storage filled up, and goes on from there, writing every row once', async () => {
    const { app, db, table, mapping } = await twelveHundredRows();
    const disk = diskFullAt('Person 701'); // row 702 of the sheet: in the second chunk of 500 rows
    let stopped: unknown;
    try {
      await app.data.runImport(table, mapping);
    } catch (error) {
      stopped = error;
    } finally {
      disk.free();
    }
    expect(stopped).toBeInstanceOf(ImportStoppedError);
    expect(stopped).toMatchObject({ rowsImported: 500, rowsTotal: 1200, reason: 'storage-full', code: 'QuotaExceededError' });
    // The first chunk's rows are stored whole: each client with its contact person.
    expect(await db.clients.count()).toBe(500);
    expect(await db.contacts.count()).toBe(500);

    const progress: string[] = [];
    const report = await app.data.continueImport(stopped as ImportStoppedError, (p) => progress.push(`${p.phase}:${p.done}/${p.total}`));
    expect(progress).toEqual(['writing:500/1200', 'writing:1000/1200', 'writing:1200/1200']);
    expect(report).toMatchObject({ created: 1200, merged: 0, skipped: [] });
    const clients = await db.clients.toArray();
    const contacts = await db.contacts.toArray();
    expect(clients).toHaveLength(1200);
    expect(contacts).toHaveLength(1200);
    expect(new Set(contacts.map((c) => c.name)).size).toBe(1200);
    expect(new Set(clients.map((c) => c.name)).size).toBe(1200);
  });

  it('merges into what a stopped import wrote when the file is checked and imported anew, as after choosing it again', async () => {
    const { app, db, table, mapping } = await twelveHundredRows();
    const disk = diskFullAt('Person 701');
    await expect(app.data.runImport(table, mapping)).rejects.toBeInstanceOf(ImportStoppedError);
    disk.free();

    const preview = await app.data.previewImport(table, mapping);
    expect(preview).toMatchObject({ created: 700, merged: 500 });
    await app.data.runImport(table, mapping);
    expect(await db.clients.count()).toBe(1200);
    expect(await db.contacts.count()).toBe(1200);
  });
});
