import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { Deal, StageChange } from '../../domain/model/Deal';
import { withoutTeamItem } from './teamItems';

/** The table holding a flat digest of each deal, for analytics' first read. */
export const DEAL_DIGESTS_TABLE = 'dealDigests';

/**
 * A deal as analytics' figures read it, flat: its lines and notes left out, its stage history as
 * JSON text (kind, from, to, at, reason of each step) and its refusal in three fields. Reading
 * 50,000 deals as stored took 1.3 s of the first dashboard's 2 s read (the browser rebuilds every
 * line and step as an object); flat rows of text and numbers come back several times faster.
 */
export type DealDigest = Omit<Deal, 'lines' | 'notes' | 'stageHistory' | 'refusal'> & { steps: string; refusalReason: string; refusalStage: string; refusalAt: string; refused: boolean };

type Step = [kind: StageChange['kind'], from: string, to: string, at: string, reason: string];

export function digestOf(deal: Deal): DealDigest {
  // A synced deal's row holds its item in the team store: the digest has no use for it.
  const fields: Partial<Deal> = withoutTeamItem({ ...deal });
  delete fields.lines;
  delete fields.notes;
  delete fields.stageHistory;
  delete fields.refusal;
  const { stageHistory, refusal } = deal;
  const steps: Step[] = stageHistory.map((s) => [s.kind, s.from, s.to, s.at, s.reason]);
  return { ...(fields as Omit<Deal, 'lines' | 'notes' | 'stageHistory' | 'refusal'>), steps: JSON.stringify(steps), refused: refusal !== null, refusalReason: refusal?.reason ?? '', refusalStage: refusal?.stage ?? '', refusalAt: refusal?.at ?? '' };
}

/** The deal a digest stands for, without what the digest leaves out: no lines, no notes, no step's author or note. */
export function dealOfDigest(digest: DealDigest): Deal {
  const { steps, refused, refusalReason, refusalStage, refusalAt, ...fields } = digest;
  const stageHistory = (JSON.parse(steps) as Step[]).map(([kind, from, to, at, reason]): StageChange => ({ kind, from, to, at, by: '', reason, note: '' }));
  return { ...fields, lines: [], notes: '', stageHistory, refusal: refused ? { reason: refusalReason, stage: refusalStage, note: '', at: refusalAt } : null };
}

/**
 * Keeps each deal's digest in the same transaction as every write to deals — pane edits, sync
 * pulls, imports, erasure, seeding all reach IndexedDB through Dexie — so the digests are the
 * deals as they are, with no copy to refresh. Deals and digests share their keys: a deletion by
 * key or by range deletes the same digests.
 */
export function dealDigests(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'dealDigests',
    create(down) {
      const digested = (deals: DBCoreTable): DBCoreTable => ({
        ...deals,
        async mutate(req: DBCoreMutateRequest) {
          const response = await deals.mutate(req);
          // Looked up at the first write: while an older store is upgraded, the stack is made before the table exists.
          const digests = down.table(DEAL_DIGESTS_TABLE);
          if (req.type === 'add' || req.type === 'put') {
            const values = (req.values as Deal[]).filter((_, i) => !(i in response.failures)).map(digestOf);
            if (values.length) await digests.mutate({ type: 'put', trans: req.trans, values });
          } else if (req.type === 'delete') await digests.mutate({ type: 'delete', trans: req.trans, keys: req.keys });
          else await digests.mutate({ type: 'deleteRange', trans: req.trans, range: req.range });
          return response;
        },
      });
      return {
        ...down,
        transaction(stores, mode, options) {
          const widened = mode === 'readwrite' && stores.includes('deals') && !stores.includes(DEAL_DIGESTS_TABLE) ? [...stores, DEAL_DIGESTS_TABLE] : stores;
          return down.transaction(widened, mode, options);
        },
        table(name) {
          const table = down.table(name);
          return name === 'deals' ? digested(table) : table;
        },
      };
    },
  };
}

/** Fills the digests, once, when a store made before them is upgraded: every deal read and digested. */
export function fillDealDigests(trans: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    const digests = trans.objectStore(DEAL_DIGESTS_TABLE);
    const request = trans.objectStore('deals').openCursor();
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve();
      digests.put(digestOf(cursor.value as Deal));
      cursor.continue();
    };
  });
}
