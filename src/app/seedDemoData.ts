/**
 * The demo's known clients: the companies whose people write to the demo mailbox, with contacts,
 * some history and planned contacts due today, overdue and later. Written through the use cases,
 * as a manager would have entered them over the past weeks.
 */
import { demoClientDomains as domains, demoPeople as people } from '../adapters/office/demo/demoPeople';
import type { EmailParticipant } from '../domain/model/HistoryEntry';
import { localIsoDate } from '../domain/rules/dayPlan';
import type { App } from './createApp';
import type { NewClientInput } from './clientUseCases';

/** The same use cases as of an earlier moment, so a plan made then may be overdue now. */
export type AppAsOf = (moment: Date) => App;

const DAY = 24 * 60 * 60 * 1000;

type SeedClient = NewClientInput['client'] & { name: string };
type SeedContact = { who: EmailParticipant; position: string; phones: string[] };
type SeedHistory = { daysAgo: number; type: string; text: string; outcome: string };
type SeedPlan = { plannedDaysAgo: number; dueInDays: number; kind: string; note: string };
type Seed = { client: SeedClient; contacts: SeedContact[]; history: SeedHistory[]; plans: SeedPlan[] };

const dated = <T>(value: T, on: string) => ({ value, on });

function seeds(today: string): Seed[] {
  return [
    {
      client: {
        name: 'Contoso Ltd',
        status: 'customer',
        address: { street: 'ul. Grunwaldzka 82', city: 'Gdańsk', postalCode: '80-244', country: 'Poland' },
        phone: '+48 58 555 01 00',
        website: 'https://contoso.com',
        region: 'eu',
        industry: 'manufacturing',
        leadSource: 'exhibition',
        trigger: 'event-visit',
        impression: dated('Reliable payer; decides quickly once finance agrees.', today),
        purchaseProbability: dated(80, today),
        domains: [domains.contoso],
        mailingConsent: 'granted',
      },
      contacts: [
        { who: people.olivia, position: 'Procurement Manager', phones: ['+44 20 7946 0321'] },
        { who: people.james, position: 'Finance Director', phones: [] },
      ],
      history: [
        { daysAgo: 40, type: 'meeting', text: 'Met Olivia at the Hannover Messe stand: spare parts for three plants.', outcome: 'Asked for a 2027 quote.' },
        { daysAgo: 14, type: 'call', text: 'Call with Olivia about delivery times to Gdańsk.', outcome: 'Three weeks is acceptable.' },
      ],
      plans: [{ plannedDaysAgo: 2, dueInDays: 0, kind: 'call', note: 'Confirm the updated quote with 40 control valves.' }],
    },
    {
      client: {
        name: 'ТОВ «Полісся Агро»',
        status: 'customer',
        address: { street: 'вул. Шевченка, 14', city: 'Житомир', postalCode: '10001', country: 'Україна' },
        phone: '+380 44 123 45 67',
        website: 'https://polissia-agro.com.ua',
        region: 'central',
        industry: 'agriculture',
        leadSource: 'recommendation',
        trigger: 'inbound-call',
        impression: dated('Лояльний клієнт, важлива своєчасна доставка.', today),
        purchaseProbability: dated(90, today),
        domains: [domains.polissiaAgro],
        mailingConsent: 'granted',
      },
      contacts: [{ who: people.andrii, position: 'Директор із закупівель', phones: ['+380 44 123 45 67'] }],
      history: [{ daysAgo: 21, type: 'demo', text: 'Показали новий каталог насіння агроному та Андрію.', outcome: 'Чекають специфікацію на весну.' }],
      plans: [{ plannedDaysAgo: 10, dueInDays: -3, kind: 'meeting', note: 'Зустріч у Житомирі: замовлення на весну 2027.' }],
    },
    {
      client: {
        name: 'Fabrikam Logistics',
        status: 'prospect',
        address: { street: '1200 Harbor Blvd', city: 'Seattle', postalCode: '98101', country: 'USA' },
        phone: '+1 206 555 0100',
        website: 'https://fabrikam.com',
        region: 'na',
        industry: 'logistics',
        leadSource: 'website',
        trigger: 'web-form',
        impression: dated('Interested in tracking; budget not confirmed.', today),
        purchaseProbability: dated(40, today),
        domains: [domains.fabrikam],
      },
      contacts: [{ who: people.daniel, position: 'Operations Manager', phones: ['+1 206 555 0142'] }],
      history: [{ daysAgo: 9, type: 'call', text: 'First call with Daniel: 4 warehouses, manual tracking today.', outcome: 'Wants a demo for the warehouse team.' }],
      plans: [{ plannedDaysAgo: 1, dueInDays: 5, kind: 'demo', note: 'Online demo of the tracking module.' }],
    },
    {
      client: {
        name: 'ТОВ «Дніпро Сталь Сервіс»',
        status: 'prospect',
        address: { street: 'просп. Яворницького, 101', city: 'Дніпро', postalCode: '49000', country: 'Україна' },
        phone: '+380 56 789 01 00',
        website: 'https://dniprosteel.com.ua',
        region: 'east',
        industry: 'manufacturing',
        leadSource: 'cold-outreach',
        trigger: 'our-outreach',
        purchaseProbability: dated(55, today),
        domains: [domains.dniproSteel],
      },
      contacts: [{ who: people.olena, position: 'Менеджер із постачання', phones: ['+380 56 789 01 23'] }],
      history: [{ daysAgo: 6, type: 'call', text: 'Обговорили потребу в арматурі А500С на перше півріччя.', outcome: 'Надіслати комерційну пропозицію.' }],
      plans: [{ plannedDaysAgo: 4, dueInDays: -1, kind: 'call', note: 'Уточнити, чи підходить доставка двома партіями.' }],
    },
    {
      client: {
        name: 'Northwind Traders',
        status: 'lead',
        address: { street: '12 Deansgate', city: 'Manchester', postalCode: 'M3 2BW', country: 'United Kingdom' },
        website: 'https://northwindtraders.com',
        region: 'uk-gb',
        industry: 'wholesale',
        leadSource: 'advertising',
        trigger: 'inbound-email',
        domains: [domains.northwind],
        mailingConsent: 'unknown',
      },
      contacts: [{ who: people.sophie, position: 'Category Buyer', phones: ['+44 161 496 0752'] }],
      history: [],
      plans: [{ plannedDaysAgo: 7, dueInDays: 0, kind: 'email', note: 'Send the wholesale price list and minimum order quantities.' }],
    },
    {
      client: {
        name: 'Карпатські меблі',
        status: 'inactive',
        address: { street: 'вул. Городоцька, 25', city: 'Львів', postalCode: '79000', country: 'Україна' },
        region: 'west',
        industry: 'retail',
        leadSource: 'partner',
        trigger: 'other',
        impression: dated('Не замовляли з 2025 року: закрили салон.', today),
        domains: [domains.karpatyMebli],
        mailingConsent: 'opted-out',
      },
      contacts: [{ who: people.ivan, position: 'Власник', phones: [] }],
      history: [{ daysAgo: 300, type: 'note', text: 'Клієнт призупинив закупівлі.', outcome: '' }],
      plans: [{ plannedDaysAgo: 0, dueInDays: 14, kind: 'call', note: 'Поновлення співпраці: новий салон у Львові.' }],
    },
  ];
}

