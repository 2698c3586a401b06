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
import type { Money } from '../domain/model/Money';

export type DrillKind = 'client' | 'deal' | 'invoice' | 'payment' | 'plannedContact' | 'history' | 'campaign' | 'case';

/** One record behind a figure, enough to list it and open its client's card. */
export type DrillRow = { id: string; kind: DrillKind; clientId: string; clientName: string; title: string; date: string; amount: Money | null; owner: string };

/** The managers figures are computed for: team members with the manager role, else everyone who owns a client or a deal. */
function ownersOf(data: AnalyticsData): string[] {
  const managers = data.members.filter((m) => m.role === 'manager').map((m) => m.email);
  if (managers.length) return managers.sort();
  return [...new Set([...data.clients.map((c) => c.owner), ...data.deals.map((d) => d.owner)].filter(Boolean))].sort();
}

export function settingsWithDefaults(settings: AnalyticsSettings | undefined, now: string): AnalyticsSettings {
  return settings ?? { id: ANALYTICS_SETTINGS_ID, thresholds: defaultAlarmThresholds, commissions: defaultCommissionRules, createdAt: now, updatedAt: now };
}

export function analyticsFigures(data: AnalyticsData, settings: AnalyticsSettings, today: string) {
  const index: AnalyticsIndex = indexAnalytics(data);
  const owners = ownersOf(data);
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
      const row = (r: Omit<DrillRow, 'clientName' | 'kind'>) => rows.push({ ...r, kind, clientName: clientName(r.clientId) });
      switch (kind) {
        case 'client':
          for (const c of data.clients) if (wanted.has(c.id)) row({ id: c.id, clientId: c.id, title: c.name, date: c.createdAt.slice(0, 10), amount: null, owner: c.owner });
          break;
        case 'deal':
          for (const d of data.deals) if (wanted.has(d.id)) row({ id: d.id, clientId: d.clientId, title: d.title, date: (d.closedAt || d.createdAt).slice(0, 10), amount: { minor: d.amountMinor, currency: d.currency }, owner: d.owner });
          break;
        case 'invoice':
          for (const i of data.invoices) if (wanted.has(i.id)) row({ id: i.id, clientId: i.clientId, title: i.number, date: i.dueDate, amount: { minor: i.amountMinor, currency: i.currency }, owner: index.dealById.get(i.dealId)?.owner ?? '' });
          break;
        case 'payment':
          for (const p of data.payments) if (wanted.has(p.id)) row({ id: p.id, clientId: p.clientId, title: index.dealById.get(p.dealId)?.title ?? '', date: p.date, amount: { minor: p.amountMinor, currency: p.currency }, owner: index.dealById.get(p.dealId)?.owner ?? '' });
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
 * The questions a session answers. Results are plain data (they cross from the worker by
 * structured clone); the ones that name clients carry those names, as the pane keeps no copy of
 * the clients.
 */
export function figureAnswers(figures: AnalyticsFigures) {
  const namesOf = (ids: Iterable<string>) => Object.fromEntries([...new Set(ids)].map((id) => [id, figures.clientName(id)]));
  return {
    dashboard: (period: Period, owner: string | null) => figures.dashboard(period, owner),
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
    drill: (kind: DrillKind, ids: readonly string[]) => figures.drill(kind, ids),
  };
}

export type FigureAnswers = ReturnType<typeof figureAnswers>;
export type FigureName = keyof FigureAnswers;
export type FigureRequest = { [K in FigureName]: { name: K; args: Parameters<FigureAnswers[K]> } }[FigureName];

// Typed as a record so that an answer added above must be listed here too.
const named: Record<FigureName, true> = { dashboard: true, alarms: true, marketing: true, refusals: true, productSales: true, commission: true, runQuery: true, drill: true };
export const figureNames = Object.keys(named) as FigureName[];

// A few recent answers are kept per snapshot: going back to a period or tab shown a moment ago
// costs nothing. Drill-downs are cheap and keyed by long id lists, so they are not kept.
const KEPT_ANSWERS = 24;

/** Answers a request, reusing the answer to the same question asked lately of the same snapshot. */
export function answerer(figures: AnalyticsFigures): (request: FigureRequest) => unknown {
  const answers = figureAnswers(figures) as unknown as Record<FigureName, (...args: unknown[]) => unknown>;
  const kept = new Map<string, unknown>();
  return ({ name, args }) => {
    if (name === 'drill') return answers.drill(...args);
    const key = `${name}:${JSON.stringify(args)}`;
    if (kept.has(key)) {
      const value = kept.get(key);
      kept.delete(key);
      kept.set(key, value);
      return value;
    }
    const value = answers[name](...args);
    kept.set(key, value);
    if (kept.size > KEPT_ANSWERS) kept.delete(kept.keys().next().value!);
    return value;
  };
}
