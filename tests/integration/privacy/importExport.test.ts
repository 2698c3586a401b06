import 'fake-indexeddb/auto';
import ExcelJS from 'exceljs';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { openApp } from '../../../src/app/openApp';
import type { Clock } from '../../../src/domain/ports';
import { FakeMailHost } from '../../support/fakeMailHost';

let seq = 0;
const now = new Date(Date.UTC(2026, 10, 27, 10, 0, 0));
const clock: Clock = { now: () => new Date(now) };

async function setUp() {
  const dbName = `import-${++seq}`;
  const app = await openApp(new FakeMailHost(), { dbName, clock });
  return { app, db: new ClientbookDb(dbName) };
}

const utf8 = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

async function xlsx(rows: unknown[][], date1904: boolean): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet('Clients');
  for (const r of rows) ws.addRow(r);
  const buffer = await wb.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}

describe('import from CSV', () => {
  it('reads a BOM, semicolons, quoted newlines and Ukrainian text, mapping the Ukrainian headers', async () => {
    const { app } = await setUp();
    const csv =
      '\ufeffКомпанія;Контактна особа;Email;Регіон;Галузь;Примітки\r\n' +
      '"ТОВ «Полісся Агро»";Олена Шевчук;olena.shevchuk@polissia-agro.ua;Київ;Сільське господарство;"Перший рядок\r\nдругий; з крапкою з комою"\r\n' +
      'Дніпро Сталь;Ігор Бондар;igor@dnipro-stal.ua;east;Manufacturing;\r\n';
    const table = await app.data.readTable('клієнти.csv', utf8(csv));
    expect(table.headers).toEqual(['Компанія', 'Контактна особа', 'Email', 'Регіон', 'Галузь', 'Примітки']);
    const mapping = app.data.guessMapping(table.headers);
    expect(mapping).toEqual({ clientName: 0, contactName: 1, email: 2, region: 3, industry: 4, notes: 5 });

    const report = await app.data.runImport(table, mapping);
    expect(report).toMatchObject({ created: 2, merged: 0, skipped: [] });
    const [polissia] = await app.queries.searchClients('polissia-agro.ua');
    expect(polissia?.client).toMatchObject({ name: 'ТОВ «Полісся Агро»', region: 'kyiv', industry: 'agriculture', domains: ['polissia-agro.ua'], notes: 'Перший рядок\r\nдругий; з крапкою з комою' });
    expect(polissia?.contacts).toEqual([expect.objectContaining({ name: 'Олена Шевчук', emails: ['olena.shevchuk@polissia-agro.ua'] })]);
  });

  it('reads a Windows-1251 file, as Excel in Ukraine saves CSV', async () => {
    const { app } = await setUp();
    // "Компанія\r\nЛьвівська пекарня\r\n" in Windows-1251.
    const bytes = Uint8Array.from([0xca, 0xee, 0xec, 0xef, 0xe0, 0xed, 0xb3, 0xff, 0x0d, 0x0a, 0xcb, 0xfc, 0xe2, 0xb3, 0xe2, 0xf1, 0xfc, 0xea, 0xe0, 0x20, 0xef, 0xe5, 0xea, 0xe0, 0xf0, 0xed, 0xff]);
    const table = await app.data.readTable('old.csv', bytes.buffer);
    expect(table).toMatchObject({ headers: ['Компанія'], rows: [['Львівська пекарня']] });
  });

  it('validates each row: bad emails, unknown picklist values and dates are skipped with reasons; the rest is imported', async () => {
    const { app } = await setUp();
    const csv = [
      'Company,Email,Region,Status,Client since',
      'Good Co,anna@good.example,Kyiv,customer,2024-03-01',
      'Bad Email Co,anna@@bad,Kyiv,,',
      'Nowhere Co,bob@nowhere.example,Atlantis,,',
      'Strange Co,eve@strange.example,,sleeping,',
      'Late Co,lee@late.example,,,31.02.2024',
      ',,,,',
    ].join('\n');
    const table = await app.data.readTable('c.csv', utf8(csv));
    const mapping = app.data.guessMapping(table.headers);
    const preview = await app.data.previewImport(table, mapping);
    expect(preview.created).toBe(1);
    expect(preview.skipped).toEqual([
      { row: 3, kind: 'skipped', reason: { kind: 'invalid-email', value: 'anna@@bad' } },
      { row: 4, kind: 'skipped', reason: { kind: 'unknown-value', field: 'region', value: 'Atlantis' } },
      { row: 5, kind: 'skipped', reason: { kind: 'unknown-value', field: 'status', value: 'sleeping' } },
      { row: 6, kind: 'skipped', reason: { kind: 'invalid-date', value: '31.02.2024' } },
    ]);
    // The preview wrote nothing.
    expect(await app.queries.searchClients('good.example')).toEqual([]);
    await app.data.runImport(table, mapping);
    const [good] = await app.queries.searchClients('good.example');
    expect(good?.client).toMatchObject({ status: 'customer', region: 'kyiv', createdAt: '2024-03-01T00:00:00.000Z' });
  });

  it('merges duplicates by email and by domain, within the file and with what the store holds', async () => {
    const { app } = await setUp();
    const existing = await app.createClient({ client: { name: 'Contoso Ltd', domains: ['contoso.com'], phone: '' }, contacts: [{ name: 'Olivia Bennett', position: '', emails: ['olivia@contoso.com'], phones: [] }] });
    const csv = [
      'Company,Contact,Email,Phone,Mobile,Position',
      'Contoso,Olivia Bennett,Olivia@Contoso.com,+44 20 7946 0000,+44 7700 900000,Procurement Manager', // same contact: merged, fills blanks
      'Contoso,James Wright,james@contoso.com,,,', // same domain: new contact at the existing client
      'Fabrikam,Taras,taras@fabrikam.com,,,',
      'Fabrikam Ukraine,Iryna,iryna@fabrikam.com,,,', // same domain as the row above: one client
      'Fabrikam,Taras Melnyk,taras@fabrikam.com,,+380 67 000 0000,', // same email as row 4
      'Freelancer,Petro,petro@gmail.com,,,', // free mail: no domain to merge on
      'Freelancer,Petro,petro@gmail.com,,,',
    ].join('\n');
    const table = await app.data.readTable('dups.csv', utf8(csv));
    const report = await app.data.runImport(table, app.data.guessMapping(table.headers));
    expect(report.outcomes.map((o) => o.kind)).toEqual(['merged', 'merged', 'created', 'merged', 'merged', 'created', 'merged']);
    const card = await app.queries.clientCard(existing.id);
    expect(card.client).toMatchObject({ name: 'Contoso Ltd', phone: '+44 20 7946 0000' });
    expect(card.contacts).toEqual([
      expect.objectContaining({ name: 'James Wright', emails: ['james@contoso.com'] }),
      expect.objectContaining({ name: 'Olivia Bennett', position: 'Procurement Manager', phones: ['+44 7700 900000'] }),
    ]);
    const fabrikam = await app.queries.searchClients('fabrikam.com');
    expect(fabrikam).toHaveLength(1);
    expect(fabrikam[0]?.contacts.map((c) => c.emails[0]).sort()).toEqual(['iryna@fabrikam.com', 'taras@fabrikam.com']);
    expect(fabrikam[0]?.contacts.find((c) => c.emails[0] === 'taras@fabrikam.com')?.phones).toEqual(['+380 67 000 0000']);
    expect(await app.queries.searchClients('Freelancer')).toHaveLength(1);
  });

  it('refuses a file with a quote that is never closed, saying the row and line it opens on, and imports nothing', async () => {
    const { app, db } = await setUp();
    const csv = [
      'Company;Contact;Email;City;Notes',
      '"Acme;John;john@acme.example;Kyiv;',
      'Beta Ltd;Anna;anna@beta.example;Lviv;',
      'Gamma;Ivan;ivan@gamma.example;Odesa;',
    ].join('\r\n');
    await expect(app.data.readTable('clients.csv', utf8(csv))).rejects.toMatchObject({ name: 'UnreadableFileError', reason: 'unclosed-quote', at: { row: 2, line: 2 } });
    // A quoted value over two lines above it: row 3 of the sheet is line 4 of the text.
    const later = ['Company;Notes', '"Alpha";"first line', 'second line"', 'Beta;ok', '"Gamma;never closed', 'Delta;'].join('\n');
    await expect(app.data.readTable('clients.csv', utf8(later))).rejects.toMatchObject({ reason: 'unclosed-quote', at: { row: 4, line: 5 } });
    expect(await db.clients.count()).toBe(0);
  });

  it('refuses a value that goes on after its closing quote ("Acme" Ltd), which would swallow the rows after it', async () => {
    const { app } = await setUp();
    const csv = ['Company;Email', 'Alpha;a@alpha.example', '"Acme" Ltd;john@acme.example', 'Beta;b@beta.example'].join('\n');
    await expect(app.data.readTable('clients.csv', utf8(csv))).rejects.toMatchObject({ name: 'UnreadableFileError', reason: 'stray-quote', at: { row: 3, line: 3 } });
    // A quote inside an unquoted value is only a character, as Excel reads it.
    const table = await app.data.readTable('clients.csv', utf8('Company;Email\nAcme "Best" Ltd;john@acme.example\n'));
    expect(table.rows).toEqual([['Acme "Best" Ltd', 'john@acme.example']]);
  });

  it('skips a row with values past the header, imports a shorter row with a warning, and numbers rows as the sheet does', async () => {
    const { app } = await setUp();
    const csv = [
      'Company;Contact;Email;City;Notes',
      'Alpha;Anna;anna@alpha.example;Kyiv;',
      '',
      'Beta Ltd;Bohdan;bohdan@beta.example', // 3 cells: read as if City and Notes were empty
      'Gamma;Ivan;ivan@gamma.example;Kyiv; Podil;VIP;2024', // 7 cells: an unquoted ";" in the address
      ';;;;',
      'Delta;Daria;daria@delta.example;Odesa;;;', // empty cells past the header: a trailing separator only
    ].join('\n');
    const table = await app.data.readTable('ragged.csv', utf8(csv));
    expect(table.rowNumbers).toEqual([2, 4, 5, 7]);
    const preview = await app.data.previewImport(table, app.data.guessMapping(table.headers));
    expect(preview.skipped).toEqual([{ row: 5, kind: 'skipped', reason: { kind: 'extra-cells', cells: 7, columns: 5 } }]);
    expect(preview.warned).toEqual([{ row: 4, warning: { kind: 'missing-cells', cells: 3, columns: 5 } }]);
    expect(preview.created).toBe(3);

    const report = await app.data.runImport(table, app.data.guessMapping(table.headers));
    expect(report.warned).toEqual(preview.warned);
    const [beta] = await app.queries.searchClients('beta.example');
    expect(beta?.client).toMatchObject({ name: 'Beta Ltd', address: expect.objectContaining({ city: '' }) });
    expect(await app.queries.searchClients('gamma.example')).toEqual([]);
  });

  it('imports 10,000 rows in chunks, reporting progress and letting other work run between them', async () => {
    const { app, db } = await setUp();
    const lines = ['Company,Contact,Email'];
    for (let i = 0; i < 10_000; i++) lines.push(`Company ${i},Person ${i},person${i}@company${i}.example`);
    const table = await app.data.readTable('big.csv', utf8(lines.join('\n')));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const progress: string[] = [];
    const report = await app.data.runImport(table, app.data.guessMapping(table.headers), (p) => progress.push(`${p.phase}:${p.done}/${p.total}`));
    clearInterval(timer);
    expect(report).toMatchObject({ created: 10_000, skipped: [], clientsWritten: 10_000, contactsWritten: 10_000 });
    expect(await db.clients.count()).toBe(10_000);
    expect(await db.contacts.count()).toBe(10_000);
    expect(progress[0]).toBe('checking:500/10000');
    expect(progress).toContain('checking:10000/10000');
    expect(progress.at(-1)).toBe('writing:10000/10000');
    expect(ticks).toBeGreaterThan(20);
  }, 60_000);
});

