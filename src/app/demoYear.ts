/**
 * A year of a sales team's work, generated from a seeded random sequence (the same seed gives the
 * same records): five managers with different habits, clients, deals moving through the stages,
 * planned receipts and payments (some late), contacts, campaigns and refusals. The demo shows it;
 * the analytics benchmark scales it up to 50,000 deals.
 */
import type { AnalyticsData } from '../domain/analytics/AnalyticsData';
import type { Campaign } from '../domain/model/Campaign';
import type { Client } from '../domain/model/Client';
import type { Deal, StageChange } from '../domain/model/Deal';
import type { DealLine } from '../domain/model/DealLine';
import type { HistoryEntry } from '../domain/model/HistoryEntry';
import type { Invoice } from '../domain/model/Invoice';
import type { Member } from '../domain/model/Member';
import { discountMoney, multiplyMoney } from '../domain/model/Money';
import type { Payment } from '../domain/model/Payment';
import type { PlannedContact } from '../domain/model/PlannedContact';
import type { Product } from '../domain/model/Product';

export type DemoYearOptions = {
  /** The last day of the year shown. */
  now: Date;
  seed?: number;
  clients?: number;
  deals?: number;
  /** Contacts logged per deal on average. */
  historyPerDeal?: number;
  /** Payments a paid planned receipt is split into at most. */
  maxInstalments?: number;
};

const DAY = 86_400_000;

/** mulberry32: small, fast and good enough for sample data. */
function randomFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const demoManagers = [
  // Each manager's habits: how many deals they carry, how often they win, how quickly deals move.
  { email: 'andrii.bondar@clientbook.example', name: 'Andrii Bondar', share: 0.33, winRate: 0.55, pace: 1 },
  { email: 'iryna.shevchenko@clientbook.example', name: 'Iryna Shevchenko', share: 0.27, winRate: 0.45, pace: 0.8 },
  { email: 'oleh.melnyk@clientbook.example', name: 'Oleh Melnyk', share: 0.2, winRate: 0.3, pace: 1.6 },
  { email: 'natalia.tkachenko@clientbook.example', name: 'Natalia Tkachenko', share: 0.17, winRate: 0.4, pace: 1.1 },
  { email: 'dmytro.kravets@clientbook.example', name: 'Dmytro Kravets', share: 0.03, winRate: 0.2, pace: 2.2 },
] as const;

const stages = ['qualification', 'needs-analysis', 'proposal', 'negotiation', 'contract'] as const;
const stageProbability = [10, 25, 40, 60, 80];
const regions = ['kyiv', 'west', 'east', 'south', 'central', 'eu'];
const industries = ['manufacturing', 'retail', 'wholesale', 'it', 'construction', 'logistics', 'agriculture', 'healthcare'];
const leadSources = ['exhibition', 'recommendation', 'website', 'advertising', 'cold-outreach', 'social', 'partner'];
const channels = ['direct', 'online', 'partner', 'tender'];
// 'Did not understand the benefits' is common and price is rare: what the refusal analysis is for.
const reasons = ['no-benefit', 'no-benefit', 'no-benefit', 'competitor', 'competitor', 'no-budget', 'timing', 'no-response', 'requirements', 'price'];
const historyTypes = ['call', 'call', 'email', 'email', 'meeting', 'demo'];
const roots = ['Борисфен', 'Карпати', 'Таврія', 'Поділля', 'Слобода', 'Галич', 'Дунай', 'Оболонь', 'Говерла', 'Чумацький шлях', 'Полтава', 'Синевир', 'Хортиця', 'Світязь', 'Десна'];
// Enough roots × trades that the demo's 260 clients need no number after the name.
const trades = ['Агро', 'Буд', 'Трейд', 'Логістик', 'Фарм', 'Тех', 'Метал', 'Енерго', 'Пак', 'Сервіс', 'Хім', 'Транс', 'Мед', 'Пром', 'Торг', 'Маш', 'Комплект', 'Постач'];
const forms = ['ТОВ', 'ПП', 'ПрАТ'];

