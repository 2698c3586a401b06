import 'fake-indexeddb/auto';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { DexieDocumentCache } from '../../../src/adapters/storage/DexieDocumentCache';
import { DexieDocumentLibrary } from '../../../src/adapters/storage/DexieDocumentLibrary';
import { TeamDocumentLibrary, type TeamLibraryAccess } from '../../../src/app/TeamDocumentLibrary';
import { uuidIdSource } from '../../../src/app/uuidIdSource';
import { base64FromBytes } from '../../../src/domain/base64';
import { DocumentUnavailableError } from '../../../src/domain/documentPorts';
import { emulatedTeamSite } from './emulatedTeamSite';

const { graph, site } = emulatedTeamSite();
let dbSeq = 0;

const clock = { now: () => new Date('2026-03-10T09:00:00Z') };
const text = (s: string) => new TextEncoder().encode(s);

/** A pane's library: connected to the emulator's site while `connected.value` is true. */
function aPaneLibrary(copiesCapBytes?: number) {
  const db = new ClientbookDb(`documents-${++dbSeq}`);
  const connected = { value: true };
  const access = async (): Promise<TeamLibraryAccess | null> =>
    connected.value ? { baseUrl: `${graph.baseUrl}/v1.0`, siteId: site.id, tokens: { configured: true, getToken: async () => 'token' } } : null;
  const library = new TeamDocumentLibrary(new DexieDocumentLibrary(db, uuidIdSource, clock), new DexieDocumentCache(db, copiesCapBytes), access);
  return { db, library, connected };
}

