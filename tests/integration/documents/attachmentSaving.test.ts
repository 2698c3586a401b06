/** @jest-environment ./tests/support/jsdomWithFetchEnvironment.js */
import 'fake-indexeddb/auto';
import { DemoMailbox } from '../../../src/adapters/office/demo/DemoMailbox';
import { DemoMailHost } from '../../../src/adapters/office/demo/DemoMailHost';
import { emlToDemoMessage } from '../../../src/adapters/office/demo/emlToDemoMessage';
import { openApp } from '../../../src/app/openApp';
import { clientFolder } from '../../../src/app/saveEmailAttachments';
import { base64FromBytes } from '../../../src/domain/base64';
import type { ReadItem } from '../../../src/domain/ports';
import { emulatedTeamSite } from './emulatedTeamSite';

const { graph, site, teamOptions } = emulatedTeamSite();
let seq = 0;

const PDF = base64FromBytes(new TextEncoder().encode('%PDF-1.4 offer'));
const PNG = base64FromBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
const BIG = base64FromBytes(new Uint8Array(2 * 1024 * 1024).fill(7));

/** A client's email: an offer PDF, a logo shown inline by Content-ID, and a 2 MB scan. */
const eml = [
  'From: Olena Petrenko <olena@acme.example>',
  'To: Maria Koval <me@clientbook.example>',
  'Subject: Signed offer',
  'Message-ID: <offer-1@acme.example>',
  'Date: Tue, 10 Mar 2026 08:00:00 +0000',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="mixed"',
  '',
  '--mixed',
  'Content-Type: multipart/related; boundary="related"',
  '',
  '--related',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Hello Maria,</p><p><img src="cid:logo@acme.example" alt=""></p><p>The signed offer is attached.</p>',
  '--related',
  'Content-Type: image/png; name="logo.png"',
  'Content-Disposition: inline; filename="logo.png"',
  'Content-ID: <logo@acme.example>',
  'Content-Transfer-Encoding: base64',
  '',
  PNG,
  '--related--',
  '--mixed',
  'Content-Type: application/pdf; name="offer.pdf"',
  'Content-Disposition: attachment; filename="offer.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  PDF,
  '--mixed',
  'Content-Type: application/octet-stream; name="scan.tif"',
  'Content-Disposition: attachment; filename="scan.tif"',
  'Content-Transfer-Encoding: base64',
  '',
  BIG.replace(/.{76}/g, '$&\r\n'),
  '--mixed--',
  '',
].join('\r\n');

async function aPane({ connected = false } = {}) {
  const dbName = `attachments-${++seq}`;
  const message = await emlToDemoMessage({ name: 'offer.eml', content: eml, receivedAt: new Date('2026-03-10T08:00:00Z') });
  const mailbox = new DemoMailbox({ messages: [message], profile: { email: 'me@clientbook.example', displayName: 'Maria Koval' } });
  mailbox.select(message.id);
  const host = new DemoMailHost(mailbox);
  const app = await openApp(host, {
    dbName,
    seedDemo: false,
    team: teamOptions(dbName, connected),
  });
  const client = await app.createClient({ client: { name: 'Acme: Trading', status: 'customer', domains: ['acme.example'] }, contacts: [] });
  const item = host.currentItem() as ReadItem;
  return { app, client, item };
}

