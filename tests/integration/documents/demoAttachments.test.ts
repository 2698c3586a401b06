/** @jest-environment ./tests/support/jsdomWithFetchEnvironment.js */
/**
 * The demo's built-in messages carry attachments without bytes; a manager trying the demo who
 * turns on "save attachments" still gets real files with the logged email, and the rest of a
 * thread's attachments are read too.
 */
import 'fake-indexeddb/auto';
import { DemoMailbox } from '../../../src/adapters/office/demo/DemoMailbox';
import { DemoMailHost } from '../../../src/adapters/office/demo/DemoMailHost';
import { demoMessages } from '../../../src/adapters/office/demo/demoMessages';
import { openApp } from '../../../src/app/openApp';
import { bytesFromBase64 } from '../../../src/domain/base64';
import type { ReadItem } from '../../../src/domain/ports';
import { emulatedTeamSite } from './emulatedTeamSite';

const { teamOptions } = emulatedTeamSite();

let seq = 0;

async function demoPane(select: string, domain: string) {
  const mailbox = new DemoMailbox({ messages: demoMessages(new Date('2026-11-27T09:00:00Z')) });
  mailbox.select(select);
  const host = new DemoMailHost(mailbox);
  const dbName = `demo-attachments-${++seq}`;
  const app = await openApp(host, { dbName, seedDemo: false, team: teamOptions(dbName, false) });
  await app.logging.saveMyPrefs({ neverLog: [], autoLog: false, saveAttachments: true });
  const client = await app.createClient({ client: { name: 'The sender’s company', domains: [domain] }, contacts: [] });
  return { app, client, item: host.currentItem() as ReadItem };
}

describe('the demo mailbox’s attachments', () => {
  it('are saved with a logged email as files that open: a PDF, a workbook and the logo', async () => {
    const { app, client, item } = await demoPane('demo-attachments', 'polissia-agro.com.ua');

    const result = await app.logEmail(item, client.id);

    if (result.status !== 'logged') throw new Error(result.status);
    const email = result.entry.email!;
    expect(email.skippedAttachments ?? []).toEqual([]);
    const saved = new Map(email.savedAttachments!.map((a) => [a.name.replace(/^\d{4}-\d{2}-\d{2} /, ''), a.documentId]));
    expect([...saved.keys()].sort()).toEqual(['logo.png', 'Договір-постачання-2027.pdf', 'Специфікація-весна-2027.xlsx'].sort());

    const pdf = new TextDecoder().decode(bytesFromBase64((await app.mailings!.documentContent(saved.get('Договір-постачання-2027.pdf')!))!));
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    // The cross-reference table points at each object: a reader opens the file without repairing it.
    const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.map((o) => pdf.slice(o, o + 8))).toEqual(['1 0 obj\n', '2 0 obj\n', '3 0 obj\n', '4 0 obj\n', '5 0 obj\n']);
    expect(pdf.slice(Number(/startxref\n(\d+)/.exec(pdf)![1]), Number(/startxref\n(\d+)/.exec(pdf)![1]) + 4)).toBe('xref');

    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytesFromBase64((await app.mailings!.documentContent(saved.get('Специфікація-весна-2027.xlsx')!))!).buffer);
    expect(book.worksheets[0]!.getRow(1).values).toEqual([undefined, 'Item', 'Quantity', 'Price, UAH']);

    const png = bytesFromBase64((await app.mailings!.documentContent(saved.get('logo.png')!))!);
    expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('of the rest of a thread are read too when the rest is logged', async () => {
    const { app, client, item } = await demoPane('demo-thread-4', 'contoso.com');

    const rest = await app.logging.logRestOfConversation(item, client.id);

    expect(rest.failed).toBe(0);
    const { history: entries } = await app.queries.clientCard(client.id);
    const quote = entries.find((e) => e.email?.attachmentNames?.includes('Quote-2027-Contoso.pdf'));
    expect(quote?.email?.savedAttachments?.map((a) => a.name)).toEqual([expect.stringMatching(/Quote-2027-Contoso\.pdf$/)]);
    expect(quote?.email?.skippedAttachments ?? []).toEqual([]);
  });
});