/**
 * A small catalogue and a few deals as they would stand after some weeks of work: one won with its
 * lines, a paid and an overdue planned receipt, one open and moving, one refused at its stage.
 */
async function seedDeals(app: App, asOf: AppAsOf, clientIds: Map<string, string>, daysFromNow: (n: number) => Date) {
  const day = (n: number) => localIsoDate(daysFromNow(n));
  const valve = await app.deals.saveProduct({
    name: 'Control valve DN50',
    code: 'CV-50',
    category: 'goods',
    unitPriceMinor: 1_850_00,
    currency: 'EUR',
    properties: [{ name: 'Warranty', value: '24 months' }, { name: 'Pressure', value: 'PN16' }],
  });
  await app.deals.saveProduct({ name: 'Commissioning on site', code: 'SRV-COM', category: 'services', unitPriceMinor: 640_00, currency: 'EUR' });
  const seeds = await app.deals.saveProduct({ name: 'Насіння кукурудзи ДН-Гетера', code: 'SD-K01', category: 'goods', unitPriceMinor: 3_200_00, currency: 'UAH', properties: [{ name: 'Фасування', value: '80 000 насінин' }] });
  const fair = await app.deals.saveCampaign({ name: 'Hannover Messe 2026', channel: 'exhibition', startDate: day(-60), endDate: day(-55), costMinor: 12_000_00, currency: 'EUR', targetIndustries: ['manufacturing'] });

  const contoso = clientIds.get('Contoso Ltd');
  if (contoso) {
    const deal = await asOf(daysFromNow(-45)).deals.create({
      clientId: contoso,
      title: 'Spare parts for three plants',
      currency: 'EUR',
      stage: 'proposal',
      campaignId: fair.id,
      salesChannel: 'direct',
      lines: [
        { productId: valve.id, quantity: 40, discountPercent: 5 },
        { description: 'Delivery to Gdańsk', quantity: 1, unitPriceMinor: 900_00 },
      ],
    });
    await asOf(daysFromNow(-30)).deals.moveToStage(deal.id, 'contract');
    await asOf(daysFromNow(-28)).deals.closeAsWon(deal.id, 'Contract signed by James.');
    const first = await asOf(daysFromNow(-28)).deals.savePlannedReceipt({ dealId: deal.id, number: 'CB-2026-014', amountMinor: 35_000_00, issueDate: day(-28), dueDate: day(-14) });
    await asOf(daysFromNow(-15)).deals.recordPayment({ invoiceId: first.id, amountMinor: 35_000_00, date: day(-15) });
    // Due a week ago and not paid: the card and the reports show it overdue.
    await asOf(daysFromNow(-21)).deals.savePlannedReceipt({ dealId: deal.id, number: 'CB-2026-015', amountMinor: 36_200_00, issueDate: day(-21), dueDate: day(-7) });
  }
  const polissia = clientIds.get('ТОВ «Полісся Агро»');
  if (polissia) {
    const deal = await asOf(daysFromNow(-20)).deals.create({
      clientId: polissia,
      title: 'Насіння на весну 2027',
      currency: 'UAH',
      expectedCloseDate: day(30),
      salesChannel: 'direct',
      lines: [{ productId: seeds.id, quantity: 120, discountPercent: 3 }],
    });
    await asOf(daysFromNow(-12)).deals.moveToStage(deal.id, 'needs-analysis');
    await asOf(daysFromNow(-3)).deals.moveToStage(deal.id, 'proposal');
  }
  const northwind = clientIds.get('Northwind Traders');
  if (northwind) {
    const deal = await asOf(daysFromNow(-40)).deals.create({ clientId: northwind, title: 'Wholesale starter order', currency: 'GBP', amountMinor: 8_500_00, salesChannel: 'partner' });
    await asOf(daysFromNow(-25)).deals.moveToStage(deal.id, 'negotiation');
    await asOf(daysFromNow(-10)).deals.closeAsRefused(deal.id, 'price', 'A local wholesaler offered 12 % less.');
  }
}

