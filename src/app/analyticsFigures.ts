/**
 * Every analytics figure over one snapshot of the local store, as pure computations (issue 6). The
 * pane asks for them through an AnalyticsSession: in a Web Worker that read the snapshot itself
 * (src/app/analytics.worker.ts), or on the main thread where there is no worker (tests, fallback).
 * Both answer through `figureAnswers`, so they give the same results.
 */
import { alarms } from '../domain/analytics/alarms';
import { defaultAlarmThresholds } from '../domain/analytics/alarms';
import type { AnalyticsData } from '../domain/analytics/AnalyticsData';
import { indexAnalytics, type AnalyticsIndex } from '../domain/analytics/AnalyticsIndex';
import { commissionStatement, defaultCommissionRules } from '../domain/analytics/commissions';
import { marketingEffectiveness, type MarketingDimension } from '../domain/analytics/marketingEffectiveness';
import type { Period } from '../domain/analytics/Period';
import { productSales, type ProductKey, type ProductSplit } from '../domain/analytics/productSales';
import type { Query } from '../domain/analytics/query/Query';
import { fieldOf } from '../domain/analytics/query/queryFields';
import { runQuery } from '../domain/analytics/query/runQuery';
import { refusalReasons, type RefusalSegment } from '../domain/analytics/refusalReasons';
import { salesDashboard } from '../domain/analytics/salesDashboard';
import { ANALYTICS_SETTINGS_ID, type AnalyticsSettings } from '../domain/model/AnalyticsSettings';
import type { Member } from '../domain/model/Member';
import type { Money } from '../domain/model/Money';

export type DrillKind = 'client' | 'deal' | 'invoice' | 'payment' | 'plannedContact' | 'history' | 'campaign' | 'case';

/**
 * One record behind a figure, enough to list it and open it: its deal when it is one or belongs to
 * one (`dealId`, '' otherwise or when the deal is gone), else its client's card.
 */
/** `dealId`/`dealTitle`: the deal the record opens ('' where it opens its client). */
export type DrillRow = { id: string; kind: DrillKind; clientId: string; clientName: string; title: string; date: string; amount: Money | null; owner: string; dealId: string; dealTitle: string };

/**
 * Whose figures the dashboard, the pay statements and the alarms show: every team member with the
 * manager role (one with nothing in work is news too), and anyone else who owns a client, a deal or
 * a planned contact — the head of sales' own clients, a colleague no longer in the team list — so
 * that the rows per person add up to the team's totals. Kept to managers, the head of sales' won
 * deals and receipts counted for the team and for no one.
 */
function ownersOf(index: AnalyticsIndex, members: readonly Member[]): string[] {
  const owners = new Set(members.filter((m) => m.role === 'manager').map((m) => m.email));
  for (const owned of [index.clients.all, index.deals.all, index.plannedContacts.all]) for (const owner of owned.byOwner.keys()) if (owner) owners.add(owner);
  return [...owners].sort();
}

/** A limit added since the settings were saved (absent from them, not null: off) starts at its default. */
export function settingsWithDefaults(settings: AnalyticsSettings | undefined, now: string): AnalyticsSettings {
  if (!settings) return { id: ANALYTICS_SETTINGS_ID, thresholds: defaultAlarmThresholds, commissions: defaultCommissionRules, createdAt: now, updatedAt: now };
  return { ...settings, thresholds: { ...defaultAlarmThresholds, ...settings.thresholds } };
}

