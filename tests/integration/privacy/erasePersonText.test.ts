/**
 * Erasing one person also finds them in free text: history texts and subjects of any client, client
 * notes, Next contact notes, deal and stage notes, service cases and money notes. The audit entry
 * counts what went, and names nobody.
 */
import 'fake-indexeddb/auto';
import { DemoMailbox } from '../../../src/adapters/office/demo/DemoMailbox';
import { DemoMailHost } from '../../../src/adapters/office/demo/DemoMailHost';
import { demoMessages } from '../../../src/adapters/office/demo/demoMessages';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { openApp } from '../../../src/app/openApp';
import type { Clock } from '../../../src/domain/ports';
import { FakeMailHost } from '../../support/fakeMailHost';

let seq = 0;
const now = new Date(Date.UTC(2026, 10, 27, 10, 0, 0));
const clock: Clock = { now: () => new Date(now) };

/** Мар'яна of Львів Друк, her colleagues (Тарас unless told), and a second client whose notes mention her. */
async function withMaryana(colleague = 'Тарас Бойко') {
  const dbName = `erase-text-${++seq}`;
  const app = await openApp(new FakeMailHost(), { dbName, clock });
  const db = new ClientbookDb(dbName);
  const print = await app.createClient({
    client: { name: 'Львів Друк', domains: ['lviv-print.ua'] },
    contacts: [
      { name: "Мар'яна Ковальчук", position: 'Бухгалтер', emails: ['maryana@lviv-print.ua', 'm.kovalchuk@gmail.com'], phones: ['+380 67 111 2233'] },
      { name: colleague, position: 'Директор', emails: ['boss@lviv-print.ua'], phones: [] },
      { name: 'Ольга Ковальчук', position: 'Склад', emails: ['olha@lviv-print.ua'], phones: [] },
    ],
  });
  const other = await app.createClient({ client: { name: 'Янтар Плюс', domains: ['yantar.ua'] }, contacts: [{ name: 'Деян Петрів', position: '', emails: ['deyan@yantar.ua'], phones: [] }] });
  const { contacts } = await app.queries.clientCard(print.id);
  const boss = contacts.find((c) => c.name === colleague)!;
  return { app, db, print, other, boss };
}

describe('erasing a person from free text', () => {
  it('replaces their name, addresses and phone in every kind of note, leaving other people and words alone', async () => {
    const { app, db, print, other, boss } = await withMaryana();
    // Her colleague's call: she is named, by given name alone, in her own client's history.
    await app.recordContact({ clientId: print.id, contactIds: [boss.id], type: 'call', at: '2026-11-20T10:00:00.000Z', text: "Тарас: рахунки тепер веде Марʼяна, тел. 067-111-22-33", outcome: 'Надіслати рахунок' });
    // Another client's history names her in full, the other way round and declined; "Ян" in Янтар is no name of hers.
    await app.recordContact({ clientId: other.id, contactIds: [], type: 'note', at: '2026-11-21T10:00:00.000Z', text: "Деян радить Ковальчук Мар'яну? Ні — радить Ковальчук Мар'яна (m.kovalchuk@gmail.com)", outcome: '' });
    await app.saveClient({ ...(await db.clients.get(print.id))!, notes: "Оплату погоджує Мар'яна Ковальчук; склад — Ольга" });
    await app.planNextContact({ clientId: print.id, due: '2026-12-01', kind: 'call', note: "Передзвонити Мар'яні або Мар'яна на +380671112233" });
    const deal = await app.deals.create({ clientId: print.id, title: 'Етикетки, 20 000 шт', currency: 'UAH', notes: 'Контакт: maryana@lviv-print.ua' });
    await app.deals.closeAsRefused(deal.id, 'price', "Мар'яна Ковальчук сказала: дорого");
    await app.deals.openServiceCase({ clientId: print.id, title: "Мар'яна не отримала рахунок", description: 'Пише з m.kovalchuk@gmail.com', severity: 'low' });

    const { audit, counts } = await app.data.erasePerson('maryana@lviv-print.ua', 'DSR-9');

    const history = await db.history.orderBy('at').toArray();
    // The history's note that the case was opened names nobody: it stays as written.
    expect(history.map((h) => h.text)).toEqual(['Тарас: рахунки тепер веде [erased], тел. [erased]', "Деян радить [erased]? Ні — радить [erased] ([erased])", 'Service case opened.']);
    expect(history.filter((h) => !h.serviceCaseId).every((h) => h.redacted)).toBe(true);
    expect((await db.clients.get(print.id))?.notes).toBe('Оплату погоджує [erased]; склад — Ольга');
    expect((await db.clients.get(other.id))?.name).toBe('Янтар Плюс');
    expect((await db.plannedContacts.toArray())[0]?.note).toBe("Передзвонити Мар'яні або [erased] на [erased]");
    const closed = (await db.deals.get(deal.id))!;
    expect(closed).toMatchObject({ title: 'Етикетки, 20 000 шт', notes: 'Контакт: [erased]', refusal: { note: '[erased] сказала: дорого' } });
    expect(closed.stageHistory.at(-1)?.note).toBe('[erased] сказала: дорого');
    expect(await db.serviceCases.toArray()).toEqual([expect.objectContaining({ title: '[erased] не отримала рахунок', description: 'Пише з [erased]' })]);
    // Her colleague Ольга shares the surname: "Ковальчук" alone is not erased anywhere, she keeps her contact.
    expect((await db.contacts.toArray()).map((c) => c.name).sort()).toEqual(['Деян Петрів', 'Ольга Ковальчук', 'Тарас Бойко']);

    expect(audit).toMatchObject({ contactsErased: 1, historyRedacted: 2, mentionsErased: { names: 8, emails: 3, phones: 2 }, recordsRewritten: 6 });
    // The two history entries that named her are history in what the pane says, not "other records" too.
    expect(counts).toEqual({ contacts: 1, history: 2, clients: 0, otherRecords: 4 });
    const auditText = JSON.stringify(await db.auditEntries.toArray());
    // The phone's traces as written, not its last four digits alone: those turn up in a random id now and then.
    for (const trace of ["Мар'яна", 'maryana@', 'kovalchuk', '111 2233', '1112233']) expect(auditText).not.toContain(trace);
    // Every rewritten record goes to the team store like any other change.
    const queued = new Set((await db.outbox.toArray()).map((e) => e.table));
    for (const table of ['history', 'clients', 'plannedContacts', 'deals', 'serviceCases', 'auditEntries']) expect(queued).toContain(table);
  });

  it('leaves a given name alone when a colleague’s name reads the same, erasing the full name only', async () => {
    const { app, db, print } = await withMaryana("Мар'ян Бойко");
    await app.planNextContact({ clientId: print.id, due: '2026-12-01', kind: 'call', note: "Зразки для Мар'яна Бойка; рахунок — Мар'яна Ковальчук" });

    await app.data.erasePerson('maryana@lviv-print.ua', '');

    expect((await db.plannedContacts.toArray())[0]?.note).toBe("Зразки для Мар'яна Бойка; рахунок — [erased]");
  });

  it('counts the records it would rewrite before the user confirms', async () => {
    const { app, print, other } = await withMaryana();
    await app.recordContact({ clientId: other.id, contactIds: [], type: 'note', at: '2026-11-21T10:00:00.000Z', text: "Питали про Мар'яну Ковальчук? Ні.", outcome: '' });
    await app.planNextContact({ clientId: print.id, due: '2026-12-01', kind: 'call', note: "Мар'яна у відпустці до грудня" });

    expect(await app.data.erasurePreview('maryana@lviv-print.ua')).toMatchObject({ contacts: 1, history: 1, clients: 0, otherRecords: 1 });
  });

  it('names whom the address is on in the preview, so a mistyped address that is someone else’s shows', async () => {
    const { app } = await withMaryana();
    expect(await app.data.erasurePreview(' Boss@Lviv-Print.ua ')).toMatchObject({ address: 'boss@lviv-print.ua', people: [{ name: 'Тарас Бойко', client: 'Львів Друк' }] });
  });
});

