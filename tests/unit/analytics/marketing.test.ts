import { indexAnalytics } from '../../../src/domain/analytics/AnalyticsIndex';
import { marketingEffectiveness } from '../../../src/domain/analytics/marketingEffectiveness';
import { productSales } from '../../../src/domain/analytics/productSales';
import type { Product } from '../../../src/domain/model/Product';
import { campaign, client, data, deal, invoice, payment, refusedDeal, wonDeal } from './analyticsBuilders';

const year = { from: '2026-01-01', to: '2026-12-31' };
const in2026 = '2026-02-01T00:00:00Z';

describe('marketingEffectiveness', () => {
  // Campaign "spring" cost 900.00 brought 3 leads (one converted); "fair" cost 500.00 brought 1 lead, none converted.
  const inv = invoice('i1', 'w1', 1200_00, '2026-03-01', '2026-03-31', { clientId: 'l1' });
  const index = indexAnalytics(
    data({
      clients: [
        client('l1', { createdAt: in2026, campaignId: 'spring', leadSource: 'web' }),
        client('l2', { createdAt: in2026, campaignId: 'spring', leadSource: 'web' }),
        client('l3', { createdAt: in2026, campaignId: 'spring', leadSource: 'fair' }),
        client('l4', { createdAt: in2026, campaignId: 'fair', leadSource: 'fair' }),
        client('old', { createdAt: '2025-06-01T00:00:00Z', campaignId: 'spring', leadSource: 'web' }),
      ],
      deals: [
        wonDeal('w1', in2026, '2026-02-20T00:00:00Z', { clientId: 'l1', salesChannel: 'direct', createdAt: in2026 }),
        refusedDeal('r2', 'price', 'proposal', '2026-03-01T00:00:00Z', { clientId: 'l2', salesChannel: 'partner', createdAt: in2026 }),
        deal('o3', { clientId: 'l3', salesChannel: 'direct', createdAt: in2026 }),
      ],
      invoices: [inv],
      payments: [payment('p1', inv, 1200_00, '2026-03-10')],
      campaigns: [campaign('spring', 900_00, { channel: 'email' }), campaign('fair', 500_00, { channel: 'event' })],
    }),
  );

  it('gives leads, conversion, revenue and cost per lead and per won deal by campaign', () => {
    const rows = marketingEffectiveness(index, year, 'campaign');
    const spring = rows.find((r) => r.value === 'spring')!;
    expect(spring.leads).toEqual({ count: 3, ids: ['l1', 'l2', 'l3'] });
    expect(spring.won.ids).toEqual(['w1']);
    // 1 of 3 leads won → 33 %; cost per lead 900.00 / 3 = 300.00; per won deal 900.00 / 1
    expect(spring.conversion).toBeCloseTo(1 / 3);
    expect(spring.revenue).toEqual([{ currency: 'UAH', minor: 1200_00, ids: ['p1'] }]);
    expect(spring.costPerLead).toEqual([{ currency: 'UAH', minor: 300_00 }]);
    expect(spring.costPerWon).toEqual([{ currency: 'UAH', minor: 900_00 }]);
    const fair = rows.find((r) => r.value === 'fair')!;
    expect([fair.leads.count, fair.conversion, fair.costPerLead, fair.costPerWon]).toEqual([1, 0, [{ currency: 'UAH', minor: 500_00 }], []]);
  });

  it('groups by lead source and by sales channel without a cost', () => {
    const bySource = marketingEffectiveness(index, year, 'leadSource');
    // A client that won two deals is one client won: conversion counts clients, won deals count deals.
    const twice = indexAnalytics(data({ clients: [client('l1', { createdAt: in2026 }), client('l2', { createdAt: in2026 })], deals: [wonDeal('w1', in2026, '2026-02-20T00:00:00Z', { clientId: 'l1' }), wonDeal('w2', in2026, '2026-03-20T00:00:00Z', { clientId: 'l1' })] }));
    expect(marketingEffectiveness(twice, year, 'leadSource').map((r) => [r.leads.ids, r.converted.ids, r.won.ids, r.conversion])).toEqual([[['l1', 'l2'], ['l1'], ['w1', 'w2'], 0.5]]);
    // web: l1, l2 (old is from 2025) → 1 of 2 converted
    expect(bySource.map((r) => [r.value, r.leads.count, r.conversion, r.cost])).toEqual([
      ['fair', 2, 0, []],
      ['web', 2, 0.5, []],
    ]);
    const byChannel = marketingEffectiveness(index, year, 'salesChannel');
    expect(byChannel.map((r) => [r.value, r.leads.ids, r.converted.ids, r.won.ids])).toEqual([
      ['direct', ['w1', 'o3'], ['w1'], ['w1']],
      ['partner', ['r2'], [], []],
    ]);
  });

  it('adds up campaign costs per campaign channel', () => {
    const email = marketingEffectiveness(index, year, 'campaignChannel').find((r) => r.value === 'email')!;
    expect([email.leads.count, email.cost]).toEqual([3, [{ currency: 'UAH', minor: 900_00, ids: ['spring'] }]]);
  });
});