/** `known`: what the store's indexes already told (see indexAnalytics). */
export function analyticsFigures(data: AnalyticsData, settings: AnalyticsSettings, today: string, known: Parameters<typeof indexAnalytics>[1] = {}) {
  const index: AnalyticsIndex = indexAnalytics(data, known);
  const owners = ownersOf(index, data.members);
  const scope = (period: Period, owner: string | null) => ({ period, today, owner });
  return {
    today,
    owners,
    members: data.members,
    settings,
    campaigns: data.campaigns,
    products: data.products,
    clientName: (id: string) => index.clientById.get(id)?.name ?? id,
    dashboard: (period: Period, owner: string | null) => salesDashboard(index, scope(period, owner), owners, settings.thresholds),
    alarms: (period: Period) => alarms(index, scope(period, null), owners, settings.thresholds),
    marketing: (period: Period, dimension: MarketingDimension) => marketingEffectiveness(index, period, dimension),
    refusals: (period: Period, segment: RefusalSegment) => refusalReasons(index, scope(period, null), segment),
    productSales: (period: Period, key: ProductKey, split: ProductSplit) => productSales(index, period, key, split),
    commission: (owner: string, month: string) => commissionStatement(index, owner, month, settings.commissions),
    runQuery: (query: Query) => runQuery(index, query),
    /** The records behind a figure, newest first. */
    drill(kind: DrillKind, ids: readonly string[]): DrillRow[] {
      const clientName = (id: string) => index.clientById.get(id)?.name ?? '';
      const wanted = new Set(ids);
      const rows: DrillRow[] = [];
      const row = (r: Omit<DrillRow, 'clientName' | 'kind' | 'dealId' | 'dealTitle'>, dealId = '') => {
        const deal = dealId ? index.dealById.get(dealId) : undefined;
        rows.push({ ...r, kind, clientName: clientName(r.clientId), dealId: deal ? dealId : '', dealTitle: deal?.title ?? '' });
      };
      switch (kind) {
        case 'client':
          for (const c of data.clients) if (wanted.has(c.id)) row({ id: c.id, clientId: c.id, title: c.name, date: c.createdAt.slice(0, 10), amount: null, owner: c.owner });
          break;
        case 'deal':
          for (const d of data.deals) if (wanted.has(d.id)) row({ id: d.id, clientId: d.clientId, title: d.title, date: (d.closedAt || d.createdAt).slice(0, 10), amount: { minor: d.amountMinor, currency: d.currency }, owner: d.owner }, d.id);
          break;
        case 'invoice':
          for (const i of data.invoices) if (wanted.has(i.id)) row({ id: i.id, clientId: i.clientId, title: i.number, date: i.dueDate, amount: { minor: i.amountMinor, currency: i.currency }, owner: index.dealById.get(i.dealId)?.owner ?? '' }, i.dealId);
          break;
        case 'payment':
          for (const p of data.payments) if (wanted.has(p.id)) row({ id: p.id, clientId: p.clientId, title: index.dealById.get(p.dealId)?.title ?? '', date: p.date, amount: { minor: p.amountMinor, currency: p.currency }, owner: index.dealById.get(p.dealId)?.owner ?? '' }, p.dealId);
          break;
        case 'plannedContact':
          for (const p of data.plannedContacts) if (wanted.has(p.id)) row({ id: p.id, clientId: p.clientId, title: p.note, date: p.due, amount: null, owner: p.owner });
          break;
        case 'history':
          for (const h of data.history) if (wanted.has(h.id)) row({ id: h.id, clientId: h.clientId, title: h.subject || h.text.slice(0, 80), date: h.at.slice(0, 10), amount: null, owner: h.author });
          break;
        case 'campaign':
          for (const c of data.campaigns) if (wanted.has(c.id)) row({ id: c.id, clientId: '', title: c.name, date: c.startDate, amount: { minor: c.costMinor, currency: c.currency }, owner: '' });
          break;
        case 'case':
          for (const c of data.serviceCases) if (wanted.has(c.id)) row({ id: c.id, clientId: c.clientId, title: c.title, date: c.openedOn, amount: null, owner: c.owner });
          break;
      }
      return rows.sort((a, b) => b.date.localeCompare(a.date));
    },
  };
}

export type AnalyticsFigures = ReturnType<typeof analyticsFigures>;

/** What a session knows without computing: the day, the team, the settings and the picklists of records. */
export type AnalyticsMeta = Pick<AnalyticsFigures, 'today' | 'owners' | 'members' | 'settings' | 'campaigns' | 'products'>;

