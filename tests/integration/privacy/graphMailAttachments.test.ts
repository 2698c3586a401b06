/** @jest-environment ./tests/support/jsdomWithFetchEnvironment.js */
/**
 * Attachments of messages read through Graph (the rest of a thread, Sent Items for auto-log) are
 * saved with the logged email like the open message's: into the team's document library, under the
 * head of sales' cap, inline images kept in place; attached items and cloud links are listed as not
 * files. Panes wired by openApp against the Graph emulator.
 */
import 'fake-indexeddb/auto';
import { base64FromBytes } from '../../../src/domain/base64';
import type { HistoryEntry } from '../../../src/domain/model/HistoryEntry';
import type { GraphEmulator } from '../../support/graph-emulator/GraphEmulator';
import type { EmulatedAttachment, NewMessage } from '../../support/graph-emulator/MailMessagesState';
import { me, olena, openedInOutlook, received } from './support/graphMailFixtures';
import { eventually, openTeamPane, SETTINGS, startEmulator, type TeamPane } from '../team/support/aTeamPane';

jest.setTimeout(30_000);

const PDF = new TextEncoder().encode('%PDF-1.4 signed offer');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9, 8, 7]);

const file = (id: string, name: string, bytes: Uint8Array, extra: Partial<EmulatedAttachment> = {}): EmulatedAttachment => ({
  id,
  kind: 'file',
  name,
  contentType: name.endsWith('.png') ? 'image/png' : 'application/pdf',
  isInline: false,
  bytes,
  ...extra,
});

const message = (id: string, at: string, extra: Partial<NewMessage> = {}) => received(id, at, { conversationId: 'conv-offer', subject: 'Signed offer', ...extra });

let emulator: GraphEmulator;
let pane: TeamPane | null = null;

// Each test starts its own emulator in aConnectedPane; what it started stops here.
afterEach(async () => {
  const [stopping, closing] = [emulator, pane];
  pane = null;
  await closing?.team.disconnect();
  await stopping.stop();
});

/** A connected pane of a manager who saves attachments, with Fabrikam and its contact. */
async function aConnectedPane() {
  emulator = await startEmulator();
  pane = await openTeamPane(emulator);
  const { app } = pane;
  const fabrikam = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [{ name: 'Olena Bondar', position: '', emails: [olena.address], phones: [] }] });
  await pane.team.connect(SETTINGS);
  await app.logging.saveMyPrefs({ neverLog: [], autoLog: false, saveAttachments: true });
  return { app, fabrikam, host: pane.host };
}

/** Logs the rest of the thread whose open message is `last`, and returns the entry of message `id`. */
async function logThreadAndRead(app: TeamPane['app'], clientId: string, thread: NewMessage[], id: string): Promise<HistoryEntry> {
  for (const m of thread) emulator.messages.add(m);
  const open = openedInOutlook(thread[thread.length - 1]!);
  pane!.host.selectItem(open);
  expect(await app.logging.logRestOfConversation(open, clientId)).toMatchObject({ logged: thread.length, failed: 0 });
  const { history } = await app.queries.clientCard(clientId);
  const entry = history.find((h) => h.email?.internetMessageId === `<${id}@fabrikam.com>`);
  if (!entry) throw new Error(`${id} was not logged`);
  return entry;
}

