import 'fake-indexeddb/auto';
import { GraphDriveLibrary, LIBRARY_FOLDER } from '../../../src/adapters/graph/GraphDriveLibrary';
import { GraphHttpError } from '../../../src/adapters/graph/GraphHttpError';
import { base64FromBytes } from '../../../src/domain/base64';
import { FRAGMENT_UNIT } from '../../support/graph-emulator/DriveState';
import { emulatedTeamSite } from './emulatedTeamSite';

const { graph, site } = emulatedTeamSite();

const library = () => new GraphDriveLibrary({ baseUrl: `${graph.baseUrl}/v1.0`, siteId: site.id, token: async () => 'token' });

/** Bytes that differ at every position, so a misplaced fragment shows. */
function bytes(size: number, seed = 7): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
}

describe('GraphDriveLibrary', () => {
  it('lists no files while nobody has uploaded to the Clientbook folder', async () => {
    expect(await library().list()).toEqual({ documents: [], from: 'library' });
  });

  it('uploads a small file in one PUT into the Clientbook folder and lists it', async () => {
    const before = graph.drive.uploads.fragments;
    const doc = await library().upload({ name: 'Price list 2027.pdf', contentType: 'application/pdf', bytes: bytes(12_345) });
    expect(graph.drive.uploads.fragments).toBe(before);
    expect(graph.drive.files(site.id).get(`${LIBRARY_FOLDER}/Price list 2027.pdf`)?.bytes.length).toBe(12_345);
    expect(doc).toMatchObject({ name: 'Price list 2027.pdf', contentType: 'application/pdf', size: 12_345, source: 'library', driveItemId: doc.id, folder: '' });
    const { documents } = await library().list();
    expect(documents.map((d) => d.name)).toContain('Price list 2027.pdf');
  });

  it('uploads a file over 4 MB through an upload session in 320 KiB multiples, without a token on the fragments', async () => {
    const big = bytes(5 * 1024 * 1024 + 77, 3);
    const before = { ...graph.drive.uploads };
    const doc = await library().upload({ name: 'Catalogue.pdf', contentType: 'application/pdf', bytes: big });
    const fragments = graph.drive.uploads.fragments - before.fragments;
    expect(fragments).toBe(2);
    expect(graph.drive.uploads.withAuthorization).toBe(before.withAuthorization);
    expect(doc.size).toBe(big.length);
    expect(await library().content(doc.id)).toBe(base64FromBytes(big));
  });

  it('is refused by the library when a session fragment is not a multiple of 320 KiB', async () => {
    const session = await fetch(`${graph.baseUrl}/v1.0/sites/${encodeURIComponent(site.id)}/drive/root:/Clientbook/odd.bin:/createUploadSession`, {
      method: 'POST',
      headers: { Authorization: 'Bearer token', 'Content-Type': 'application/json' },
      body: JSON.stringify({ item: { '@microsoft.graph.conflictBehavior': 'rename' } }),
    }).then((r) => r.json() as Promise<{ uploadUrl: string }>);
    const put = await fetch(session.uploadUrl, { method: 'PUT', headers: { 'Content-Range': `bytes 0-${FRAGMENT_UNIT}/${3 * FRAGMENT_UNIT}` }, body: Buffer.from(bytes(FRAGMENT_UNIT + 1)) });
    expect(put.status).toBe(400);
  });

  it('downloads exactly the bytes uploaded (from the item\'s pre-authenticated download URL, without a token)', async () => {
    const small = bytes(70_000, 11);
    const doc = await library().upload({ name: 'logo.png', contentType: 'image/png', bytes: small });
    expect(await library().content(doc.id)).toBe(base64FromBytes(small));
  });

  it('keeps both files when a name is taken, as SharePoint renames', async () => {
    const first = await library().upload({ name: 'Offer.docx', contentType: 'application/octet-stream', bytes: bytes(10) });
    const second = await library().upload({ name: 'Offer.docx', contentType: 'application/octet-stream', bytes: bytes(20) });
    expect([first.name, second.name]).toEqual(['Offer.docx', 'Offer 1.docx']);
  });

  it('keeps a client folder apart from the mailing documents', async () => {
    await library().upload({ name: 'scan.pdf', contentType: 'application/pdf', bytes: bytes(100) }, 'Clients/Полісся Агро');
    expect((await library().list('Clients/Полісся Агро')).documents.map((d) => d.name)).toEqual(['scan.pdf']);
    expect((await library().list()).documents.map((d) => d.name)).not.toContain('scan.pdf');
  });

  it('removes a file', async () => {
    const doc = await library().upload({ name: 'Old flyer.pdf', contentType: 'application/pdf', bytes: bytes(50) });
    await library().remove(doc.id);
    expect((await library().list()).documents.map((d) => d.name)).not.toContain('Old flyer.pdf');
  });

  it('fails with a network error while the library cannot be reached', async () => {
    graph.offline = true;
    const error = await library().list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphHttpError);
    expect((error as GraphHttpError).status).toBe(0);
  });
});
