/** Read models for deals, money, campaigns and service cases; the views subscribe to them through `live`. */
import type { Deal } from '../domain/model/Deal';
import type { DealLine } from '../domain/model/DealLine';
import type { ReferenceList } from '../domain/model/ReferenceItem';
import { dealAmount, lineAmount } from '../domain/rules/dealAmount';
import { activeStages } from '../domain/rules/dealLifecycle';
import { dealTimeline } from '../domain/rules/dealTimeline';
import { localIsoDate } from '../domain/rules/dayPlan';
import { invoiceStandings, receiptsAboveDeal, receivables } from '../domain/rules/receivables';
import { stageDurations } from '../domain/rules/stageDurations';
import type { AppDeps } from './AppDeps';
import { mayDelete } from './requireRole';

export type LinePreview = Pick<DealLine, 'quantity' | 'unitPriceMinor' | 'discountPercent'>;

/** Amounts of lines being edited, before they are saved: per line and in total (minor units). */
export function previewDealAmount(lines: readonly LinePreview[], currency: string): { lineMinors: number[]; totalMinor: number } {
  const full = lines.map((l, i) => ({ id: String(i), productId: '', description: '', ...l }));
  return { lineMinors: full.map((l) => lineAmount(l, currency).minor), totalMinor: dealAmount(full, currency).minor };
}

/** The currency a team without deals works in: the product is made for Ukrainian sales teams. */
const TEAM_CURRENCY = 'UAH';

/**
 * The currency a new deal of a client with these deals starts in: that of the client's latest deal
 * (a client invoiced in euros goes on in euros), else the team's.
 */
export function newDealCurrency(clientDeals: readonly Deal[]): string {
  // Ids are UUID v7, in the order they were made: they settle deals created in the same millisecond.
  const later = (a: Deal, b: Deal) => a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id);
  const latest = clientDeals.reduce<Deal | null>((last, d) => (!last || later(d, last) ? d : last), null);
  return latest?.currency ?? TEAM_CURRENCY;
}

/** Whether the signed-in user may delete the deal (its screen offers Delete deal only then). */
export async function mayDeleteDeal(deps: Pick<AppDeps, 'store' | 'deals' | 'mailHost'>, dealId: string): Promise<boolean> {
  const deal = await deps.deals.getDeal(dealId);
  return deal !== undefined && mayDelete(deps, deal.owner);
}

export function dealQueries({ store, deals, clock }: Pick<AppDeps, 'store' | 'deals' | 'clock'>) {
  const today = () => localIsoDate(clock.now());
  return {
    /** One deal with its lines' amounts, planned receipts with their standing, payments, totals, timeline and time per stage. */
    async dealCard(dealId: string) {
      const deal = await deals.getDeal(dealId);
      if (!deal) return { deal: null, asOf: today(), lineMinors: [], invoices: [], receiptsAboveDealMinor: 0, payments: [], receivables: null, timeline: [], stageDurations: [] };
      const [invoices, payments, history, items] = await Promise.all([deals.invoicesOfDeal(dealId), deals.paymentsOfDeal(dealId), deals.historyOfDeal(dealId), store.referenceItems()]);
      const asOf = today();
      return {
        deal,
        asOf,
        lineMinors: deal.lines.map((l) => lineAmount(l, deal.currency).minor),
        invoices: invoiceStandings(invoices, payments, asOf),
        /** Planned above the deal's amount: kept, and shown as a warning. */
        receiptsAboveDealMinor: receiptsAboveDeal(deal, invoices),
        payments,
        receivables: receivables(invoices, payments, asOf)[0] ?? null,
        timeline: dealTimeline(deal, history),
        /** Milliseconds spent open in each stage, up to now. */
        stageDurations: stageDurations(deal, clock.now().toISOString(), items),
      };
    },
    /** A client's deals (open first), a new one's currency, what is invoiced, paid, outstanding and overdue per currency, and service cases. */
    async clientDeals(clientId: string) {
      const [list, invoices, payments, serviceCases] = await Promise.all([
        deals.dealsOf(clientId),
        deals.invoicesOfClient(clientId),
        deals.paymentsOfClient(clientId),
        deals.serviceCasesOf(clientId),
      ]);
      const asOf = today();
      const rank = (d: Deal) => (d.status === 'open' ? 0 : 1);
      return {
        asOf,
        deals: [...list].sort((a, b) => rank(a) - rank(b) || b.updatedAt.localeCompare(a.updatedAt)),
        newDealCurrency: newDealCurrency(list),
        invoices: invoiceStandings(invoices, payments, asOf),
        receivables: receivables(invoices, payments, asOf),
        serviceCases,
      };
    },
    /** One deal alone, or null when there is none (deleted, or not synced yet). */
    deal: async (id: string) => (await deals.getDeal(id)) ?? null,
    /** Every deal (for pipelines and reports). */
    allDeals: () => deals.deals(),
    /** The catalogue, by name; archived products included (flagged) so old deals still show theirs. */
    products: () => deals.products(),
    product: (id: string) => deals.getProduct(id),
    campaigns: () => deals.campaigns(),
    campaign: (id: string) => deals.getCampaign(id),
    /** A service case with its linked history, newest first. */
    async serviceCase(id: string) {
      const serviceCase = await deals.getServiceCase(id);
      return { serviceCase: serviceCase ?? null, history: serviceCase ? await deals.historyOfServiceCase(id) : [] };
    },
    serviceCasesOf: (clientId: string) => deals.serviceCasesOf(clientId),
    /** The active deal stages in order, each with its default probability. */
    async dealStages() {
      return activeStages(await store.referenceItems());
    },
    /** How many records hold a picklist value (0: it can be archived without a replacement). */
    referenceUseCount: (list: ReferenceList, code: string) => deals.referenceUseCount(list, code),
  };
}
