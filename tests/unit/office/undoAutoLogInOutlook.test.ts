/**
 * @jest-environment jsdom
 */
/**
 * Undo of an automatic log in Outlook: the "Clientbook" category comes off the open message through
 * Office.js (item.categories.removeAsync), or the custom property where Mailbox 1.8 is missing; a
 * message that is not open needs Graph, and a pane without a team store says so.
 */
import 'fake-indexeddb/auto';
import { OfficeMailHost } from '../../../src/adapters/office/OfficeMailHost';
import { openApp } from '../../../src/app/openApp';
import type { ReadItem } from '../../../src/domain/ports';
import { anOutlook, permissionDenied, type OutlookOptions } from './anOutlook';

let seq = 0;
const taras = { displayName: 'Taras Melnyk', emailAddress: 'taras.melnyk@fabrikam.com' };

/** Anna's Outlook with auto-log on and Fabrikam as a client; a message from Taras opens and is auto-logged. */
async function autoLoggedInOutlook(options: OutlookOptions = {}) {
  const outlook = anOutlook({ masterCategories: ['Clientbook'], ...options });
  outlook.open({ itemId: 'AAMk-auto', internetMessageId: '<auto@fabrikam.com>', from: taras, to: [{ displayName: 'Anna Koval', emailAddress: 'anna@clientbook.example' }] });
  const host = new OfficeMailHost(outlook.office);
  // In Outlook the composition root also finds Office as a global (the compose host takes it).
  (globalThis as { Office?: unknown }).Office = outlook.office;
  const app = await openApp(host, { dbName: `outlook-undo-${++seq}` });
  await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [] });
  await app.logging.saveMyPrefs({ neverLog: [], autoLog: true });
  const item = host.currentItem() as ReadItem;
  const outcome = await app.logging.autoLogOnOpen(item);
  if (outcome.kind !== 'done' || outcome.result.status !== 'logged') throw new Error(`expected an automatic log, got ${JSON.stringify(outcome)}`);
  return { outlook, app, entryId: outcome.result.entry.id };
}

describe('undo of an automatic log in Outlook', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('takes the Clientbook category off the open message and keeps the user’s other categories', async () => {
    const { outlook, app, entryId } = await autoLoggedInOutlook();
    outlook.state.itemCategories.set('AAMk-auto', ['Red category', 'Clientbook']);

    expect(await app.logging.undoAutoLog(entryId)).toEqual({ categoryRemoved: true });

    expect(outlook.state.itemCategories.get('AAMk-auto')).toEqual(['Red category']);
    expect(await app.logging.autoLoggedEntries()).toEqual([]);
  });

  it('clears the custom property where Mailbox 1.8 (categories) is not supported', async () => {
    const { outlook, app, entryId } = await autoLoggedInOutlook({ mailboxMinor: 7 });
    expect(outlook.state.customProperties.get('AAMk-auto')?.get('clientbookLogged')).toBe('true');

    expect(await app.logging.undoAutoLog(entryId)).toEqual({ categoryRemoved: true });

    expect(outlook.state.customProperties.get('AAMk-auto')?.has('clientbookLogged')).toBe(false);
  });

  it('still undoes the entry when Outlook refuses to remove the category, and says the category stayed', async () => {
    const { outlook, app, entryId } = await autoLoggedInOutlook({ failures: { itemCategoriesRemove: permissionDenied } });

    expect(await app.logging.undoAutoLog(entryId)).toMatchObject({ categoryRemoved: false, why: 'failed' });

    expect(outlook.state.itemCategories.get('AAMk-auto')).toEqual(['Clientbook']);
    expect(await app.logging.autoLoggedEntries()).toEqual([]);
  });

  it('says a team store is needed when the message is no longer open and there is no Graph sign-in', async () => {
    const { outlook, app, entryId } = await autoLoggedInOutlook();
    outlook.select({ itemId: 'AAMk-other', internetMessageId: '<other@fabrikam.com>', from: taras });

    expect(await app.logging.undoAutoLog(entryId)).toMatchObject({ categoryRemoved: false, why: 'not-connected' });

    expect(outlook.state.itemCategories.get('AAMk-auto')).toEqual(['Clientbook']);
    expect(await app.logging.autoLoggedEntries()).toEqual([]);
  });
});