describe('marketingEffectiveness by campaign', () => {
  const quarter = { from: '2026-01-01', to: '2026-03-31' };
  const on = (day: string) => `${day}T09:00:00Z`;
  // Expo (3 000.00) brought two new clients, k1 and k2, both of whom won. k1's deal names Hannover
  // (12 000.00 EUR) as its campaign, and so does a deal opened in March for a client of 2025 from the
  // Expo. The newsletter (200.00) ran in January and brought nothing; a 2025 campaign did not run.
  const p1Invoice = invoice('i1', 'w1', 4000_00, '2026-03-20', '2026-03-31', { clientId: 'k1' });
  const p2Invoice = invoice('i2', 'w2', 1000_00, '2026-03-01', '2026-03-31', { clientId: 'k2' });
  const index = indexAnalytics(
    data({
      campaigns: [
        campaign('expo', 3000_00, { channel: 'event', startDate: '2026-02-01', endDate: '2026-02-03' }),
        campaign('hannover', 12_000_00, { channel: 'event', currency: 'EUR', startDate: '2026-03-10', endDate: '2026-03-14' }),
        campaign('news', 200_00, { channel: 'email', startDate: '2026-01-15', endDate: '' }),
        campaign('spring25', 999_00, { channel: 'email', startDate: '2025-03-01', endDate: '2025-03-05' }),
      ],
      clients: [
        client('k1', { createdAt: on('2026-02-02'), campaignId: 'expo' }),
        client('k2', { createdAt: on('2026-02-03'), campaignId: 'expo' }),
        client('k3', { createdAt: on('2026-02-10') }),
        client('z', { createdAt: on('2025-02-01'), campaignId: 'expo' }),
      ],
      deals: [
        wonDeal('w1', on('2026-02-05'), on('2026-03-15'), { clientId: 'k1', campaignId: 'hannover' }),
        wonDeal('w2', on('2026-02-05'), on('2026-02-25'), { clientId: 'k2' }),
        deal('o3', { clientId: 'k3', createdAt: on('2026-02-11') }),
        wonDeal('w4', on('2026-03-12'), on('2026-03-30'), { clientId: 'z', campaignId: 'hannover' }),
        // An older client's deal that names no campaign: not a lead of the quarter, not a campaign's deal.
        wonDeal('w5', on('2026-02-12'), on('2026-03-01'), { clientId: 'z' }),
      ],
      invoices: [p1Invoice, p2Invoice],
      payments: [payment('p1', p1Invoice, 4000_00, '2026-03-25'), payment('p2', p2Invoice, 1000_00, '2026-03-05')],
    }),
  );

  it('counts leads by the client’s campaign, won deals and revenue by the deal’s own campaign, and shows every campaign that ran with its cost', () => {
    const rows = marketingEffectiveness(index, quarter, 'campaign');
    expect(rows.map((r) => [r.value, r.leads.ids, r.converted.ids, r.won.ids, r.revenue.map((x) => x.minor), r.cost.map((x) => [x.currency, x.minor])])).toEqual([
      // k1 reached a won deal, so Expo converted both its leads, though that deal is Hannover's.
      ['expo', ['k1', 'k2'], ['k1', 'k2'], ['w2'], [1000_00], [['UAH', 3000_00]]],
      ['', ['k3'], [], [], [], []],
      ['hannover', [], [], ['w1', 'w4'], [4000_00], [['EUR', 12_000_00]]],
      ['news', [], [], [], [], [['UAH', 200_00]]],
    ]);
    const [expo, , hannover, news] = rows;
    // 3 000.00 / 2 leads = 1 500.00; / 1 won deal = 3 000.00
    expect([expo!.conversion, expo!.costPerLead, expo!.costPerWon]).toEqual([1, [{ currency: 'UAH', minor: 1500_00 }], [{ currency: 'UAH', minor: 3000_00 }]]);
    // No leads: nothing per lead; 12 000.00 EUR / 2 won deals = 6 000.00 EUR.
    expect([hannover!.costPerLead, hannover!.costPerWon]).toEqual([[], [{ currency: 'EUR', minor: 6000_00 }]]);
    expect([news!.costPerLead, news!.costPerWon]).toEqual([[], []]);
  });

  it('adds up by channel the campaigns that ran or brought the quarter’s leads and deals', () => {
    const rows = marketingEffectiveness(index, quarter, 'campaignChannel');
    expect(rows.map((r) => [r.value, r.leads.count, r.won.ids, r.cost.map((x) => [x.currency, x.minor])])).toEqual([
      ['event', 2, ['w1', 'w2', 'w4'], [['EUR', 12_000_00], ['UAH', 3000_00]]],
      ['', 1, [], []],
      // The 2025 campaign is left out of the email channel's cost.
      ['email', 0, [], [['UAH', 200_00]]],
    ]);
  });
});

