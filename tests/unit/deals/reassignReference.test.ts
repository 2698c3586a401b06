import type { Campaign } from '../../../src/domain/model/Campaign';
import { reassignReference, referenceUseCount, tablesUsing } from '../../../src/domain/rules/reassignReference';
import { aClient } from '../../support/builders/aClient';
import { aDeal } from './dealBuilders';

const at = '2026-11-27T10:00:00.000Z';

function aCampaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'camp-1',
    name: 'Spring fair',
    channel: 'exhibition',
    startDate: '2026-03-01',
    endDate: '2026-03-05',
    costMinor: 0,
    currency: 'UAH',
    targetRegions: ['kyiv', 'west'],
    targetIndustries: [],
    notes: '',
    archived: false,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

describe('reassignReference', () => {
  it('moves clients and campaign segments from a retired region to its replacement, without duplicates', () => {
    const clients = [aClient({ region: 'west' }), aClient({ region: 'east' })];
    const campaigns = [aCampaign()];
    const changed = reassignReference({ clients, campaigns }, 'region', 'west', 'kyiv', at);
    expect(changed.clients).toEqual([{ ...clients[0], region: 'kyiv', updatedAt: at }]);
    expect(changed.campaigns[0]!.targetRegions).toEqual(['kyiv']);
  });

  it('moves a deal stage in the deal and in its refusal, and leaves the stage history as it was', () => {
    const refused = aDeal({ stage: 'proposal', status: 'refused', refusal: { reason: 'price', stage: 'proposal', note: '', at } });
    const { deals } = reassignReference({ deals: [refused, aDeal({ stage: 'contract' })] }, 'dealStage', 'proposal', 'negotiation', at);
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({ stage: 'negotiation', refusal: { stage: 'negotiation', reason: 'price' }, stageHistory: refused.stageHistory });
  });

  it('moves refusal reasons and sales channels of deals', () => {
    const deal = aDeal({ salesChannel: 'tender', refusal: { reason: 'other', stage: 'proposal', note: '', at } });
    expect(reassignReference({ deals: [deal] }, 'refusalReason', 'other', 'price', at).deals[0]!.refusal!.reason).toBe('price');
    expect(reassignReference({ deals: [deal] }, 'salesChannel', 'tender', 'direct', at).deals[0]!.salesChannel).toBe('direct');
  });

  it('knows which records each list reaches', () => {
    expect(tablesUsing('historyType').sort()).toEqual(['history', 'plannedContacts']);
    expect(tablesUsing('caseSeverity')).toEqual(['serviceCases']);
    expect(tablesUsing('productCategory')).toEqual(['products']);
  });

  it('counts the records that use a value', () => {
    const clients = [aClient({ industry: 'it' }), aClient({ industry: 'it' }), aClient({ industry: 'retail' })];
    expect(referenceUseCount({ clients }, 'industry', 'it')).toBe(2);
    expect(referenceUseCount({ clients }, 'industry', 'finance')).toBe(0);
  });
});