describe('saving attachments with a logged email', () => {
  it('in single-user mode keeps them in IndexedDB, skips what is over the cap, and puts the inline image back in place', async () => {
    const { app, client, item } = await aPane();
    await app.logging.saveTeamPolicy({ internalDomains: [], neverLog: [], storedPart: 'body', attachmentCapMb: 1 });
    await app.logging.saveMyPrefs({ neverLog: [], autoLog: false, saveAttachments: true });

    const result = await app.logEmail(item, client.id);

    if (result.status !== 'logged') throw new Error(result.status);
    const email = result.entry.email!;
    expect(email.savedAttachments!.map((a) => [a.name, a.source, a.marker])).toEqual([
      ['2026-03-10 logo.png', 'local', '[image: logo.png]'],
      ['2026-03-10 offer.pdf', 'local', undefined],
    ]);
    expect(email.skippedAttachments).toEqual([{ name: 'scan.tif', size: 2 * 1024 * 1024, reason: 'over-cap' }]);
    expect(result.entry.text).toBe('Hello Maria,\n[image: logo.png]\nThe signed offer is attached.');
    const folder = await app.mailings!.documents(clientFolder(client));
    expect(folder.documents.map((d) => d.name)).toEqual(['2026-03-10 logo.png', '2026-03-10 offer.pdf']);
    expect(await app.mailings!.documentContent(email.savedAttachments![1]!.documentId)).toBe(PDF);
    // The template documents stay apart from a client's saved mail.
    expect((await app.mailings!.documents()).documents).toEqual([]);
  });

  it('with a team store saves them to the team library, in the client’s folder', async () => {
    const { app, client, item } = await aPane({ connected: true });
    await app.logging.saveMyPrefs({ neverLog: [], autoLog: false, saveAttachments: true });

    const result = await app.logEmail(item, client.id);

    if (result.status !== 'logged') throw new Error(result.status);
    expect(result.entry.email!.savedAttachments!.every((a) => a.source === 'library' && a.webUrl.startsWith('https://'))).toBe(true);
    const files = graph.drive.files(site.id);
    const folder = `Clientbook/Clients/Acme Trading ${client.id.slice(-6)}`;
    expect(files.get(`${folder}/2026-03-10 offer.pdf`)?.bytes.toString()).toBe('%PDF-1.4 offer');
    expect(files.get(`${folder}/2026-03-10 scan.tif`)?.bytes.length).toBe(2 * 1024 * 1024);
  });

  it('with a team store out of reach, lists every attachment as not saved because of it, and still logs the email', async () => {
    const { app, client, item } = await aPane({ connected: true });
    await app.logging.saveMyPrefs({ neverLog: [], autoLog: false, saveAttachments: true });
    graph.offline = true;

    const result = await app.logEmail(item, client.id);

    if (result.status !== 'logged') throw new Error(result.status);
    expect(result.entry.email!.savedAttachments).toEqual([]);
    expect(result.entry.email!.skippedAttachments!.map((s) => [s.name, s.reason])).toEqual([
      ['logo.png', 'offline'],
      ['offer.pdf', 'offline'],
      ['scan.tif', 'offline'],
    ]);
  });

  it('erasing the sender removes the files saved with their email, and the links to them', async () => {
    const { app, client, item } = await aPane();
    await app.logging.saveMyPrefs({ neverLog: [], autoLog: false, saveAttachments: true });
    const result = await app.logEmail(item, client.id);
    if (result.status !== 'logged') throw new Error(result.status);
    expect((await app.mailings!.documents(clientFolder(client))).documents).toHaveLength(3);

    await app.data.erasePerson('olena@acme.example', 'DSR-1');

    expect((await app.mailings!.documents(clientFolder(client))).documents).toEqual([]);
    const [entry] = await app.queries.clientCard(client.id).then((card) => card!.history);
    expect(entry!.email!.savedAttachments).toBeUndefined();
    expect(entry!.email!.skippedAttachments).toBeUndefined();
  });

  it('saves nothing unless the manager turned it on', async () => {
    const { app, client, item } = await aPane();
    const result = await app.logEmail(item, client.id);
    if (result.status !== 'logged') throw new Error(result.status);
    expect(result.entry.email!.savedAttachments).toBeUndefined();
    expect(result.entry.email!.attachmentNames).toEqual(['offer.pdf', 'scan.tif']);
    expect((await app.mailings!.documents(clientFolder(client))).documents).toEqual([]);
  });

  it('saves nothing where the team keeps less than the whole email', async () => {
    const { app, client, item } = await aPane();
    await app.logging.saveTeamPolicy({ internalDomains: [], neverLog: [], storedPart: 'subject' });
    await app.logging.saveMyPrefs({ neverLog: [], autoLog: false, saveAttachments: true });
    const result = await app.logEmail(item, client.id);
    if (result.status !== 'logged') throw new Error(result.status);
    expect(result.entry.email!.savedAttachments).toBeUndefined();
    expect((await app.mailings!.documents(clientFolder(client))).documents).toEqual([]);
  });

  it('refuses a cap outside 0 to 150 MB', async () => {
    const { app } = await aPane();
    await expect(app.logging.saveTeamPolicy({ internalDomains: [], neverLog: [], storedPart: 'body', attachmentCapMb: 500 })).rejects.toMatchObject({ errors: [{ field: 'attachmentCapMb' }] });
  });
});