describe('import from .xlsx', () => {
  it('reads date cells and date serials in the 1900 system', async () => {
    const { app } = await setUp();
    const bytes = await xlsx([['Company', 'Client since'], ['Acme', new Date(Date.UTC(2020, 0, 15))], ['Serial Co', 43845]], false);
    const table = await app.data.readTable('clients.xlsx', bytes);
    expect(table.date1904).toBe(false);
    const report = await app.data.runImport(table, app.data.guessMapping(table.headers));
    expect(report.created).toBe(2);
    const created = (await app.queries.searchClients('Co')).concat(await app.queries.searchClients('Acme')).map((h) => [h.client.name, h.client.createdAt.slice(0, 10)]);
    expect(Object.fromEntries(created)).toEqual({ Acme: '2020-01-15', 'Serial Co': '2020-01-15' });
  });

  it('reads a 1904-system workbook: the same serial is 1,462 days later', async () => {
    const { app } = await setUp();
    const bytes = await xlsx([['Компанія', 'Клієнт з'], ['Мак Ко', 43845], ['Дата Ко', new Date(Date.UTC(2020, 0, 15))]], true);
    const table = await app.data.readTable('mac.xlsx', bytes);
    expect(table.date1904).toBe(true);
    await app.data.runImport(table, app.data.guessMapping(table.headers));
    const [mac] = await app.queries.searchClients('Мак');
    const [dated] = await app.queries.searchClients('Дата');
    expect(mac?.client.createdAt.slice(0, 10)).toBe('2024-01-16');
    expect(dated?.client.createdAt.slice(0, 10)).toBe('2020-01-15');
  });

  it('reads a workbook’s short rows without a warning (its cells keep their columns) and numbers rows as Excel shows them', async () => {
    const { app } = await setUp();
    const bytes = await xlsx([['Company', 'Email', 'Notes'], ['Alpha', 'a@alpha.example'], [], ['Beta', 'b@@beta', 'late']], false);
    const table = await app.data.readTable('clients.xlsx', bytes);
    expect(table).toMatchObject({ rowNumbers: [2, 4], cellsPerRow: null });
    const preview = await app.data.previewImport(table, app.data.guessMapping(table.headers));
    expect(preview).toMatchObject({ created: 1, warned: [], skipped: [{ row: 4, reason: { kind: 'invalid-email' } }] });
  });

  it('refuses a file that is not a workbook, with a typed error', async () => {
    const { app } = await setUp();
    await expect(app.data.readTable('fake.xlsx', utf8('not a zip'))).rejects.toMatchObject({ name: 'UnreadableFileError', reason: 'not-xlsx' });
  });

  it('refuses a workbook or image renamed .csv, and a file with a header but no rows, each with its reason', async () => {
    const { app } = await setUp();
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]).buffer;
    await expect(app.data.readTable('clients.csv', zip)).rejects.toMatchObject({ name: 'UnreadableFileError', reason: 'not-text' });
    await expect(app.data.readTable('clients.csv', utf8('Company;Email\n'))).rejects.toMatchObject({ name: 'UnreadableFileError', reason: 'no-rows' });
  });

  it('reads Excel’s “Unicode Text” (UTF-16 with its byte-order mark, tab-separated)', async () => {
    const { app } = await setUp();
    const text = '\ufeffКомпанія\tEmail\r\nПолісся Агро\tolena@polissia-agro.ua\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), true);
    const table = await app.data.readTable('clients.txt', bytes.buffer);
    expect(table.headers).toEqual(['Компанія', 'Email']);
    expect(table.rows).toEqual([['Полісся Агро', 'olena@polissia-agro.ua']]);
  });
});

