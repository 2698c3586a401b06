/**
 * Chaos: three panes make random edits while syncing in the background, against a team store
 * where 20% of calls fail (429/503 with Retry-After, connections dropped after the work was
 * done). Afterwards every pane and the store must hold the same records: none lost, none
 * duplicated. CHAOS_OPS sets the operations per pane: the 1,000 by default (about 15 s on
 * two cores), fewer for a quick run while changing the engine.
 */
import type { HistoryEntry } from '../../../src/domain/model/HistoryEntry';
import type { SyncRecord } from '../../../src/sync/syncPorts';
import { aClient, aContact } from '../../support/builders/aClient';
import { seededRandom } from '../../support/graph-emulator/seededRandom';
import { beaconMoves, openPane, remoteSnapshot, startTeam, type Pane } from './support/aTeam';

const OPS_PER_PANE = Number(process.env.CHAOS_OPS ?? 1000);
const FAULT_RATE = 0.2;

jest.setTimeout(Math.max(90_000, OPS_PER_PANE * 300));

function aHistoryEntry(n: number, clientId: string, author: string, at: string): HistoryEntry {
  return {
    id: `email-${n}`,
    clientId,
    contactIds: [],
    type: 'email',
    department: 'sales',
    author,
    authorName: author,
    at,
    subject: `Message ${n}`,
    text: 'Hello',
    outcome: '',
    email: null,
    completesPlannedContactId: '',
    createdAt: at,
    updatedAt: at,
  };
}

let stopEmulator = async () => undefined as void;
afterAll(() => stopEmulator());

