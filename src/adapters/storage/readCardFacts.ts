import type { Client } from '../../domain/model/Client';
import type { Contact } from '../../domain/model/Contact';
import type { Member } from '../../domain/model/Member';
import type { PlannedContact } from '../../domain/model/PlannedContact';
import type { ReferenceItem } from '../../domain/model/ReferenceItem';

/** What the pane's first card needs from the store, read with IndexedDB itself (see readCardFacts). */
export type CardFacts = {
  /** Contacts having one of the addresses, and the clients they belong to. */
  contacts: Contact[];
  contactClients: Client[];
  /** Clients having one of the domains. */
  domainClients: Client[];
  /** One client's planned contacts, the 'historyType' picklist and the Team members, for `detailsOf`. */
  detailsOf(clientId: string): Promise<{ plans: PlannedContact[]; historyTypes: ReferenceItem[]; members: Member[] }>;
  close(): void;
};

const answer = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

/** Every distinct record an index holds under any of the keys. */
async function byKeys<T extends { id: string }>(store: IDBObjectStore, index: string, keys: readonly string[]): Promise<T[]> {
  const found = new Map<string, T>();
  for (const rows of await Promise.all([...new Set(keys)].map((key) => answer(store.index(index).getAll(key) as IDBRequest<T[]>)))) {
    for (const row of rows) found.set(row.id, row);
  }
  return [...found.values()];
}

/**
 * Opens the pane's database without Dexie and reads the records the first card is drawn from, by
 * the same indexes the app's store uses (ClientbookDb's version 1 schema). Dexie, the app and its
 * schema load after the first card; this never creates or upgrades the database: null when it does
 * not exist yet (a first start, which the app's schema creates).
 */
export async function readCardFacts(addresses: readonly string[], domains: readonly string[], dbName = 'clientbook', idb: IDBFactory = indexedDB): Promise<CardFacts | null> {
  const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
    const request = idb.open(dbName);
    request.onupgradeneeded = () => {
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      // Aborting the creation of a missing database ends here: there is nothing to read.
      if (request.error?.name === 'AbortError') {
        event.preventDefault();
        resolve(null);
      } else reject(request.error ?? new Error('IndexedDB open failed'));
    };
  });
  if (!db) return null;
  // The app's own connection may need to upgrade the schema: never stand in its way.
  db.onversionchange = () => db.close();
  const read = (...tables: string[]) => db.transaction(tables, 'readonly');
  try {
    const tx = read('contacts', 'clients');
    const [contacts, domainClients] = await Promise.all([
      byKeys<Contact>(tx.objectStore('contacts'), 'emails', addresses),
      byKeys<Client>(tx.objectStore('clients'), 'domains', domains),
    ]);
    const clients = tx.objectStore('clients');
    const contactClients = (await Promise.all([...new Set(contacts.map((c) => c.clientId))].map((id) => answer(clients.get(id) as IDBRequest<Client | undefined>)))).filter(
      (c): c is Client => c !== undefined,
    );
    return {
      contacts,
      contactClients,
      domainClients,
      async detailsOf(clientId) {
        const details = read('plannedContacts', 'referenceItems', 'members');
        const [plans, historyTypes, members] = await Promise.all([
          answer(details.objectStore('plannedContacts').index('clientId').getAll(clientId) as IDBRequest<PlannedContact[]>),
          answer(details.objectStore('referenceItems').index('list').getAll('historyType') as IDBRequest<ReferenceItem[]>),
          answer(details.objectStore('members').getAll() as IDBRequest<Member[]>),
        ]);
        return { plans, historyTypes, members };
      },
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
