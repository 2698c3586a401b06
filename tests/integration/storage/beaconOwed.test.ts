/**
 * The lists owed a change-beacon touch live in the store, so a pane closed between a write and the
 * touch leaves them to the next engine; a touch clears only what it covered.
 */
import 'fake-indexeddb/auto';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { DexieSyncState } from '../../../src/adapters/storage/DexieSyncState';

let seq = 0;
const stateOf = () => new DexieSyncState(new ClientbookDb(`beacon-owed-${process.pid}-${++seq}`));

describe('lists owed a beacon touch', () => {
  it('stay owed across a delta link saved meanwhile, and go once touched', async () => {
    const state = stateOf();
    await state.markBeaconOwed(['clients', 'contacts']);
    await state.saveListState('clients', { deltaLink: 'link', beaconSeen: 's1' });

    const owed = await state.beaconOwed();
    expect(Object.keys(owed).sort()).toEqual(['clients', 'contacts']);
    expect(await state.listState('clients')).toEqual({ deltaLink: 'link', beaconSeen: 's1' });

    await state.beaconTouched(owed);
    expect(await state.beaconOwed()).toEqual({});
    expect(await state.listState('clients')).toEqual({ deltaLink: 'link', beaconSeen: 's1' });
  });

  it('keeps a list written to again while its touch was on the way', async () => {
    const state = stateOf();
    await state.markBeaconOwed(['deals']);
    const owed = await state.beaconOwed();
    await state.markBeaconOwed(['deals']);

    await state.beaconTouched(owed);

    expect(Object.keys(await state.beaconOwed())).toEqual(['deals']);
  });
});
