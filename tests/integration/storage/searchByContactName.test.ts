import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { DexieCrmStore } from '../../../src/adapters/storage/DexieCrmStore';
import type { Client } from '../../../src/domain/model/Client';
import type { Contact } from '../../../src/domain/model/Contact';

let seq = 0;
const store = () => `search-by-contact-name-${process.pid}-${++seq}`;
const opened: Dexie[] = [];
const db = (name = store()) => {
  const d = new ClientbookDb(name);
  opened.push(d);
  return d;
};
afterEach(() => opened.splice(0).forEach((d) => d.close()));

const at = '2026-03-10T09:00:00.000Z';
const client = (id: string, name: string) => ({ id, name, domains: [], owner: 'maria@clientbook.example', status: 'lead', createdAt: at, updatedAt: at }) as unknown as Client;
const person = (id: string, clientId: string, name: string, emails: string[] = []): Contact => ({ id, clientId, name, position: '', emails, phones: [], createdAt: at, updatedAt: at });
const found = async (s: DexieCrmStore, text: string) => (await s.searchClients(text, 30)).map((h) => h.client.name);

describe('contact persons’ names in Find a client', () => {
  it('follow every write to contacts: add, rename, delete', async () => {
    const d = db();
    const s = new DexieCrmStore(d);
    await s.createClient(client('c1', 'Contoso Ltd'), [person('p1', 'c1', 'Олена Литвиненко')]);
    await s.createClient(client('c2', 'Fabrikam'), [person('p2', 'c2', 'Sophie Élodie Martin')]);
    expect(await found(s, 'литвин')).toEqual(['Contoso Ltd']);
    expect(await found(s, 'elodie')).toEqual(['Fabrikam']);
    expect(await found(s, 'ÉLODIE mart')).toEqual(['Fabrikam']);
    expect(await found(s, 'elodie olena')).toEqual([]);

    await s.saveContact(person('p1', 'c1', 'Olena Lytvynenko'));
    expect(await found(s, 'литвин')).toEqual([]);
    expect(await found(s, 'lytv')).toEqual(['Contoso Ltd']);

    await s.deleteContact('p2');
    expect(await found(s, 'sophie')).toEqual([]);
  });

  it('list the client once with the contacts that matched first, and leave email look-ups alone', async () => {
    const s = new DexieCrmStore(db());
    await s.createClient(client('c1', 'Contoso Ltd'), [person('p0', 'c1', 'Ann Lee', ['olena.k@contoso.com']), person('p1', 'c1', 'Олена Литвиненко'), person('p2', 'c1', 'Олена Коваль')]);
    const [hit] = await s.searchClients('олена', 30);
    expect(hit!.contacts.map((c) => c.id).slice(0, 2).sort()).toEqual(['p1', 'p2']);
    expect(await found(s, 'olena.k@')).toEqual(['Contoso Ltd']);
    expect(await found(s, 'олена@')).toEqual([]);
  });
});