/**
 * Seeds the demo's clients into an empty store; returns whether it did. A store with any client
 * is left alone, so a reload (or a user's own data) is never seeded twice.
 */
export async function seedDemoData(app: App, asOf: AppAsOf): Promise<boolean> {
  if (await app.queries.hasClients()) return false;
  const now = app.clock.now();
  const daysFromNow = (n: number) => new Date(now.getTime() + n * DAY);
  const clientIds = new Map<string, string>();
  for (const seed of seeds(localIsoDate(now))) {
    const client = await app.createClient({
      client: seed.client,
      contacts: seed.contacts.map((c) => ({ name: c.who.name, position: c.position, emails: [c.who.email], phones: c.phones })),
    });
    clientIds.set(seed.client.name, client.id);
    for (const h of seed.history) {
      const at = daysFromNow(-h.daysAgo);
      await asOf(at).recordContact({ clientId: client.id, type: h.type, at: at.toISOString(), text: h.text, outcome: h.outcome });
    }
    for (const plan of seed.plans) {
      // Made when the due date was still ahead: a plan of days ago may be overdue today.
      await asOf(daysFromNow(-plan.plannedDaysAgo)).planNextContact({
        clientId: client.id,
        due: localIsoDate(daysFromNow(plan.dueInDays)),
        kind: plan.kind,
        note: plan.note,
      });
    }
  }
  await seedDeals(app, asOf, clientIds, daysFromNow);
  return true;
}
