import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { DexieSyncState } from '../../../src/adapters/storage/DexieSyncState';
import { demoYear } from '../../../src/app/demoYear';
import { defaultAlarmThresholds } from '../../../src/domain/analytics/alarms';
import type { HistoryEntry } from '../../../src/domain/model/HistoryEntry';
import { contact } from '../../unit/analytics/analyticsBuilders';

let seq = 0;
const store = () => `last-contacts-${process.pid}-${++seq}`;
const opened: Dexie[] = [];
const db = (name = store()) => {
  const d = new ClientbookDb(name);
  opened.push(d);
  return d;
};
afterEach(() => opened.splice(0).forEach((d) => d.close()));

/** A latest-contact table: whose entries it keeps, and an entry of that one (a client's, or a deal's of one client). */
const kinds = [
  { name: 'client', rows: (d: ClientbookDb) => d.clientLastContacts.toArray(), idOf: (r: { clientId: string }) => r.clientId, ownerOf: (h: HistoryEntry) => h.clientId, entry: (id: string, owner: string, at: string) => contact(id, owner, at) },
  { name: 'deal', rows: (d: ClientbookDb) => d.dealLastContacts.toArray(), idOf: (r: { dealId: string }) => r.dealId, ownerOf: (h: HistoryEntry) => h.dealId ?? '', entry: (id: string, owner: string, at: string) => contact(id, 'acme-client', at, owner) },
] as const;

