import type { AnalyticsIndex } from './AnalyticsIndex';
import type { Campaign } from '../model/Campaign';
import type { Client } from '../model/Client';
import type { Deal } from '../model/Deal';
import { addToTotals, type CurrencyTotal } from './CurrencyTotal';
import { figureOf, type Figure } from './Figure';
import { inPeriod } from './Period';
import type { Period } from './Period';

export const marketingDimensions = ['leadSource', 'campaign', 'campaignChannel', 'salesChannel', 'region', 'industry'] as const;
export type MarketingDimension = (typeof marketingDimensions)[number];

export type MarketingRow = {
  /** The dimension's code (a campaign id for 'campaign'); '' when the records leave it empty. */
  value: string;
  /** Client ids (deal ids for 'salesChannel'). */
  leads: Figure;
  /**
   * The leads that have reached a won deal: clients (deals for 'salesChannel', where it is `won`).
   * Conversion divides these, not `won`: a client may win several deals.
   */
  converted: Figure;
  /** Won deals of those leads, however many a client won. */
  won: Figure;
  /** Share 0..1 of leads that reached at least one won deal: converted / leads. */
  conversion: number;
  /** Payments received (to date) on the leads' deals; ids are payment ids. */
  revenue: CurrencyTotal[];
  /** Campaign costs (ids are campaign ids); only for 'campaign' and 'campaignChannel'. */
  cost: CurrencyTotal[];
  costPerLead: { currency: string; minor: number }[];
  costPerWon: { currency: string; minor: number }[];
};

/**
 * Effectiveness of a channel, campaign or segment for the leads of a period (a cohort): clients
 * created in the period, grouped by their lead source, campaign, the campaign's channel, region or
 * industry; for 'salesChannel', deals opened in the period, by the deal's channel. Conversion, won
 * deals and revenue follow that cohort to today. Cost is the campaigns' cost, so it exists for
 * 'campaign' and 'campaignChannel' only; cost per lead and per won deal divide it, half-up, per currency.
 *
 * By campaign (and its channel) a lead is counted where its client came from, but a deal where the
 * deal itself came from when it names a campaign, else where its client came from: a client won at
 * one fair may buy again after another, and the deal's own field is the manager's word on which
 * campaign brought that sale. So a deal opened in the period that names a campaign counts too, though
 * its client is an older one. Every campaign that ran in the period shows with its cost, even with
 * no lead or deal yet (what was spent for nothing is the point of the table), and so does any
 * campaign the period's leads or deals came from. A campaign's cost is counted whole wherever it
 * shows: it is not spread over the days it ran.
 */
export function marketingEffectiveness(index: AnalyticsIndex, period: Period, dimension: MarketingDimension): MarketingRow[] {
  const dealsOfClient = new Map<string, Deal[]>();
  for (const d of index.data.deals) {
    const list = dealsOfClient.get(d.clientId);
    if (list) list.push(d);
    else dealsOfClient.set(d.clientId, [d]);
  }
  const paymentsOfDeal = new Map<string, { id: string; currency: string; amountMinor: number }[]>();
  for (const p of index.data.payments) {
    const list = paymentsOfDeal.get(p.dealId);
    if (list) list.push(p);
    else paymentsOfDeal.set(p.dealId, [p]);
  }
  const campaignById = new Map(index.data.campaigns.map((c) => [c.id, c]));
  const groups = new Map<string, { leads: string[]; deals: Deal[]; converted: string[] }>();
  const groupOf = (value: string) => {
    let g = groups.get(value);
    if (!g) groups.set(value, (g = { leads: [], deals: [], converted: [] }));
    return g;
  };
  const byCampaign = dimension === 'campaign' || dimension === 'campaignChannel';
  // The campaigns whose cost the rows count: those that ran in the period or brought its leads or deals.
  const counted = new Set<string>();
  const valueOfCampaign = (campaignId: string): string => {
    if (campaignId) counted.add(campaignId);
    return dimension === 'campaign' ? campaignId : (campaignById.get(campaignId)?.channel ?? '');
  };
  if (dimension === 'salesChannel') {
    for (const d of index.data.deals) {
      if (!inPeriod(period, d.createdAt)) continue;
      const g = groupOf(d.salesChannel);
      g.leads.push(d.id);
      g.deals.push(d);
      if (d.status === 'won') g.converted.push(d.id);
    }
  } else {
    const valueOf = (c: Client): string => {
      switch (dimension) {
        case 'campaign':
        case 'campaignChannel':
          return valueOfCampaign(c.campaignId ?? '');
        default:
          return c[dimension];
      }
    };
    const cohortDeals = new Set<Deal>();
    for (const c of index.data.clients) {
      if (!inPeriod(period, c.createdAt)) continue;
      const g = groupOf(valueOf(c));
      const deals = dealsOfClient.get(c.id) ?? [];
      g.leads.push(c.id);
      if (deals.some((d) => d.status === 'won')) g.converted.push(c.id);
      if (!byCampaign) g.deals.push(...deals);
      else for (const d of deals) cohortDeals.add(d);
    }
    if (byCampaign) {
      for (const d of index.data.deals) if (d.campaignId && inPeriod(period, d.createdAt)) cohortDeals.add(d);
      for (const d of cohortDeals) groupOf(valueOfCampaign(d.campaignId || (index.clientById.get(d.clientId)?.campaignId ?? ''))).deals.push(d);
      for (const c of index.data.campaigns) {
        const value = ranIn(period, c) ? valueOfCampaign(c.id) : '';
        if (value) groupOf(value);
      }
    }
  }
  const costOf = (value: string): CurrencyTotal[] => {
    const cost: CurrencyTotal[] = [];
    for (const c of index.data.campaigns) {
      const matches = dimension === 'campaign' ? c.id === value : dimension === 'campaignChannel' ? c.channel === value && value !== '' : false;
      if (matches && counted.has(c.id)) addToTotals(cost, c.currency, c.costMinor, c.id);
    }
    return cost;
  };
  return [...groups]
    .map(([value, g]): MarketingRow => {
      const won = g.deals.filter((d) => d.status === 'won').map((d) => d.id);
      const revenue: CurrencyTotal[] = [];
      for (const d of g.deals) for (const p of paymentsOfDeal.get(d.id) ?? []) addToTotals(revenue, p.currency, p.amountMinor, p.id);
      const cost = costOf(value);
      const per = (n: number) => (n ? cost.map((c) => ({ currency: c.currency, minor: Math.floor((c.minor * 2 + n) / (2 * n)) })) : []);
      return { value, leads: figureOf(g.leads), converted: figureOf(g.converted), won: figureOf(won), conversion: g.leads.length ? g.converted.length / g.leads.length : 0, revenue, cost, costPerLead: per(g.leads.length), costPerWon: per(won.length) };
    })
    .sort((a, b) => b.leads.count - a.leads.count || a.value.localeCompare(b.value));
}

/** Whether a campaign ran on a day of the period: started by its end, and not ended before its start (no end: still running). */
function ranIn(period: Period, campaign: Campaign): boolean {
  return campaign.startDate !== '' && campaign.startDate <= period.to && (campaign.endDate === '' || campaign.endDate >= period.from);
}
