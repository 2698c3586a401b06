/** Marketing campaigns, and tying clients to the campaign they came from. */
import type { Campaign } from '../domain/model/Campaign';
import type { Client } from '../domain/model/Client';
import type { AppDeps } from './AppDeps';
import { changedFields } from './changedFields';
import { DeletedWhileEditingError, savedUnlessDeleted } from './DeletedWhileEditingError';
import { checkAmount, checkCode, checkCurrency, checkDate, checkDateOrder } from './moneyChecks';
import { RecordNotFoundError } from './RecordNotFoundError';
import { requireRole } from './requireRole';
import { ValidationError, type FieldError } from './validation';

export type CampaignInput = {
  /** Absent for a new campaign. */
  id?: string;
  name: string;
  /** A 'campaignChannel' code. */
  channel: string;
  startDate: string;
  /** '' while the campaign runs. */
  endDate?: string;
  costMinor: number;
  currency: string;
  targetRegions?: string[];
  targetIndustries?: string[];
  notes?: string;
  archived?: boolean;
};

/** A campaign's fields as its form sends them, to tell which of them were changed. */
function campaignFields({ id, name, channel, startDate, endDate, costMinor, currency, targetRegions, targetIndustries, notes, archived }: Campaign): CampaignInput {
  return { id, name, channel, startDate, endDate, costMinor, currency, targetRegions, targetIndustries, notes, archived };
}

/**
 * Adds or edits a campaign (marketing or the head of sales); an end date before the start date is
 * refused. With `read`, the campaign as the form opened it, only the fields changed from it are
 * applied (saveClient says why).
 */
export async function saveCampaign(deps: AppDeps, typed: CampaignInput, read?: Campaign): Promise<Campaign> {
  const { store, deals, ids, clock } = deps;
  await requireRole(deps, ['marketing', 'head-of-sales']);
  const existing = typed.id ? await deals.getCampaign(typed.id) : undefined;
  const edited = { kind: 'campaign', name: (read ?? typed).name.trim() } as const;
  if (typed.id && !existing) throw read ? new DeletedWhileEditingError(edited) : new RecordNotFoundError('campaign', typed.id);
  const input = read && existing ? { ...campaignFields(existing), ...changedFields(campaignFields(read), typed) } : typed;
  const items = await store.referenceItems();
  const errors: FieldError[] = [];
  const endDate = input.endDate ?? '';
  const targetRegions = [...new Set(input.targetRegions ?? [])];
  const targetIndustries = [...new Set(input.targetIndustries ?? [])];
  if (!input.name.trim()) errors.push({ field: 'name', key: 'errors.required' });
  checkCode(items, 'campaignChannel', input.channel, 'channel', errors, { required: true, current: existing?.channel });
  checkDate(input.startDate, 'startDate', errors);
  checkDate(endDate, 'endDate', errors, { optional: true });
  checkDateOrder(input.startDate, endDate, 'endDate', errors);
  checkAmount(input.costMinor, 'costMinor', errors);
  checkCurrency(input.currency, 'currency', errors);
  for (const r of targetRegions) if (!existing?.targetRegions.includes(r)) checkCode(items, 'region', r, 'targetRegions', errors);
  for (const i of targetIndustries) if (!existing?.targetIndustries.includes(i)) checkCode(items, 'industry', i, 'targetIndustries', errors);
  if (errors.length) throw new ValidationError(errors);
  const now = clock.now().toISOString();
  const campaign: Campaign = {
    id: existing?.id ?? ids.newId(),
    name: input.name.trim(),
    channel: input.channel,
    startDate: input.startDate,
    endDate,
    costMinor: input.costMinor,
    currency: input.currency,
    targetRegions,
    targetIndustries,
    notes: (input.notes ?? '').trim(),
    archived: input.archived ?? existing?.archived ?? false,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await savedUnlessDeleted(edited, () => deals.saveCampaign(campaign, existing && { read: read ?? existing, basis: existing }));
  return campaign;
}

/** Ties a client to the campaign it came from ('' unties it). */
export async function tieClientToCampaign(deps: AppDeps, clientId: string, campaignId: string): Promise<Client> {
  const { store, deals, clock } = deps;
  const client = await store.getClient(clientId);
  if (!client) throw new RecordNotFoundError('client', clientId);
  if (campaignId && !(await deals.getCampaign(campaignId))) throw new RecordNotFoundError('campaign', campaignId);
  const saved: Client = { ...client, campaignId, updatedAt: clock.now().toISOString() };
  await store.saveClient(saved);
  return saved;
}
