import 'fake-indexeddb/auto';
import { openApp } from '../../../src/app/openApp';
import { QueryNameTakenError } from '../../../src/app/QueryNameTakenError';
import { emptyQuery } from '../../../src/domain/analytics/query/Query';
import { FakeMailHost } from '../../support/fakeMailHost';

let seq = 0;
const clock = { now: () => new Date('2026-03-10T09:00:00Z') };

/** Two team members on one store, as after a sync. */
async function team() {
  const dbName = `saved-query-names-${process.pid}-${++seq}`;
  const me = await openApp(new FakeMailHost(), { dbName, clock });
  const colleague = await openApp(new FakeMailHost({ user: { email: 'olena@clientbook.example', displayName: 'Olena Bondar' } }), { dbName, clock });
  return { me: me.analytics!, colleague: colleague.analytics! };
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

describe('saved query names', () => {
  it('refuses a name another query of the team has, whatever its case and spaces, and says whose it is', async () => {
    const { me, colleague } = await team();
    const theirs = await colleague.saveQuery('By stage', emptyQuery('deals'));
    const error = await refusal(me.saveQuery('  by   STAGE ', emptyQuery('clients')));
    expect(error).toBeInstanceOf(QueryNameTakenError);
    expect(error).toMatchObject({ taken: { id: theirs.id, name: 'By stage' }, own: false });
    expect((await me.savedQueries()).map((q) => q.name)).toEqual(['By stage']);
  });

  it('says a taken name is the user’s own, and replaces that query when saved again with its id', async () => {
    const { me } = await team();
    const mine = await me.saveQuery('By stage', emptyQuery('deals'));
    const other = await me.saveQuery('By owner', emptyQuery('deals'));
    // Renaming the other one to the first one's name is refused as well.
    expect(await refusal(me.saveQuery('By Stage', emptyQuery('clients'), other.id))).toMatchObject({ taken: { id: mine.id }, own: true });
    const replaced = await me.saveQuery('By Stage', emptyQuery('clients'), mine.id);
    expect(replaced.id).toBe(mine.id);
    expect((await me.savedQueries()).map((q) => [q.name, q.query.records]).sort()).toEqual([
      ['By Stage', 'clients'],
      ['By owner', 'deals'],
    ]);
  });

  it('keeps a query’s own name when it is saved again, and collapses its spaces', async () => {
    const { me } = await team();
    const mine = await me.saveQuery(' Kyiv   retail ', emptyQuery('clients'));
    expect(mine.name).toBe('Kyiv retail');
    await me.saveQuery('Kyiv retail', emptyQuery('deals'), mine.id);
    expect((await me.savedQueries()).map((q) => [q.name, q.query.records])).toEqual([['Kyiv retail', 'deals']]);
  });

  it('does not bring a deleted query back (Undo) under a name another query took meanwhile', async () => {
    const { me, colleague } = await team();
    const mine = await me.saveQuery('By stage', emptyQuery('deals'));
    await me.deleteQuery(mine.id);
    await colleague.saveQuery('by stage', emptyQuery('deals'));
    expect(await refusal(me.restoreQuery(mine))).toBeInstanceOf(QueryNameTakenError);
    expect((await me.savedQueries()).map((q) => q.name)).toEqual(['by stage']);
  });
});
