/**
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import { readCardFacts } from '../../../src/adapters/storage/readCardFacts';
import { readFirstCard } from '../../../src/app/firstCard';
import { openApp } from '../../../src/app/openApp';
import type { Clock, ReadItem } from '../../../src/domain/ports';
import { FakeMailHost } from '../../support/fakeMailHost';
import { aReadItem } from '../../support/builders/aReadItem';

let seq = 0;
const clock: Clock = { now: () => new Date(2026, 10, 27, 10, 0, 0) };
const taras = { name: 'Taras Melnyk', email: 'taras.melnyk@fabrikam.com' };

/** A pane's store with Fabrikam (Taras a contact) and Contoso, and a host showing `item`. */
async function aStore(item: ReadItem | null) {
  const dbName = `first-card-${++seq}`;
  const host = new FakeMailHost({ item });
  const app = await openApp(host, { dbName, clock });
  const fabrikam = await app.createClient({
    client: { name: 'Fabrikam', domains: ['fabrikam.com'] },
    contacts: [{ name: taras.name, position: '', emails: [taras.email], phones: [] }],
  });
  const contoso = await app.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [] });
  const read = (addresses: readonly string[], domains: readonly string[]) => readCardFacts(addresses, domains, dbName);
  return { app, host, fabrikam, contoso, read };
}

describe('the first card, read before the app starts', () => {
  it("is the client recognizeMessage finds for the sender, with its next contact's labels and the owner's team", async () => {
    const item = aReadItem({ from: taras });
    const { app, host, fabrikam, read } = await aStore(item);
    await app.planNextContact({ clientId: fabrikam.id, due: '2026-12-03', kind: 'call', note: '' });
    await app.planNextContact({ clientId: fabrikam.id, due: '2026-12-01', kind: 'meeting', note: '' });

    const card = await readFirstCard(host, read);

    expect((await app.recognizeMessage(item)).clients.map((c) => c.id)).toEqual([fabrikam.id]);
    expect(card).toMatchObject({ client: { id: fabrikam.id, name: 'Fabrikam', owner: 'me@clientbook.example' }, next: { due: '2026-12-01', kind: 'meeting', kindLabels: { en: 'Meeting' } } });
    expect(card?.next?.kindLabels?.uk).toBeTruthy();
  });

  it('matches a new colleague by the domain, as the app does, and says when nothing is planned', async () => {
    const { host, fabrikam, read } = await aStore(aReadItem({ from: { name: 'Iryna', email: 'iryna@fabrikam.com' } }));

    expect(await readFirstCard(host, read)).toMatchObject({ client: { id: fabrikam.id }, next: null, members: [] });
  });

  it('draws no card first when the message shows no client or several, or nothing is open', async () => {
    const unknown = await aStore(aReadItem({ from: { name: 'Olena', email: 'olena@gmail.com' } }));
    expect(await readFirstCard(unknown.host, unknown.read)).toBeNull();

    const two = await aStore(aReadItem({ from: taras, cc: [{ name: 'Ann', email: 'ann@contoso.com' }] }));
    expect(await readFirstCard(two.host, two.read)).toBeNull();

    const nothingOpen = await aStore(null);
    expect(await readFirstCard(nothingOpen.host, nothingOpen.read)).toBeNull();
  });

  it('neither creates nor reads a store that does not exist yet', async () => {
    const dbName = `never-created-${++seq}`;
    expect(await readCardFacts([taras.email], ['fabrikam.com'], dbName)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(dbName);
  });

  it("lets the app's own connection upgrade the store while the first card holds it open", async () => {
    const { read } = await aStore(null);
    const facts = await read([taras.email], ['fabrikam.com']);
    expect(facts?.contactClients.map((c) => c.name)).toEqual(['Fabrikam']);
    const upgraded = await new Promise<number>((resolve, reject) => {
      const request = indexedDB.open(`first-card-${seq}`, 999);
      request.onsuccess = () => {
        request.result.close();
        resolve(request.result.version);
      };
      request.onerror = () => reject(request.error);
    });
    expect(upgraded).toBe(999);
  });
});
