/**
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import { DemoMailbox } from '../../../src/adapters/office/demo/DemoMailbox';
import { DemoMailHost } from '../../../src/adapters/office/demo/DemoMailHost';
import { demoMessages } from '../../../src/adapters/office/demo/demoMessages';
import { openApp } from '../../../src/app/openApp';
import type { ReadItem } from '../../../src/domain/ports';
import { FakeMailHost } from '../../support/fakeMailHost';

const now = new Date('2026-11-27T10:00:00');
const clock = { now: () => now };
let dbCount = 0;

function demoHost() {
  const mailbox = new DemoMailbox({ messages: demoMessages(now) });
  return { mailbox, host: new DemoMailHost(mailbox) };
}

describe('seedDemoData', () => {
  it('gives the demo a day plan with contacts due today and overdue', async () => {
    const app = await openApp(demoHost().host, { dbName: `seed-${++dbCount}`, clock });
    const { today, rows } = await app.queries.dayPlan();
    expect(today).toBe('2026-11-27');
    const names = rows.map((r) => r.client.name);
    expect(names).toEqual(expect.arrayContaining(['Contoso Ltd', 'Northwind Traders', 'ТОВ «Полісся Агро»', 'ТОВ «Дніпро Сталь Сервіс»']));
    expect(rows.reduce((n, r) => n + r.overdue, 0)).toBe(2);
    expect(rows.reduce((n, r) => n + r.dueToday, 0)).toBe(2);
    // The oldest overdue plan comes first.
    expect(rows[0]?.client.name).toBe('ТОВ «Полісся Агро»');
    expect(rows[0]?.plans[0]?.due).toBe('2026-11-24');
  });

  it('keeps later plans off the day plan but on the client card, with history', async () => {
    const app = await openApp(demoHost().host, { dbName: `seed-${++dbCount}`, clock });
    const [fabrikam] = await app.queries.searchClients('fabrikam');
    expect(fabrikam).toBeDefined();
    const card = await app.queries.clientCard(fabrikam!.client.id);
    expect(card.plans).toEqual([expect.objectContaining({ due: '2026-12-02', kind: 'demo', status: 'open' })]);
    expect(card.history).toEqual([expect.objectContaining({ type: 'call', at: new Date('2026-11-18T10:00:00').toISOString() })]);
    expect(card.contacts).toEqual([expect.objectContaining({ name: 'Daniel Kim', emails: ['daniel.kim@fabrikam.com'] })]);
  });

  it('recognises the demo mailbox: a known contact, a new colleague by domain, a free-mail sender', async () => {
    const { host, mailbox } = demoHost();
    const app = await openApp(host, { dbName: `seed-${++dbCount}`, clock });
    const kindOfSender = async (id: string) => {
      mailbox.select(id);
      const { matches } = await app.recognizeMessage(host.currentItem() as ReadItem);
      return matches[0]?.kind === 'unknown' ? `unknown:${matches[0].reason}` : matches[0]?.kind;
    };
    expect(await kindOfSender('demo-attachments')).toBe('contact');
    expect(await kindOfSender('demo-new-colleague')).toBe('domain');
    expect(await kindOfSender('demo-unknown-litware')).toBe('unknown:new');
    expect(await kindOfSender('demo-free-ukrnet')).toBe('unknown:free-mail');
    expect(await kindOfSender('demo-internal-agenda')).toBeUndefined();
  });

  it('seeds once: opening the demo again keeps the clients as they are', async () => {
    const dbName = `seed-${++dbCount}`;
    const first = await openApp(demoHost().host, { dbName, clock });
    const count = await first.queries.countClients();
    const plan = (await first.queries.dayPlan()).rows.map((r) => r.client.id);
    // The six clients of the demo's messages, and the seeded year of the five-manager team behind them.
    expect(count).toBeGreaterThan(6);
    const second = await openApp(demoHost().host, { dbName, clock });
    expect(await second.queries.countClients()).toBe(count);
    expect((await second.queries.dayPlan()).rows.map((r) => r.client.id)).toEqual(plan);
  });

  it('never seeds a store opened by another host', async () => {
    const app = await openApp(new FakeMailHost(), { dbName: `seed-${++dbCount}`, clock });
    expect(await app.queries.countClients()).toBe(0);
  });
});