describe('one person’s export', () => {
  it('holds every record erasing them would change, as it is before the erasure', async () => {
    const { app, db, print, other, boss } = await withMaryana();
    await app.recordContact({ clientId: print.id, contactIds: [boss.id], type: 'call', at: '2026-11-20T10:00:00.000Z', text: 'Тарас: рахунки тепер веде Марʼяна', outcome: '' });
    await app.recordContact({ clientId: other.id, contactIds: [], type: 'note', at: '2026-11-21T10:00:00.000Z', text: "Деян радить Мар'яну Ковальчук", outcome: '' });
    await app.recordContact({ clientId: print.id, contactIds: [boss.id], type: 'call', at: '2026-11-22T10:00:00.000Z', text: 'Тарас підтвердив замовлення', outcome: '' });
    await app.saveClient({ ...(await db.clients.get(print.id))!, notes: "Оплату погоджує Мар'яна Ковальчук" });
    await app.planNextContact({ clientId: print.id, due: '2026-12-01', kind: 'call', note: 'Передзвонити на +380671112233' });
    const deal = await app.deals.create({ clientId: print.id, title: 'Етикетки', currency: 'UAH', notes: 'Контакт: maryana@lviv-print.ua' });
    await app.deals.openServiceCase({ clientId: print.id, title: "Мар'яна не отримала рахунок", description: '', severity: 'low' });

    const file = await app.data.subjectExport('maryana@lviv-print.ua');
    const exported = JSON.parse(file.content as string) as Record<string, { id: string }[]>;
    const outboxBefore = await db.outbox.count();
    await app.data.erasePerson('maryana@lviv-print.ua', '');
    const changed = (await db.outbox.toArray()).slice(outboxBefore).filter((e) => e.op === 'upsert' && e.table !== 'auditEntries');

    expect(changed.length).toBeGreaterThanOrEqual(6);
    for (const { table, key } of changed) expect({ table, exported: (exported[table] ?? []).some((r) => r.id === key) }).toEqual({ table, exported: true });
    // As the records were: the erasure's marker is nowhere in the file.
    expect(file.content).not.toContain('[erased]');
    expect(exported.deals?.map((d) => d.id)).toEqual([deal.id]);
    // The call that does not name her is not hers.
    expect(JSON.stringify(exported.history)).not.toContain('Тарас підтвердив замовлення');
  });

  it('in the demo, holds the history entries the erase confirmation counts for Olivia Bennett', async () => {
    const host = new DemoMailHost(new DemoMailbox({ messages: demoMessages(now) }));
    const app = await openApp(host, { dbName: `erase-text-demo-${++seq}`, clock });
    const preview = await app.data.erasurePreview('olivia.bennett@contoso.com');
    const doc = JSON.parse((await app.data.subjectExport('olivia.bennett@contoso.com')).content as string) as { history: { text: string }[] };
    expect(preview.history).toBe(2);
    expect(doc.history.map((h) => h.text).sort()).toEqual(['Call with Olivia about delivery times to Gdańsk.', 'Met Olivia at the Hannover Messe stand: spare parts for three plants.']);
  });
});