describe('productSales', () => {
  const at = '2026-01-01T00:00:00Z';
  const product = (id: string, category: string): Product => ({ id, name: id, code: id, category, unitPriceMinor: 100_00, currency: 'UAH', properties: [], archived: false, createdAt: at, updatedAt: at });
  const line = (productId: string, quantity: number, unitPriceMinor: number, discountPercent: number) => ({ id: `${productId}-${quantity}`, productId, description: productId, quantity, unitPriceMinor, discountPercent });
  const index = indexAnalytics(
    data({
      clients: [client('kyiv', { region: 'kyiv' }), client('lviv', { region: 'lviv' })],
      products: [product('seat', 'licences'), product('support', 'services')],
      deals: [
        wonDeal('w1', at, '2026-03-01T00:00:00Z', { clientId: 'kyiv', lines: [line('seat', 10, 100_00, 10), line('support', 1.5, 200_00, 0)] }),
        wonDeal('w2', at, '2026-04-01T00:00:00Z', { clientId: 'lviv', lines: [line('seat', 5, 100_00, 0)] }),
        refusedDeal('r1', 'price', 'proposal', '2026-05-01T00:00:00Z', { clientId: 'lviv', lines: [line('seat', 20, 90_00, 15)] }),
      ],
    }),
  );

  it('sums volumes, net money and discounts per product, with refusals and their reasons', () => {
    const seat = productSales(index, year, 'product', 'none').find((r) => r.key === 'seat')!;
    // won: 10 + 5 = 15 seats; gross 1 000.00 + 500.00 = 1 500.00; discount 10 % of 1 000.00 = 100.00; net 1 400.00
    expect(seat.wonQuantity).toBe(15);
    expect(seat.net).toEqual([{ currency: 'UAH', minor: 1400_00, ids: ['w1', 'w2'] }]);
    expect(seat.discount[0]!.minor).toBe(100_00);
    // 100.00 / 1 500.00 = 6.67 %
    expect(seat.averageDiscountPercent).toBeCloseTo(6.667, 2);
    expect([seat.refusedQuantity, seat.refusedDealIds]).toEqual([20, ['r1']]);
    expect(seat.refusalReasons.map((r) => [r.reason, r.share])).toEqual([['price', 1]]);
  });

  it('splits a category across regions', () => {
    const rows = productSales(index, year, 'category', 'region');
    // services in Kyiv: 1.5 × 200.00 = 300.00
    expect(rows.find((r) => r.key === 'services' && r.segment === 'kyiv')!.net[0]!.minor).toBe(300_00);
    expect(rows.filter((r) => r.key === 'licences').map((r) => [r.segment, r.wonQuantity, r.refusedQuantity])).toEqual([
      ['kyiv', 10, 0],
      ['lviv', 5, 20],
    ]);
  });
});
