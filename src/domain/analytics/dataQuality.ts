import type { AnalyticsIndex } from './AnalyticsIndex';
import { positionsOf } from './OwnedPositions';
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
  const active = positionsOf(index.clients.active, scope.owner);
  const missing: Record<QualityCheck, string[]> = { region: [], industry: [], leadSource: [], owner: [], nextContact: [], domains: [] };
  for (const i of active) {
    const c = index.data.clients[i]!;
    if (!c.region) missing.region.push(c.id);
    if (!c.industry) missing.industry.push(c.id);
    if (!c.leadSource) missing.leadSource.push(c.id);
    if (!c.owner) missing.owner.push(c.id);
    if (!index.clients.hasOpenPlan[i]) missing.nextContact.push(c.id);
    if (c.domains.length === 0) missing.domains.push(c.id);
  }
  return {
    total: active.length,
    missing: qualityChecks.map((check) => ({ check, share: active.length ? missing[check].length / active.length : 0, ids: missing[check] })),
  };
}