describe('export', () => {
  it('writes each table to CSV with a BOM and Ukrainian text intact, and all of them to one .xlsx', async () => {
    const { app } = await setUp();
    await app.createClient({ client: { name: 'ТОВ «Полісся Агро»', domains: ['polissia-agro.ua'] }, contacts: [{ name: 'Олена Шевчук', position: '', emails: ['olena@polissia-agro.ua'], phones: [] }] });
    const files = await app.data.exportData('csv', ['clients', 'contacts']);
    expect(files.map((f) => f.fileName)).toEqual(['clientbook-clients-2026-11-27.csv', 'clientbook-contacts-2026-11-27.csv']);
    const clientsCsv = files[0]!.content as string;
    expect(clientsCsv.startsWith('\ufeffid,')).toBe(true);
    expect(clientsCsv).toContain('address.city');
    expect(clientsCsv).toContain('ТОВ «Полісся Агро»');

    const [book] = await app.data.exportData('xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(book!.content as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['clients', 'contacts', 'deals', 'deal-lines', 'deal-stages', 'history', 'invoices', 'payments']);
    const contacts = wb.getWorksheet('contacts')!;
    const header = (contacts.getRow(1).values as unknown[]).slice(1);
    const olena = (contacts.getRow(2).values as unknown[]).slice(1);
    expect(olena[header.indexOf('name')]).toBe('Олена Шевчук');
    expect(olena[header.indexOf('emails')]).toBe('olena@polissia-agro.ua');
  });
});

describe('export a person can read', () => {
  /** The CSV's rows as objects keyed by its header. */
  const rowsOf = (csv: string) => {
    const [header, ...lines] = csv.replace(/^\ufeff/, '').trim().split('\r\n').map((l) => l.split(','));
    return lines.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i]])));
  };

  it('gives amounts in currency units, names the client and the deal, and lists a deal’s lines and stage steps a row each', async () => {
    const { app } = await setUp();
    const client = await app.createClient({ client: { name: 'Contoso Ltd', domains: ['contoso.com'] }, contacts: [] });
    const deal = await app.deals.create({
      clientId: client.id,
      title: 'Spare parts',
      currency: 'EUR',
      lines: [
        { description: 'Control valve DN50', quantity: 40, unitPriceMinor: 185_000, discountPercent: 5 },
        { description: 'Delivery', quantity: 1, unitPriceMinor: 90_000 },
      ],
    });
    const receipt = await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-7', amountMinor: 2_000_050, issueDate: '2026-11-01', dueDate: '2026-11-20' });
    await app.deals.recordPayment({ invoiceId: receipt.id, amountMinor: 1_000_000, date: '2026-11-18' });
    const lost = await app.deals.create({ clientId: client.id, title: 'Audit', currency: 'EUR', amountMinor: 500_000 });
    await app.deals.closeAsRefused(lost.id, 'no-benefit', 'Could not see the value');

    const files = await app.data.exportData('csv', ['deals', 'invoices', 'payments']);
    expect(files.map((f) => f.fileName)).toEqual([
      'clientbook-deals-2026-11-27.csv',
      'clientbook-deal-lines-2026-11-27.csv',
      'clientbook-deal-stages-2026-11-27.csv',
      'clientbook-invoices-2026-11-27.csv',
      'clientbook-payments-2026-11-27.csv',
    ]);
    const [deals, lines, stages, invoices, payments] = files.map((f) => rowsOf(f.content as string));
    expect(deals![0]).toMatchObject({ client: 'Contoso Ltd', title: 'Spare parts', amount: '71200', currency: 'EUR' });
    expect(Object.keys(deals![0]!)).not.toContain('amountMinor');
    // A deal not refused has no refusal: its cells are empty, with no column "refusal" beside the refusal's own.
    expect(Object.keys(deals![0]!)).toEqual(expect.arrayContaining(['refusal.reason', 'refusal.note']));
    expect(Object.keys(deals![0]!)).not.toContain('refusal');
    expect(deals!.find((d) => d.title === 'Audit')).toMatchObject({ 'refusal.reason': 'no-benefit', amount: '5000' });
    expect(lines).toEqual([
      expect.objectContaining({ dealId: deal.id, deal: 'Spare parts', description: 'Control valve DN50', quantity: '40', unitPrice: '1850', discountPercent: '5' }),
      expect.objectContaining({ deal: 'Spare parts', description: 'Delivery', unitPrice: '900' }),
    ]);
    expect(stages![0]).toMatchObject({ deal: 'Spare parts', kind: 'opened' });
    expect(invoices![0]).toMatchObject({ client: 'Contoso Ltd', deal: 'Spare parts', number: 'INV-7', amount: '20000.5' });
    expect(payments![0]).toMatchObject({ client: 'Contoso Ltd', deal: 'Spare parts', amount: '10000' });
  });
});