export function metaOf(figures: AnalyticsFigures): AnalyticsMeta {
  const { today, owners, members, settings, campaigns, products } = figures;
  return { today, owners, members, settings, campaigns, products };
}

/**
 * The records behind a figure as they reach the pane: how many, and a reference the session
 * resolves when the user opens them. The ids themselves stay where the figures are computed: a
 * team dashboard over 50k deals names half a million records, 20 MB the pane would have to take in.
 */
export type IdList = { count: number; ref: string };

/** What a drill-down lists: whole lists behind figures, and single record ids (a statement line). */
export type DrillRecords = readonly (IdList | string)[];

// The fields that hold the ids behind a figure, in every answer.
type IdKey = 'ids' | 'wonIds' | 'dealIds' | 'wonDealIds' | 'passedDealIds' | 'refusedDealIds';
const idKeys: ReadonlySet<string> = new Set<IdKey>(['ids', 'wonIds', 'dealIds', 'wonDealIds', 'passedDealIds', 'refusedDealIds']);

/** An answer as the pane receives it: each list of record ids replaced by an IdList. */
export type Wire<T> = T extends readonly (infer U)[] ? Wire<U>[] : T extends object ? { [K in keyof T]: K extends IdKey ? IdList : Wire<T[K]> } : T;

/**
 * The questions a session answers. Results are plain data (they cross from the worker by
 * structured clone); the ones that name clients carry those names, as the pane keeps no copy of
 * the clients. The dashboard leaves out what the screen does not show (each open receivable, each
 * stalled deal's details) and lists the stalled deals' ids per manager.
 */
export function figureAnswers(figures: AnalyticsFigures, idsOf: (records: DrillRecords) => string[]) {
  const namesOf = (ids: Iterable<string>) => Object.fromEntries([...new Set(ids)].map((id) => [id, figures.clientName(id)]));
  return {
    dashboard(period: Period, owner: string | null) {
      const board = figures.dashboard(period, owner);
      const stalledOf = (o: string | null) => ({ dealIds: board.stalled.filter((s) => o === null || s.owner === o).map((s) => s.dealId) });
      return {
        ...board,
        stalled: stalledOf(null),
        receivables: { byBucket: board.receivables.byBucket, overdue: board.receivables.overdue },
        managers: board.managers.map((m) => ({ ...m, stalled: stalledOf(m.owner) })),
      };
    },
    alarms: (period: Period) => figures.alarms(period),
    marketing: (period: Period, dimension: MarketingDimension) => figures.marketing(period, dimension),
    refusals: (period: Period, segment: RefusalSegment) => figures.refusals(period, segment),
    productSales: (period: Period, key: ProductKey, split: ProductSplit) => figures.productSales(period, key, split),
    commission(owner: string, month: string) {
      const statement = figures.commission(owner, month);
      return { statement, clientNames: namesOf(statement.lines.map((l) => l.clientId)) };
    },
    runQuery(query: Query) {
      const result = figures.runQuery(query);
      const clientKeys = query.groupBy.flatMap((g, i) => (fieldOf(query.records, g.field)?.source === 'client' ? result.rows.map((r) => r.keys[i] ?? '') : []));
      return { result, clientNames: namesOf(clientKeys.filter(Boolean)) };
    },
    /** The first `limit` records behind a figure, newest first, and how many there are. */
    drill(kind: DrillKind, records: DrillRecords, limit: number): { total: number; rows: DrillRow[] } {
      const rows = figures.drill(kind, idsOf(records));
      return { total: rows.length, rows: rows.slice(0, limit) };
    },
  };
}

export type FigureAnswers = ReturnType<typeof figureAnswers>;
export type FigureName = keyof FigureAnswers;
export type FigureRequest = { [K in FigureName]: { name: K; args: Parameters<FigureAnswers[K]> } }[FigureName];
/** The answer to a request as the pane receives it. */
export type FigureAnswer<K extends FigureName> = Wire<ReturnType<FigureAnswers[K]>>;

