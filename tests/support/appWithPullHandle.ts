import 'fake-indexeddb/auto';
import { ClientbookDb } from '../../src/adapters/storage/ClientbookDb';
import { openApp } from '../../src/app/openApp';
import type { Clock } from '../../src/domain/ports';
import { FakeMailHost } from './fakeMailHost';

let seq = 0;
const clock: Clock = { now: () => new Date(2026, 10, 27, 10, 0, 0) };

/**
 * A fresh app on its own store, with a second handle on that store: the sync engine's pull writes
 * the store directly, as this handle does, so a test can land a colleague's edit under an open form.
 */
export async function appWithPullHandle(name: string) {
  const dbName = `${name}-${process.pid}-${++seq}`;
  const app = await openApp(new FakeMailHost(), { dbName, clock });
  return { app, db: new ClientbookDb(dbName) };
}
