import { recordsInScope, type AnalyticsIndex } from './AnalyticsIndex';
import type { Client } from '../model/Client';
import type { Scope } from './Scope';

export const qualityChecks = ['region', 'industry', 'leadSource', 'owner', 'nextContact', 'domains'] as const;
export type QualityCheck = (typeof qualityChecks)[number];

/** Per check: the share (0..1) of active client cards missing it, and those cards' ids. */
export type DataQuality = { total: number; missing: { check: QualityCheck; share: number; ids: string[] }[] };

/**
 * Completeness of the client base (inactive cards aside): segment (region, industry), lead source,
 * owner, a planned next contact, and a known email domain.
 */
export function dataQuality(index: AnalyticsIndex, scope: Scope): DataQuality {
  const clients = recordsInScope(index, scope, 'clients').filter((c) => c.status !== 'inactive');
  const missingOf: Record<QualityCheck, (c: Client) => boolean> = {
    region: (c) => !c.region,
    industry: (c) => !c.industry,
    leadSource: (c) => !c.leadSource,
    owner: (c) => !c.owner,
    nextContact: (c) => !index.clientsWithOpenPlan.has(c.id),
    domains: (c) => c.domains.length === 0,
  };
  return {
    total: clients.length,
    missing: qualityChecks.map((check) => {
      const ids = clients.filter(missingOf[check]).map((c) => c.id);
      return { check, share: clients.length ? ids.length / clients.length : 0, ids };
    }),
  };
}