// Typed as a record so that an answer added above must be listed here too.
const named: Record<FigureName, true> = { dashboard: true, alarms: true, marketing: true, refusals: true, productSales: true, commission: true, runQuery: true, drill: true };
export const figureNames = Object.keys(named) as FigureName[];

// A few recent answers are kept per snapshot: going back to a period or tab shown a moment ago
// costs nothing. Drill-downs are cheap and keyed by long id lists, so they are not kept.
const KEPT_ANSWERS = 24;

type Kept = { wire: unknown; lists: Map<string, string[]> };

// The fields that tell the items of a list apart (a manager, a month, a currency, a stage …).
const identities = ['owner', 'month', 'currency', 'bucket', 'stage', 'reason', 'check', 'kind', 'detail', 'key', 'segment'];

/** An item's name in its list: its identifying fields, else its place. */
function itemName(item: unknown, at: number): string {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return String(at);
  const fields = Object.entries(item).filter(([k, v]) => identities.includes(k) && (typeof v === 'string' || v === null));
  return fields.length ? fields.map(([k, v]) => `${k}=${String(v)}`).join(',') : String(at);
}

/**
 * Replaces each list of ids in an answer by an IdList naming where the list is in the answer (the
 * manager, month or currency it belongs to, not its position): a reference from figures computed
 * earlier — kept across a pane restart — then finds the same figure in the answer computed now.
 */
function toWire(value: unknown, key: string, path: string, lists: Map<string, string[]>): unknown {
  if (Array.isArray(value)) {
    const seen = new Set<string>();
    return value.map((v, i) => {
      let name = itemName(v, i);
      if (seen.has(name)) name = `${name}~${i}`;
      seen.add(name);
      return toWire(v, key, `${path}/${name}`, lists);
    });
  }
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (idKeys.has(k) && Array.isArray(v)) {
      const at = `${path}/${k}`;
      out[k] = { count: v.length, ref: JSON.stringify([key, at]) } satisfies IdList;
      lists.set(at, v as string[]);
    } else out[k] = toWire(v, key, `${path}/${k}`, lists);
  }
  return out;
}

/**
 * Answers a request in the form the pane receives (Wire), reusing the answer to the same question
 * asked lately of the same snapshot; a drill-down lists the records behind an IdList of any answer
 * it gave: an answer no longer kept is worked out again (the same snapshot gives the same lists; a
 * newer one, the lists the same figures name now).
 */
export function answerer(figures: AnalyticsFigures): (request: FigureRequest) => unknown {
  const answers = figureAnswers(figures, (records) => idsOf(records)) as unknown as Record<FigureName, (...args: unknown[]) => unknown>;
  const kept = new Map<string, Kept>();
  const keptAnswer = (key: string): Kept => {
    const found = kept.get(key);
    if (found) {
      kept.delete(key);
      kept.set(key, found);
      return found;
    }
    const [name, args] = JSON.parse(key) as [FigureName, unknown[]];
    const lists = new Map<string, string[]>();
    const made = { wire: toWire(answers[name](...args), key, '', lists), lists };
    kept.set(key, made);
    if (kept.size > KEPT_ANSWERS) kept.delete(kept.keys().next().value!);
    return made;
  };
  const idsOf = (records: DrillRecords): string[] =>
    records.flatMap((r) => {
      if (typeof r === 'string') return [r];
      const [key, at] = JSON.parse(r.ref) as [string, string];
      return keptAnswer(key).lists.get(at) ?? [];
    });
  return ({ name, args }: FigureRequest): unknown => {
    if (name === 'drill') return answers.drill(...args);
    // Home asks the team's alarms, and the head of sales opens the dashboard next: the alarms are
    // read from the team dashboard of the period, which is then ready when the dashboard opens.
    if (name === 'alarms') return (keptAnswer(JSON.stringify(['dashboard', [args[0], null]])).wire as FigureAnswer<'dashboard'>).alarms;
    return keptAnswer(JSON.stringify([name, args])).wire;
  };
}
