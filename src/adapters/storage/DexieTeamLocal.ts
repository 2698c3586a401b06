/**
 * The local side of joining a team: queues every record the team store has never seen (so a
 * first Connect uploads what the pane already holds, even if the outbox was trimmed), and writes
 * Team member records with their outbox entry in one transaction.
 */
import type { Member } from '../../domain/model/Member';
import { syncTables, type SyncTable } from '../../sync/syncPorts';
import type { ClientbookDb, OutboxEntry } from './ClientbookDb';
import { TEAM_ITEM_INDEX } from './teamItems';

export class DexieTeamLocal {
  constructor(private readonly db: ClientbookDb) {}

  /**
   * Queues each local record that has neither an agreement with the team store nor a waiting
   * outbox entry. Running it again queues nothing more. Returns how many it queued.
   */
  async enqueueUnsynced(at: string): Promise<number> {
    let queued = 0;
    for (const table of syncTables) {
      queued += await this.db.transaction('rw', [this.db.table(table), this.db.outbox, this.db.syncMeta], async () => {
        const keys = (await this.db.table(table).toCollection().primaryKeys()) as string[];
        if (!keys.length) return 0;
        const agreed = await this.db.syncMeta.where('[table+itemId]').between([table, ''], [table, '\uffff']).toArray();
        const held = (await this.db.table(table).orderBy(TEAM_ITEM_INDEX).primaryKeys()) as string[];
        const waiting = await this.db.outbox.where('[table+key]').between([table, ''], [table, '\uffff']).toArray();
        const known = new Set([...agreed.map((m) => m.key), ...held, ...waiting.map((e) => e.key)]);
        const missing: OutboxEntry[] = keys.filter((k) => !known.has(k)).map((key) => ({ table, key, op: 'upsert', at }));
        await this.db.outbox.bulkAdd(missing);
        return missing.length;
      });
    }
    return queued;
  }

  /** A readable name for each record (its name, subject or title), for the conflict log; absent records are left out. */
  async recordNames(refs: { table: SyncTable; key: string }[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const table of new Set(refs.map((r) => r.table))) {
      const keys = [...new Set(refs.filter((r) => r.table === table).map((r) => r.key))];
      const rows = (await this.db.table(table).bulkGet(keys)) as ({ name?: unknown; subject?: unknown; title?: unknown; number?: unknown } | undefined)[];
      rows.forEach((row, i) => {
        const name = row?.name ?? row?.subject ?? row?.title ?? row?.number;
        if (typeof name === 'string' && name) names.set(`${table}/${keys[i]}`, name);
      });
    }
    return names;
  }

  async saveMember(member: Member): Promise<void> {
    await this.db.transaction('rw', [this.db.members, this.db.outbox], async () => {
      await this.db.members.put(member);
      await this.db.outbox.add({ table: 'members', key: member.id, op: 'upsert', at: member.updatedAt });
    });
  }
}