describe('attachments of messages read through Graph', () => {
  it('logging the rest of a thread saves the second message’s PDF and inline image to the team library, the image kept in place', async () => {
    const { app, fabrikam } = await aConnectedPane();
    const thread = [
      message('m1', '2026-11-20T09:00:00Z'),
      message('m2', '2026-11-21T09:00:00Z', {
        body: { contentType: 'html', content: '<p>Hello Maria,</p><p><img src="cid:logo@fabrikam.com" alt=""></p><p>The signed offer is attached.</p>' },
        attachments: [file('att-logo', 'image001.png', PNG, { isInline: true, contentId: 'logo@fabrikam.com' }), file('att-offer', 'offer.pdf', PDF)],
      }),
      message('m3', '2026-11-22T09:00:00Z'),
    ];

    const entry = await logThreadAndRead(app, fabrikam.id, thread, 'm2');

    const saved = entry.email!.savedAttachments!;
    expect(saved.map((a) => [a.name, a.source, a.marker])).toEqual([
      ['2026-11-21 image001.png', 'library', '[image: image001.png]'],
      ['2026-11-21 offer.pdf', 'library', undefined],
    ]);
    expect(entry.email!.skippedAttachments).toEqual([]);
    // The image named by its Content-ID, though its file name says nothing of it.
    expect(entry.text).toBe('Hello Maria,\n[image: image001.png]\nThe signed offer is attached.');
    expect(await app.mailings!.documentContent(saved[1]!.documentId)).toBe(base64FromBytes(PDF));
    expect(await app.mailings!.documentContent(saved[0]!.documentId)).toBe(base64FromBytes(PNG));
    // A message without attachments has nothing saved or skipped.
    const { history } = await app.queries.clientCard(fabrikam.id);
    const first = history.find((h) => h.email?.internetMessageId === '<m1@fabrikam.com>')?.email;
    expect(first?.attachmentNames).toEqual([]);
    expect(first?.savedAttachments).toBeUndefined();
  });

  it('skips a file over the head of sales’ cap without downloading it, and says why', async () => {
    const { app, fabrikam } = await aConnectedPane();
    await app.logging.saveTeamPolicy({ internalDomains: [], neverLog: [], storedPart: 'body', attachmentCapMb: 1 });
    const scan = file('att-scan', 'scan.pdf', new Uint8Array(2 * 1024 * 1024).fill(7));
    const thread = [message('m1', '2026-11-20T09:00:00Z', { attachments: [scan, file('att-offer', 'offer.pdf', PDF)] }), message('m2', '2026-11-21T09:00:00Z')];

    const entry = await logThreadAndRead(app, fabrikam.id, thread, 'm1');

    expect(entry.email!.savedAttachments!.map((a) => a.name)).toEqual(['2026-11-20 offer.pdf']);
    expect(entry.email!.skippedAttachments).toEqual([{ name: 'scan.pdf', size: 2 * 1024 * 1024, reason: 'over-cap' }]);
    expect(emulator.messages.attachmentReads).toEqual(['att-offer']);
  });

  it('lists an attached message and a cloud link as not files, and saves the file beside them', async () => {
    const { app, fabrikam } = await aConnectedPane();
    const forwarded: EmulatedAttachment = { id: 'att-mail', kind: 'item', name: 'Original request', contentType: 'message/rfc822', isInline: false, size: 5_000 };
    const link: EmulatedAttachment = { id: 'att-link', kind: 'reference', name: 'Price list.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', isInline: false, size: 0 };
    const thread = [message('m1', '2026-11-20T09:00:00Z', { attachments: [forwarded, link, file('att-offer', 'offer.pdf', PDF)] }), message('m2', '2026-11-21T09:00:00Z')];

    const entry = await logThreadAndRead(app, fabrikam.id, thread, 'm1');

    expect(entry.email!.savedAttachments!.map((a) => a.name)).toEqual(['2026-11-20 offer.pdf']);
    expect(entry.email!.skippedAttachments).toEqual([
      { name: 'Original request', size: 5_000, reason: 'not-a-file' },
      { name: 'Price list.xlsx', size: 0, reason: 'not-a-file' },
    ]);
    expect(entry.email!.attachmentNames).toEqual(['Original request', 'Price list.xlsx', 'offer.pdf']);
    expect(emulator.messages.attachmentReads).toEqual(['att-offer']);
  });

  it('auto-log of Sent Items saves a sent message’s attachment with its entry', async () => {
    const { app } = await aConnectedPane();
    await app.logging.saveMyPrefs({ neverLog: [], autoLog: true, saveAttachments: true });
    const soon = new Date(Date.now() + 1000).toISOString();
    emulator.messages.add(
      message('sent-1', soon, { folder: 'sentitems', from: me, to: [olena], internetMessageId: '<sent-1@clientbook.example>', attachments: [file('att-quote', 'quote.pdf', PDF)] }),
    );

    pane!.team.requestSync();
    await eventually(async () => (await app.logging.autoLoggedEntries()).length > 0);
    await app.logging.autoLogSentMail();

    const [entry] = await app.logging.autoLoggedEntries();
    expect(entry!.email!.savedAttachments!.map((a) => [a.name, a.source])).toEqual([[`${soon.slice(0, 10)} quote.pdf`, 'library']]);
    expect(await app.mailings!.documentContent(entry!.email!.savedAttachments![0]!.documentId)).toBe(base64FromBytes(PDF));
  });
});