describe('chaos: three panes, random edits, 20% faults', () => {
  it('converges to identical stores with no lost and no duplicated record', async () => {
    const { emulator, layout } = await startTeam({ budgetPerMinute: 1e9, seed: 3 });
    stopEmulator = () => emulator.stop();
    const random = seededRandom(42);
    const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
    const panes: Pane[] = [];
    for (let i = 0; i < 3; i++) {
      panes.push(await openPane(emulator, layout, { engine: { sleep: async () => undefined, maxAttempts: 4, random: seededRandom(100 + i) } }));
    }
    emulator.setFaultRate({ rate: FAULT_RATE, seed: 9 });

    let tick = 0;
    const now = () => new Date(Date.UTC(2026, 2, 1) + ++tick * 1000).toISOString();
    const created = { clients: new Set<string>(), contacts: new Set<string>(), history: new Set<string>() };
    const deletedContacts = new Set<string>();
    const counts: Record<string, number> = {};
    const count = (what: string) => (counts[what] = (counts[what] ?? 0) + 1);
    let syncFailures = 0;
    const background: Promise<unknown>[] = [];

    for (let op = 0; op < OPS_PER_PANE * panes.length; op++) {
      const pane = pick(panes)!;
      const clientIds = (await pane.db.clients.toCollection().primaryKeys()) as string[];
      const roll = random();
      const clientId = pick(clientIds);
      if (roll < 0.18 || !clientId) {
        const client = aClient({ id: `c-${op}`, name: `Client ${op}`, createdAt: now(), updatedAt: now() });
        const contacts = random() < 0.5 ? [aContact({ id: `p-${op}`, clientId: client.id, emails: [`p${op}@example.com`] })] : [];
        await pane.store.createClient(client, contacts);
        created.clients.add(client.id);
        contacts.forEach((c) => created.contacts.add(c.id));
        count('create client');
      } else if (roll < 0.5) {
        const client = (await pane.store.getClient(clientId))!;
        const field = pick(['phone', 'notes', 'website', 'status', 'region'] as const)!;
        const value = field === 'status' ? pick(['lead', 'prospect', 'customer', 'inactive'] as const)! : `${field}-${op}`;
        await pane.store.saveClient({ ...client, [field]: value, updatedAt: now() });
        count('edit client');
      } else if (roll < 0.62) {
        const contact = aContact({ id: `p-${op}`, clientId, emails: [`p${op}@example.com`], createdAt: now(), updatedAt: now() });
        await pane.store.saveContact(contact);
        created.contacts.add(contact.id);
        count('add contact');
      } else if (roll < 0.75) {
        const contact = pick(await pane.store.contactsOf(clientId));
        if (contact) {
          await pane.store.saveContact({ ...contact, position: `position-${op}`, phones: [`+380${op}`], updatedAt: now() });
          count('edit contact');
        }
      } else if (roll < 0.8) {
        const contact = pick(await pane.store.contactsOf(clientId));
        if (contact) {
          await pane.store.deleteContact(contact.id);
          deletedContacts.add(contact.id);
          count('delete contact');
        }
      } else if (roll < 0.9) {
        // The same email logged by several managers: one record, whoever logs it.
        const n = Math.floor(random() * 40);
        const known = (await Promise.all(panes.map((p) => p.store.getHistoryEntry(`email-${n}`)))).find(Boolean);
        const entry = aHistoryEntry(n, known?.clientId ?? clientId, `manager${panes.indexOf(pane)}@contoso.com`, now());
        if (await pane.store.addHistoryEntryOnce(entry)) count('log email');
        created.history.add(entry.id);
      } else {
        // Syncs run in the background while the managers keep editing.
        background.push(pane.engine.sync().catch(() => syncFailures++));
        count('sync');
      }
    }
    await Promise.all(background);

    let rounds = 0;
    for (;;) {
      rounds++;
      // A sync can move the change beacon without pushing anything (writes that landed with their
      // answers lost): the panes that synced before it in this round have yet to pull them.
      const beaconBefore = beaconMoves(emulator, layout);
      let quiet = true;
      for (const pane of panes) {
        try {
          const report = await pane.engine.sync();
          if (report.pushed || report.pulled) quiet = false;
        } catch {
          syncFailures++;
          quiet = false;
        }
      }
      if (beaconMoves(emulator, layout) !== beaconBefore) quiet = false;
      const pending = await Promise.all(panes.map((p) => p.store.pendingOutboxCount()));
      if (quiet && pending.every((n) => n === 0)) break;
      if (rounds > 60) throw new Error(`No convergence after ${rounds} rounds; pending ${pending.join(', ')}`);
    }

    const remote = remoteSnapshot(emulator);
    const snapshots = await Promise.all(panes.map((p) => p.snapshot()));
    for (const s of snapshots) expect(s).toEqual(remote);

    const ids = (records: SyncRecord[] | undefined) => new Set((records ?? []).map((r) => r.id));
    const clients = ids(remote.clients);
    const contacts = ids(remote.contacts);
    const history = ids(remote.history);
    const lost = [
      ...[...created.clients].filter((id) => !clients.has(id)),
      ...[...created.contacts].filter((id) => !deletedContacts.has(id) && !contacts.has(id)),
      ...[...created.history].filter((id) => !history.has(id)),
    ];
    expect(lost).toEqual([]);
    for (const table of ['clients', 'contacts', 'history'] as const) {
      const list = emulator.sharePoint.listByName(`Clientbook ${table === 'history' ? 'History' : table[0]!.toUpperCase() + table.slice(1)}`)!;
      const entityIds = [...list.items.values()].map((i) => i.fields.cbEntityId);
      expect(new Set(entityIds).size).toBe(entityIds.length);
      expect(entityIds.length).toBe(remote[table]!.length);
    }
    const deletedGone = [...deletedContacts].filter((id) => !contacts.has(id)).length;
    const conflicts = (await Promise.all(panes.map((p) => p.state.conflicts()))).flat().length;
    console.log(
      [
        `Chaos: ${OPS_PER_PANE * panes.length} operations on 3 panes, ${FAULT_RATE * 100}% faults`,
        `operations: ${JSON.stringify(counts)}`,
        `store: ${clients.size} clients, ${contacts.size} contacts, ${history.size} history entries; lost 0, duplicated 0`,
        `deleted contacts: ${deletedContacts.size}, gone ${deletedGone}, restored by a concurrent edit ${deletedContacts.size - deletedGone}`,
        `conflicts logged: ${conflicts}; failed syncs retried: ${syncFailures}; settle rounds: ${rounds}`,
        `HTTP requests: ${emulator.httpRequests}; faults injected: ${JSON.stringify(emulator.faultsInjected)}; resource units: ${emulator.meter.total()}`,
      ].join('\n'),
    );
    panes.forEach((p) => p.close());
    await emulator.stop();
  });
});