const catalogue: [id: string, name: string, category: string, priceMinor: number][] = [
  ['demo-product-valve', 'Control valve DN50', 'goods', 18_500_00],
  ['demo-product-pump', 'Circulation pump', 'goods', 42_000_00],
  ['demo-product-sensor', 'Pressure sensor', 'goods', 3_900_00],
  ['demo-product-install', 'Installation', 'services', 12_000_00],
  ['demo-product-service', 'Annual maintenance', 'services', 24_000_00],
  ['demo-product-scada', 'SCADA licence', 'software', 65_000_00],
  ['demo-product-support', 'Software support (year)', 'software', 15_000_00],
];

const campaignSeeds: [id: string, name: string, channel: string, costMinor: number, startMonthsAgo: number][] = [
  ['demo-campaign-expo', 'Industrial Expo Kyiv', 'exhibition', 180_000_00, 10],
  ['demo-campaign-webinar', 'Webinar: saving energy in pumping', 'webinar', 25_000_00, 7],
  ['demo-campaign-ads', 'Online ads, spring', 'online-ads', 90_000_00, 5],
  ['demo-campaign-mail', 'Newsletter to agriculture', 'email', 8_000_00, 3],
];

export function demoYear(options: DemoYearOptions): Required<Pick<AnalyticsData, 'members' | 'clients' | 'deals' | 'invoices' | 'payments' | 'history' | 'plannedContacts' | 'campaigns' | 'products'>> {
  const random = randomFrom(options.seed ?? 2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const end = options.now.getTime();
  const start = end - 365 * DAY;
  const iso = (ms: number) => new Date(ms).toISOString();
  const day = (ms: number) => iso(ms).slice(0, 10);
  const clientCount = options.clients ?? 260;
  const dealCount = options.deals ?? 620;
  const historyPerDeal = options.historyPerDeal ?? 4;
  const maxInstalments = options.maxInstalments ?? 2;
  const pad = (n: number) => String(n).padStart(6, '0');
  const at0 = iso(start);

  const members: Member[] = demoManagers.map((m, i) => ({ id: `demo-member-${i + 1}`, email: m.email, name: m.name, role: 'manager', createdAt: at0, updatedAt: at0 }));
  const products: Product[] = catalogue.map(([id, name, category, unitPriceMinor]) => ({ id, name, code: id.replace('demo-product-', '').toUpperCase(), category, unitPriceMinor, currency: 'UAH', properties: [], archived: false, createdAt: at0, updatedAt: at0 }));
  const campaigns: Campaign[] = campaignSeeds.map(([id, name, channel, costMinor, monthsAgo]) => {
    const startMs = end - monthsAgo * 30 * DAY;
    return { id, name, channel, startDate: day(startMs), endDate: day(startMs + 30 * DAY), costMinor, currency: 'UAH', targetRegions: [], targetIndustries: [], notes: '', archived: false, createdAt: iso(startMs), updatedAt: iso(startMs) };
  });

  // Managers own clients in proportion to their share; the smallest share keeps few clients in work.
  const ownerByShare = () => {
    let r = random();
    for (const m of demoManagers) if ((r -= m.share) < 0) return m;
    return demoManagers[0];
  };
  const clients: Client[] = [];
  for (let i = 0; i < clientCount; i++) {
    const owner = ownerByShare();
    const createdMs = start + Math.floor(random() * 330) * DAY + 9 * 3_600_000;
    const campaign = random() < 0.3 ? campaigns.find((c) => c.startDate <= day(createdMs)) : undefined;
    const incomplete = random() < 0.12;
    const name = `${pick(forms)} «${roots[i % roots.length]} ${trades[Math.floor(i / roots.length) % trades.length]}»${i >= roots.length * trades.length ? ` ${Math.floor(i / (roots.length * trades.length)) + 1}` : ''}`;
    clients.push({
      id: `demo-client-${pad(i + 1)}`,
      name,
      status: 'prospect',
      address: { street: '', city: '', postalCode: '', country: 'Україна' },
      phone: '',
      website: '',
      region: incomplete && random() < 0.5 ? '' : pick(regions),
      industry: incomplete ? '' : pick(industries),
      leadSource: campaign ? campaign.channel === 'exhibition' ? 'exhibition' : 'advertising' : incomplete && random() < 0.5 ? '' : pick(leadSources),
      trigger: '',
      impression: null,
      purchaseProbability: null,
      domains: [`client${i + 1}.demo-year.example`],
      owner: owner.email,
      mailingConsent: 'unknown',
      notes: '',
      campaignId: campaign?.id ?? '',
      createdAt: iso(createdMs),
      updatedAt: iso(createdMs),
    });
  }
  const clientsOf = new Map<string, Client[]>(demoManagers.map((m) => [m.email, clients.filter((c) => c.owner === m.email)]));

  const deals: Deal[] = [];
  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  const history: HistoryEntry[] = [];
  const plannedContacts: PlannedContact[] = [];
  let historySeq = 0;
  const logContact = (client: Client, dealId: string, ms: number, author: string) => {
    const id = `demo-history-${pad(++historySeq)}`;
    const type = pick(historyTypes);
    history.push({ id, clientId: client.id, contactIds: [], type, department: 'sales', author, authorName: demoManagers.find((m) => m.email === author)?.name ?? author, at: iso(ms), subject: '', text: `${type === 'demo' ? 'Demonstration' : type === 'meeting' ? 'Meeting' : type === 'call' ? 'Call' : 'Email'} about the offer`, outcome: '', email: null, completesPlannedContactId: '', dealId, createdAt: iso(ms), updatedAt: iso(ms) });
  };

  for (let i = 0; i < dealCount; i++) {
    const manager = ownerByShare();
    const own = clientsOf.get(manager.email)!;
    const client = own.length ? pick(own) : pick(clients);
    const id = `demo-deal-${pad(i + 1)}`;
    const openedMs = Math.max(Date.parse(client.createdAt), start + Math.floor(random() * 350) * DAY) + 10 * 3_600_000;
    const lines: DealLine[] = [];
    const lineCount = 1 + Math.floor(random() * 3);
    for (let l = 0; l < lineCount; l++) {
      const [productId, description, , unitPriceMinor] = pick(catalogue);
      lines.push({ id: `${id}-line-${l + 1}`, productId, description, quantity: 1 + Math.floor(random() * 8), unitPriceMinor, discountPercent: pick([0, 0, 0, 5, 10, 15]) });
    }
    const amountMinor = lines.reduce((sum, l) => sum + discountMoney(multiplyMoney({ minor: l.unitPriceMinor, currency: 'UAH' }, l.quantity), l.discountPercent).minor, 0);
    // Walk the stages: each stay lasts a few days to weeks, scaled by the manager's pace.
    const steps: StageChange[] = [{ kind: 'opened', from: '', to: stages[0], at: iso(openedMs), by: manager.email, reason: '', note: '' }];
    let ms = openedMs;
    let stage = 0;
    const outcome = random();
    const finalStage = Math.floor(random() * stages.length);
    let status: Deal['status'] = 'open';
    let closedAt = '';
    let refusal: Deal['refusal'] = null;
    for (;;) {
      ms += Math.round((3 + random() * 18) * manager.pace * DAY);
      if (ms >= end) break;
      if (stage < finalStage) {
        stage += 1;
        steps.push({ kind: 'stage', from: stages[stage - 1]!, to: stages[stage]!, at: iso(ms), by: manager.email, reason: '', note: '' });
        continue;
      }
      if (outcome < manager.winRate) {
        status = 'won';
        closedAt = iso(ms);
        steps.push({ kind: 'won', from: stages[stage]!, to: stages[stage]!, at: closedAt, by: manager.email, reason: '', note: '' });
      } else if (outcome < manager.winRate + 0.35) {
        status = 'refused';
        closedAt = iso(ms);
        const reason = pick(reasons);
        refusal = { reason, stage: stages[stage]!, note: '', at: closedAt };
        steps.push({ kind: 'refused', from: stages[stage]!, to: stages[stage]!, at: closedAt, by: manager.email, reason, note: '' });
      }
      break;
    }
    // Open deals that stopped moving long ago are the stalled ones; the rest end near today.
    const lastMs = Date.parse(steps[steps.length - 1]!.at);
    const expectedMs = status === 'open' ? lastMs + Math.round((10 + random() * 60) * DAY) : Date.parse(closedAt || iso(lastMs));
    deals.push({
      id,
      clientId: client.id,
      title: `${lines[0]!.description}${lines.length > 1 ? ` +${lines.length - 1}` : ''}`,
      amountMinor,
      currency: 'UAH',
      owner: manager.email,
      stage: stages[stage]!,
      probability: status === 'won' ? 100 : status === 'refused' ? 0 : stageProbability[stage]!,
      expectedCloseDate: day(expectedMs),
      salesChannel: pick(channels),
      campaignId: client.campaignId ?? '',
      lines,
      stageHistory: steps,
      status,
      closedAt,
      refusal,
      notes: '',
      createdAt: iso(openedMs),
      updatedAt: steps[steps.length - 1]!.at,
    });
    if (status === 'won' && client.status !== 'customer') client.status = 'customer';
    const contacts = Math.max(1, Math.round(historyPerDeal * (0.5 + random())));
    const span = Math.max(DAY, lastMs - openedMs);
    for (let h = 0; h < contacts; h++) logContact(client, id, openedMs + Math.floor((span * h) / contacts), manager.email);
    if (status === 'open' && random() < 0.6 && lastMs + 7 * DAY < end) logContact(client, id, Math.min(end - DAY, lastMs + Math.floor(random() * (end - lastMs))), manager.email);

    if (status === 'won') {
      const issueMs = Date.parse(closedAt) + DAY;
      if (issueMs >= end) continue;
      const invoice: Invoice = { id: `demo-invoice-${pad(i + 1)}`, number: `INV-${pad(i + 1)}`, dealId: id, clientId: client.id, amountMinor, currency: 'UAH', issueDate: day(issueMs), dueDate: day(issueMs + 14 * DAY), note: '', createdAt: iso(issueMs), updatedAt: iso(issueMs) };
      invoices.push(invoice);
      // Most clients pay in one or a few parts around the due date; some are late or still owe.
      const late = random();
      const payMs = issueMs + Math.round((late < 0.7 ? 3 + random() * 14 : 20 + random() * 70) * DAY);
      const parts = 1 + Math.floor(random() * maxInstalments);
      const paidShare = late < 0.9 ? 1 : 0.5;
      let left = Math.round(amountMinor * paidShare);
      for (let p = 0; p < parts && left > 0; p++) {
        // Many small instalments (the benchmark's scale) come weekly, a few large ones monthly.
        const partMs = payMs + p * (parts > 4 ? 7 : 20) * DAY;
        if (partMs >= end) break;
        const part = p === parts - 1 ? left : Math.round(left / (parts - p));
        left -= part;
        payments.push({ id: `${invoice.id}-payment-${p + 1}`, invoiceId: invoice.id, dealId: id, clientId: client.id, amountMinor: part, currency: 'UAH', date: day(partMs), note: '', createdAt: iso(partMs), updatedAt: iso(partMs) });
      }
    }
  }
  // Planned contacts of the year were made and done, and most clients have the next one ahead of
  // today: none is due or overdue, so the home screen's day plan stays the user's own.
  for (const c of clients) {
    if (random() < 0.85) {
      const dueMs = end + (1 + Math.floor(random() * 40)) * DAY;
      plannedContacts.push({ id: `demo-next-${c.id}`, clientId: c.id, due: day(dueMs), kind: 'call', note: 'Next call', owner: c.owner, status: 'open', doneAt: '', doneByEntryId: '', createdAt: iso(end - DAY), updatedAt: iso(end - DAY) });
    }
  }
  for (const c of clients.slice(0, Math.floor(clients.length * 0.6))) {
    const dueMs = end - Math.floor(random() * 300) * DAY;
    plannedContacts.push({ id: `demo-plan-${c.id}`, clientId: c.id, due: day(dueMs), kind: 'call', note: 'Follow up', owner: c.owner, status: 'done', doneAt: iso(dueMs), doneByEntryId: '', createdAt: iso(dueMs - 7 * DAY), updatedAt: iso(dueMs) });
  }
  return { members, clients, deals, invoices, payments, history, plannedContacts, campaigns, products };
}