describe.each(kinds)('each $name’s latest contact, kept with every history write', ({ rows, idOf, ownerOf, entry: contact }) => {
  /** The latest contacts as the table says them: owner → instant. */
  const latest = async (d: ClientbookDb): Promise<Record<string, string>> => Object.fromEntries((await rows(d)).map((r) => [idOf(r as never), r.at]));

  /** The same worked out from every history entry. */
  const latestFromHistory = async (d: ClientbookDb): Promise<Record<string, string>> => {
    const out: Record<string, string> = {};
    for (const h of await d.history.toArray()) if (ownerOf(h) && (out[ownerOf(h)] ?? '') < h.at) out[ownerOf(h)] = h.at;
    return out;
  };

  it('rises with newer contacts and ignores older ones, one row each', async () => {
    const d = db();
    await d.history.bulkPut([contact('h1', 'acme', '2026-03-02T10:00:00Z'), contact('h2', 'acme', '2026-03-05T10:00:00Z'), contact('h3', 'globex', '2026-01-10T09:00:00Z')]);
    await d.history.add(contact('h4', 'acme', '2026-02-01T08:00:00Z'));
    await d.history.put(contact('h5', 'globex', '2026-03-20T08:00:00Z'));
    expect(await latest(d)).toEqual({ acme: '2026-03-05T10:00:00Z', globex: '2026-03-20T08:00:00Z' });
  });

  it('falls back to the previous contact when the latest one is moved earlier, given to another one or deleted', async () => {
    const d = db();
    await d.history.bulkPut([contact('h1', 'acme', '2026-03-02T10:00:00Z'), contact('h2', 'acme', '2026-03-05T10:00:00Z'), contact('h3', 'globex', '2026-01-10T09:00:00Z')]);

    await d.history.update('h2', { at: '2026-02-01T10:00:00Z' });
    expect((await latest(d)).acme).toBe('2026-03-02T10:00:00Z');

    await d.history.put({ ...contact('h1', 'globex', '2026-03-02T10:00:00Z') });
    expect(await latest(d)).toEqual({ acme: '2026-02-01T10:00:00Z', globex: '2026-03-02T10:00:00Z' });

    await d.history.delete('h1');
    expect((await latest(d)).globex).toBe('2026-01-10T09:00:00Z');

    await d.history.bulkDelete(['h2', 'h3']);
    expect(await latest(d)).toEqual({});
  });

  it('keeps the latest when an older contact is edited or deleted', async () => {
    const d = db();
    await d.history.bulkPut([contact('h1', 'acme', '2026-03-02T10:00:00Z'), contact('h2', 'acme', '2026-03-05T10:00:00Z')]);
    await d.history.update('h1', { subject: 'Call about the renewal' });
    await d.history.delete('h1');
    expect(await latest(d)).toEqual({ acme: '2026-03-05T10:00:00Z' });
  });

  it('empties with the history and follows a deletion by query', async () => {
    const d = db();
    await d.history.bulkPut([contact('h1', 'acme', '2026-03-02T10:00:00Z'), contact('h2', 'acme', '2026-03-05T10:00:00Z'), contact('h3', 'globex', '2026-01-10T09:00:00Z')]);
    await d.history.where('at').above('2026-03-03').delete();
    expect(await latest(d)).toEqual({ acme: '2026-03-02T10:00:00Z', globex: '2026-01-10T09:00:00Z' });
    await d.history.clear();
    expect(await latest(d)).toEqual({});
  });

  it('follows contacts a sync pull brings and removes', async () => {
    const d = db();
    const sync = new DexieSyncState(d);
    const pulled = (h: HistoryEntry, itemId: string) => ({ kind: 'upsert' as const, version: { itemId, eTag: '"1"', record: h } });
    await sync.applyPulled('history', [pulled(contact('h1', 'acme', '2026-03-02T10:00:00Z'), '1'), pulled(contact('h2', 'acme', '2026-03-09T10:00:00Z'), '2')]);
    expect(await latest(d)).toEqual({ acme: '2026-03-09T10:00:00Z' });
    await sync.applyPulled('history', [{ kind: 'delete', itemId: '2' }]);
    expect(await latest(d)).toEqual({ acme: '2026-03-02T10:00:00Z' });
  });

  it('is not changed by a write that was rolled back', async () => {
    const d = db();
    await d.history.add(contact('h1', 'acme', '2026-03-02T10:00:00Z'));
    await expect(
      d.transaction('rw', d.history, async () => {
        await d.history.add(contact('h2', 'acme', '2026-03-09T10:00:00Z'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await latest(d)).toEqual({ acme: '2026-03-02T10:00:00Z' });
  });

  it('agrees with the whole history after a year of a team’s data is written and partly rewritten', async () => {
    const d = db();
    const { history } = demoYear({ now: new Date('2026-11-27T09:00:00Z') });
    await d.history.bulkPut(history.slice(0, 1500));
    await d.history.bulkPut(history.slice(1500));
    // Every tenth contact rewritten a month earlier, and every seventh deleted.
    await d.history.bulkPut(history.filter((_, i) => i % 10 === 0).map((h) => ({ ...h, at: new Date(Date.parse(h.at) - 30 * 86_400_000).toISOString() })));
    await d.history.bulkDelete(history.filter((_, i) => i % 7 === 0).map((h) => h.id));
    expect(Object.keys(await latest(d)).length).toBeGreaterThan(50);
    expect(await latest(d)).toEqual(await latestFromHistory(d));
  });

});

describe('latest contacts kept before the tables existed', () => {
  const latest = async (d: ClientbookDb) => Object.fromEntries((await d.clientLastContacts.toArray()).map((r) => [r.clientId, r.at]));
  it('is filled from the history already there when a store made before it is upgraded', async () => {
    const name = store();
    const before = new Dexie(name);
    // The tables a version 7 store had that history writes reach (the agreements table: teamItems.ts).
    before.version(7).stores({ history: 'id, clientId, [clientId+at], at, dealId, serviceCaseId, email.conversationId, author', analyticsChanges: 'id', syncMeta: '[table+key], [table+itemId]' });
    await before.table('history').bulkPut([contact('h1', 'acme', '2026-03-02T10:00:00Z'), contact('h2', 'acme', '2026-03-05T10:00:00Z'), contact('h3', 'globex', '2026-01-10T09:00:00Z')]);
    before.close();

    const upgraded = db(name);
    expect(await latest(upgraded)).toEqual({ acme: '2026-03-05T10:00:00Z', globex: '2026-01-10T09:00:00Z' });
    await upgraded.history.delete('h2');
    expect((await latest(upgraded)).acme).toBe('2026-03-02T10:00:00Z');
  });

  it('fills the deals’ table from the contacts since the stalled-deal limit when a store made before it is upgraded, and notes that day', async () => {
    const name = store();
    const before = new Dexie(name);
    before.version(9).stores({ history: 'id, clientId, [clientId+at], at, dealId', analyticsSettings: 'id', analyticsChanges: 'id', clientLastContacts: 'clientId, historyId', syncMeta: '[table+key], [table+itemId]' });
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    // The head of sales counts a deal stalled after 45 days: d1's contacts are within them, d2's only before, d3's on both sides.
    await before.table('analyticsSettings').put({ id: 'team', thresholds: { ...defaultAlarmThresholds, stalledDays: 45 } });
    await before.table('history').bulkPut([contact('h1', 'acme', daysAgo(3), 'd1'), contact('h2', 'acme', daysAgo(10), 'd1'), contact('h3', 'acme', daysAgo(60), 'd2'), contact('h4', 'globex', daysAgo(90), 'd3'), contact('h5', 'globex', daysAgo(40), 'd3'), contact('h6', 'globex', daysAgo(1))]);
    before.close();

    const upgraded = db(name);
    expect(Object.fromEntries((await upgraded.dealLastContacts.toArray()).map((r) => [r.dealId, r.historyId]))).toEqual({ d1: 'h1', d3: 'h5' });
    expect(await upgraded.lastContactsFrom.get('dealLastContacts')).toEqual({ table: 'dealLastContacts', from: daysAgo(45).slice(0, 10) });
    // Kept from then on like a store made with it.
    await upgraded.history.delete('h5');
    expect((await upgraded.dealLastContacts.get('d3'))?.historyId).toBe('h4');
  });
});