describe('one person: data-subject export and erasure', () => {
  async function withOlena() {
    const { app, db } = await setUp();
    const client = await app.createClient({
      client: { name: 'Полісся Агро', domains: ['polissia-agro.ua'] },
      contacts: [
        { name: 'Олена Шевчук', position: 'Закупівлі', emails: ['olena@polissia-agro.ua'], phones: ['+380 67 111 2233'] },
        { name: 'Ігор Бондар', position: '', emails: ['igor@polissia-agro.ua'], phones: [] },
      ],
    });
    const { contacts } = await app.queries.clientCard(client.id);
    const olena = contacts.find((c) => c.name === 'Олена Шевчук')!;
    const igor = contacts.find((c) => c.name === 'Ігор Бондар')!;
    await app.recordContact({ clientId: client.id, contactIds: [olena.id], type: 'call', at: '2026-11-20T10:00:00.000Z', text: 'Олена просила знижку', outcome: 'Надіслати пропозицію' });
    await app.recordContact({ clientId: client.id, contactIds: [igor.id], type: 'note', at: '2026-11-21T10:00:00.000Z', text: 'Ігор: пишіть на olena@polissia-agro.ua', outcome: '' });
    await app.recordContact({ clientId: client.id, contactIds: [igor.id], type: 'call', at: '2026-11-22T10:00:00.000Z', text: 'Ігор підтвердив замовлення', outcome: '' });
    const queued = { mailingId: 'm1', clientId: client.id, attempts: 0, error: '', sentAt: '' };
    await db.mailingRecipients.bulkPut([
      { ...queued, id: `m1:${olena.id}`, seq: 1, contactId: olena.id, name: 'Олена Шевчук', email: 'olena@polissia-agro.ua', state: 'queued' },
      { ...queued, id: `m1:${igor.id}`, seq: 2, contactId: igor.id, name: 'Ігор Бондар', email: 'igor@polissia-agro.ua', state: 'queued' },
    ]);
    return { app, db, client, olena, igor };
  }

  it('exports everything about one person as one JSON file', async () => {
    const { app, client, igor } = await withOlena();
    // Her colleague's call names her by given name only: the erasure redacts it, so it is her data too.
    await app.recordContact({ clientId: client.id, contactIds: [igor.id], type: 'call', at: '2026-11-23T10:00:00.000Z', text: 'Ігор: Олена у відпустці до понеділка', outcome: '' });
    await app.planNextContact({ clientId: client.id, due: '2026-12-01', kind: 'call', note: 'Олена просила передзвонити' });
    const file = await app.data.subjectExport('Olena@Polissia-Agro.ua');
    expect(file).toMatchObject({ fileName: 'clientbook-person-olena@polissia-agro.ua-2026-11-27.json', mimeType: 'application/json' });
    const doc = JSON.parse(file.content as string) as { person: string; contacts: { name: string }[]; history: { text: string }[]; mailings: { mailingId: string }[] };
    expect(doc.mailings).toEqual([expect.objectContaining({ mailingId: 'm1', email: 'olena@polissia-agro.ua' })]);
    expect(doc.person).toBe('olena@polissia-agro.ua');
    expect(doc.contacts.map((c) => c.name)).toEqual(['Олена Шевчук']);
    expect(doc.history.map((h) => h.text).sort()).toEqual(['Ігор: Олена у відпустці до понеділка', 'Ігор: пишіть на olena@polissia-agro.ua', 'Олена просила знижку']);
    expect((doc as unknown as { plannedContacts: { note: string }[] }).plannedContacts.map((p) => p.note)).toEqual(['Олена просила передзвонити']);
  });

  it('erases the person everywhere: the contact goes, history entries stay without their data, an audit entry records it', async () => {
    const { app, db, client } = await withOlena();
    expect(await app.data.erasurePreview('olena@polissia-agro.ua')).toEqual({
      address: 'olena@polissia-agro.ua',
      people: [{ name: 'Олена Шевчук', client: 'Полісся Агро' }],
      contacts: 1,
      history: 2,
      clients: 0,
      otherRecords: 0,
    });
    const outboxBefore = await db.outbox.count();
    const { audit, counts } = await app.data.erasePerson('olena@polissia-agro.ua', 'DSR-2026-17');
    expect(counts).toEqual({ contacts: 1, history: 2, clients: 0, otherRecords: 0 });
    expect(audit).toMatchObject({ action: 'erase-person', by: 'me@clientbook.example', reference: 'DSR-2026-17', contactsErased: 1, historyRedacted: 2 });

    const everything = JSON.stringify({
      clients: await db.clients.toArray(),
      contacts: await db.contacts.toArray(),
      history: await db.history.toArray(),
      audit: await db.auditEntries.toArray(),
      mailingRecipients: await db.mailingRecipients.toArray(),
    });
    // Her queued mailing message is cancelled and blank; Ігор's is untouched.
    expect((await db.mailingRecipients.orderBy('id').toArray()).map((r) => [r.seq, r.state, r.email])).toEqual(
      expect.arrayContaining([
        [1, 'cancelled', ''],
        [2, 'queued', 'igor@polissia-agro.ua'],
      ]),
    );
    for (const trace of ['olena@polissia-agro.ua', 'Олена', '+380 67 111 2233']) expect(everything).not.toContain(trace);
    const history = await db.history.where('clientId').equals(client.id).sortBy('at');
    expect(history).toHaveLength(3);
    expect(history[0]).toMatchObject({ type: 'call', text: '', outcome: '', contactIds: [], redacted: true });
    expect(history[1]).toMatchObject({ type: 'note', text: 'Ігор: пишіть на [erased]', redacted: true });
    expect(history[2]).toMatchObject({ text: 'Ігор підтвердив замовлення' });
    expect(history[2]?.redacted).toBeUndefined();
    const queued = (await db.outbox.toArray()).slice(outboxBefore).map((e) => `${e.table}:${e.op}`);
    expect(queued.sort()).toEqual(['auditEntries:upsert', 'contacts:delete', 'history:upsert', 'history:upsert']);
    expect(await app.data.auditEntries()).toEqual([audit]);
  });
});
