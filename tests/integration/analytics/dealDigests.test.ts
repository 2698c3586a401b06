import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { dealOfDigest, digestOf } from '../../../src/adapters/storage/dealDigests';
import { DexieSyncState } from '../../../src/adapters/storage/DexieSyncState';
import { demoYear } from '../../../src/app/demoYear';
import type { Deal } from '../../../src/domain/model/Deal';

let seq = 0;
const store = () => `deal-digests-${process.pid}-${++seq}`;
const opened: Dexie[] = [];
const db = (name = store()) => {
  const d = new ClientbookDb(name);
  opened.push(d);
  return d;
};
afterEach(() => opened.splice(0).forEach((d) => d.close()));

const { deals } = demoYear({ now: new Date('2026-11-27T09:00:00Z') });
/** What analytics read of a deal: all but its lines, notes and the steps' authors and notes. */
const asRead = (deal: Deal): Deal => ({ ...deal, lines: [], notes: '', stageHistory: deal.stageHistory.map((s) => ({ ...s, by: '', note: '' })), refusal: deal.refusal && { ...deal.refusal, note: '' } });

/** The deals the digests stand for, by id. */
async function digested(d: ClientbookDb): Promise<Record<string, Deal>> {
  return Object.fromEntries((await d.dealDigests.toArray()).map((digest) => [digest.id, dealOfDigest(digest)]));
}
async function expected(d: ClientbookDb): Promise<Record<string, Deal>> {
  return Object.fromEntries((await d.deals.toArray()).map((deal) => [deal.id, asRead(deal)]));
}

describe('each deal’s digest, kept with every deal write', () => {
  it('gives back every field analytics read, for a year of a team’s deals', () => {
    const refused = deals.find((d) => d.refusal)!;
    expect(deals.length).toBeGreaterThan(500);
    for (const deal of deals) expect(dealOfDigest(digestOf(deal))).toEqual(asRead(deal));
    expect(dealOfDigest(digestOf(refused)).refusal).toMatchObject({ reason: refused.refusal!.reason, stage: refused.refusal!.stage, at: refused.refusal!.at });
  });

  it('follows puts, edits and deletions by key, by query and of the whole table', async () => {
    const d = db();
    await d.deals.bulkPut(deals.slice(0, 200));
    await d.deals.put({ ...deals[0]!, stage: 'negotiation', amountMinor: 1 });
    await d.deals.update(deals[1]!.id, { status: 'won', closedAt: '2026-11-20T10:00:00.000Z' });
    await d.deals.bulkDelete([deals[2]!.id, deals[3]!.id]);
    await d.deals.where('owner').equals(deals[4]!.owner).delete();
    expect(Object.keys(await digested(d)).length).toBeGreaterThan(50);
    expect(await digested(d)).toEqual(await expected(d));
    expect((await digested(d))[deals[0]!.id]?.amountMinor).toBe(1);
    await d.deals.clear();
    expect(await d.dealDigests.count()).toBe(0);
  });

  it('is not changed by a write that was rolled back', async () => {
    const d = db();
    await d.deals.put(deals[0]!);
    await expect(
      d.transaction('rw', d.deals, async () => {
        await d.deals.put({ ...deals[0]!, amountMinor: 7 });
        await d.deals.put(deals[1]!);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await digested(d)).toEqual({ [deals[0]!.id]: asRead(deals[0]!) });
  });

  it('follows deals a sync pull brings and removes, without their items in the team store', async () => {
    const d = db();
    const sync = new DexieSyncState(d);
    await sync.applyPulled('deals', [{ kind: 'upsert', version: { itemId: '1', eTag: '"1"', record: deals[0]! } }, { kind: 'upsert', version: { itemId: '2', eTag: '"1"', record: deals[1]! } }]);
    await sync.applyPulled('deals', [{ kind: 'delete', itemId: '2' }]);
    expect(await d.dealDigests.toArray()).toEqual([digestOf(deals[0]!)]);
    expect(JSON.stringify(await d.dealDigests.toArray())).not.toContain('teamItem');
  });

  it('is filled from the deals already there when a store made before it is upgraded', async () => {
    const name = store();
    const before = new Dexie(name);
    before.version(10).stores({ deals: 'id, clientId, status, stage, owner, campaignId, teamItem.itemId', analyticsChanges: 'id', syncMeta: '[table+key], [table+itemId]' });
    await before.table('deals').bulkPut(deals.slice(0, 50));
    before.close();

    const upgraded = db(name);
    expect(await digested(upgraded)).toEqual(Object.fromEntries(deals.slice(0, 50).map((deal) => [deal.id, asRead(deal)])));
  });
});
