/**
 * The analytics the head of sales and marketing look at (issue 6). `open()` reads one snapshot of
 * the local store and returns a session whose figures are pure computations over it, so switching
 * period, manager or query never waits for IndexedDB again; `open()` again to see newer records.
 */
import { alarms } from '../domain/analytics/alarms';
import { defaultAlarmThresholds, type AlarmThresholds } from '../domain/analytics/alarms';
import type { AnalyticsData } from '../domain/analytics/AnalyticsData';
import { indexAnalytics, type AnalyticsIndex } from '../domain/analytics/AnalyticsIndex';
import { commissionStatement, defaultCommissionRules, type CommissionRules } from '../domain/analytics/commissions';
import { marketingEffectiveness, type MarketingDimension } from '../domain/analytics/marketingEffectiveness';
import type { Period } from '../domain/analytics/Period';
import { productSales, type ProductKey, type ProductSplit } from '../domain/analytics/productSales';
import type { Query } from '../domain/analytics/query/Query';
import { queryToCsvRows } from '../domain/analytics/query/queryToCsvRows';
import { runQuery, type QueryResult } from '../domain/analytics/query/runQuery';
import { refusalReasons, type RefusalSegment } from '../domain/analytics/refusalReasons';
import { salesDashboard } from '../domain/analytics/salesDashboard';
import type { AnalyticsStore } from '../domain/analyticsPorts';
import { ANALYTICS_SETTINGS_ID, type AnalyticsSettings } from '../domain/model/AnalyticsSettings';
import type { Money } from '../domain/model/Money';
import type { SavedQuery } from '../domain/model/SavedQuery';
import { localIsoDate } from '../domain/rules/dayPlan';
import type { AppDeps } from './AppDeps';
import { requireRole } from './requireRole';
import { toCsv } from './tabularFiles';

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

export function analyticsSession(data: AnalyticsData, settings: AnalyticsSettings, today: string) {
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

export type AnalyticsSession = ReturnType<typeof analyticsSession>;

export function analyticsUseCases(deps: AppDeps, store: AnalyticsStore) {
  const now = () => deps.clock.now().toISOString();
  return {
    async open(): Promise<AnalyticsSession> {
      const [data, settings] = await Promise.all([store.snapshot(), store.settings()]);
      return analyticsSession(data, settingsWithDefaults(settings, now()), localIsoDate(deps.clock.now()));
    },
    /** Whether the signed-in user sees the head of sales' alarms on the home screen. */
    async isHeadOfSales(): Promise<boolean> {
      const email = deps.mailHost.userProfile().email.toLowerCase();
      return (await deps.store.members()).some((m) => m.email.toLowerCase() === email && m.role === 'head-of-sales');
    },
    settings: async () => settingsWithDefaults(await store.settings(), now()),
    /** Only the head of sales changes the team's alarm limits and pay rules. */
    async saveSettings(thresholds: AlarmThresholds, commissions: CommissionRules): Promise<void> {
      await requireRole(deps, ['head-of-sales']);
      const current = settingsWithDefaults(await store.settings(), now());
      await store.saveSettings({ ...current, thresholds, commissions, updatedAt: now() });
    },
    savedQueries: () => store.savedQueries(),
    async saveQuery(name: string, query: Query, id?: string): Promise<SavedQuery> {
      const at = now();
      const existing = id ? (await store.savedQueries()).find((q) => q.id === id) : undefined;
      const saved: SavedQuery = { id: existing?.id ?? deps.ids.newId(), name: name.trim(), query, author: existing?.author ?? deps.mailHost.userProfile().email, createdAt: existing?.createdAt ?? at, updatedAt: at };
      await store.saveQuery(saved);
      return saved;
    },
    deleteQuery: (id: string) => store.deleteQuery(id),
    /** The result as CSV (UTF-8 with BOM), headers and key labels in the user's language. */
    exportCsv(query: Query, result: QueryResult, header: string[], label: (groupIndex: number, key: string) => string): Promise<string> {
      const [headers = [], ...rows] = queryToCsvRows(query, result, header, label);
      return toCsv({ name: 'query', headers, rows });
    },
  };
}