describe('TeamDocumentLibrary', () => {
  it('keeps documents in IndexedDB in single-user mode', async () => {
    const { library, connected } = aPaneLibrary();
    connected.value = false;
    const doc = await library.upload({ name: 'Terms.txt', contentType: 'text/plain', bytes: text('Net 30') });
    expect(doc.source).toBe('local');
    expect(await library.list()).toEqual({ documents: [doc], from: 'local' });
    expect(atob(await library.content(doc.id))).toBe('Net 30');
    await library.remove(doc.id);
    expect((await library.list()).documents).toEqual([]);
  });

  it('lists the team library while connected, and another pane sees the same files', async () => {
    const mine = aPaneLibrary();
    const doc = await mine.library.upload({ name: 'Shared deck.txt', contentType: 'text/plain', bytes: text('slides') });
    expect(doc.source).toBe('library');
    const theirs = aPaneLibrary();
    const listing = await theirs.library.list();
    expect(listing.from).toBe('library');
    expect(listing.documents.map((d) => d.name)).toContain('Shared deck.txt');
    expect(atob(await theirs.library.content(doc.id))).toBe('slides');
  });

  it('offline, lists the files kept on this computer and previews the ones opened before', async () => {
    const seeded = aPaneLibrary();
    const opened = await seeded.library.upload({ name: 'Opened.txt', contentType: 'text/plain', bytes: text('read me offline') });
    const never = await seeded.library.upload({ name: 'Never opened.txt', contentType: 'text/plain', bytes: text('only online') });
    const pane = aPaneLibrary();
    await pane.library.list();
    await pane.library.content(opened.id);

    graph.offline = true;
    const listing = await pane.library.list();
    expect(listing.from).toBe('cache');
    expect(listing.documents.map((d) => d.name)).toEqual(expect.arrayContaining(['Opened.txt', 'Never opened.txt']));
    expect(atob(await pane.library.content(opened.id))).toBe('read me offline');
    const error = await pane.library.content(never.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentUnavailableError);
    expect((error as DocumentUnavailableError).failure).toBe('offline');
  });

  it('offline, a file just uploaded from this pane still previews', async () => {
    const pane = aPaneLibrary();
    const doc = await pane.library.upload({ name: 'Fresh.txt', contentType: 'text/plain', bytes: text('new') });
    graph.offline = true;
    expect(atob(await pane.library.content(doc.id))).toBe('new');
  });

  it('drops the copy kept here when the file changed in the library', async () => {
    const pane = aPaneLibrary();
    const doc = await pane.library.upload({ name: 'Prices.txt', contentType: 'text/plain', bytes: text('old prices') });
    const file = [...graph.drive.files(site.id).values()].find((f) => f.id === doc.id)!;
    file.bytes = Buffer.from('new prices');
    file.version++;
    await pane.library.list();
    expect(atob(await pane.library.content(doc.id))).toBe('new prices');
  });

  it('downloads a file it never listed once, then serves it from this computer, offline too', async () => {
    const other = aPaneLibrary();
    const doc = await other.library.upload({ name: 'Brochure.txt', contentType: 'text/plain', bytes: text('brochure') }, 'Clients/Acme 123456');
    const pane = aPaneLibrary();
    expect(atob(await pane.library.content(doc.id))).toBe('brochure');
    const before = graph.httpRequests;
    expect(atob(await pane.library.content(doc.id))).toBe('brochure');
    expect(graph.httpRequests).toBe(before);
    graph.offline = true;
    expect(atob(await pane.library.content(doc.id))).toBe('brochure');
    expect((await pane.library.list('Clients/Acme 123456')).documents.map((d) => [d.name, d.folder])).toEqual([['Brochure.txt', 'Clients/Acme 123456']]);
  });

  it('keeps its copies within the cap: the largest other copy goes first and downloads again when opened', async () => {
    const pane = aPaneLibrary(30);
    const small = await pane.library.upload({ name: 'Small.txt', contentType: 'text/plain', bytes: text('ten bytes!') });
    const large = await pane.library.upload({ name: 'Large.txt', contentType: 'text/plain', bytes: text('twenty bytes of text') });
    const middle = await pane.library.upload({ name: 'Middle.txt', contentType: 'text/plain', bytes: text('fifteen bytes!!') });

    graph.offline = true;
    expect(atob(await pane.library.content(small.id))).toBe('ten bytes!');
    expect(atob(await pane.library.content(middle.id))).toBe('fifteen bytes!!');
    await expect(pane.library.content(large.id)).rejects.toMatchObject({ failure: 'offline' });
    // Still listed: only the bytes left this computer.
    expect((await pane.library.list()).documents.map((d) => d.name)).toContain('Large.txt');

    graph.offline = false;
    expect(atob(await pane.library.content(large.id))).toBe('twenty bytes of text');
  });

  it('says it is offline when a file cannot be saved to the library', async () => {
    const pane = aPaneLibrary();
    graph.offline = true;
    const error = await pane.library.upload({ name: 'x.txt', contentType: 'text/plain', bytes: text('x') }).catch((e: unknown) => e);
    expect((error as DocumentUnavailableError).failure).toBe('offline');
  });

  it('tells the library asking to slow down, not answering, refusing access and refusing for its own reason apart, with a code only for the last', async () => {
    const pane = aPaneLibrary();
    const doc = await pane.library.upload({ name: 'Deck.txt', contentType: 'text/plain', bytes: text('slides') });
    const reader = aPaneLibrary();
    const refused = async (status: number, act: () => Promise<unknown>) => {
      graph.failNext(1, { status, retryAfterSeconds: 1 });
      const error = await act().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DocumentUnavailableError);
      const { failure, code } = error as DocumentUnavailableError;
      return { failure, code };
    };
    const upload = () => pane.library.upload({ name: 'x.txt', contentType: 'text/plain', bytes: text('x') });
    expect(await refused(429, upload)).toEqual({ failure: 'throttled', code: null });
    expect(await refused(503, upload)).toEqual({ failure: 'unavailable', code: null });
    expect(await refused(403, () => reader.library.content(doc.id))).toEqual({ failure: 'no-access', code: null });
    expect(await refused(401, () => pane.library.remove(doc.id))).toEqual({ failure: 'no-access', code: null });
    expect(await refused(409, upload)).toEqual({ failure: 'failed', code: expect.stringMatching(/^HTTP 409/) });
  });

  it('says a file a colleague removed from the library is not found', async () => {
    const pane = aPaneLibrary();
    const doc = await pane.library.upload({ name: 'Gone.txt', contentType: 'text/plain', bytes: text('x') });
    await aPaneLibrary().library.remove(doc.id);
    await expect(aPaneLibrary().library.content(doc.id)).rejects.toMatchObject({ failure: 'not-found' });
  });

  it('still attaches documents kept locally before the pane was connected', async () => {
    const pane = aPaneLibrary();
    pane.connected.value = false;
    const local = await pane.library.upload({ name: 'Local.txt', contentType: 'text/plain', bytes: text('mine') });
    pane.connected.value = true;
    expect(await pane.library.content(local.id)).toBe(base64FromBytes(text('mine')));
  });
});
