import { indexAnalytics } from '../../../src/domain/analytics/AnalyticsIndex';
import type { Query } from '../../../src/domain/analytics/query/Query';
import { queryToCsvRows } from '../../../src/domain/analytics/query/queryToCsvRows';
import { bucketOf, runQuery } from '../../../src/domain/analytics/query/runQuery';
import { UnknownQueryFieldError } from '../../../src/domain/analytics/query/UnknownQueryFieldError';
import { ANNA, BOHDAN, client, contact, data, deal, invoice, payment, refusedDeal, wonDeal } from './analyticsBuilders';

const index = indexAnalytics(
  data({
    clients: [client('kyiv1', { region: 'kyiv', industry: 'it' }), client('kyiv2', { region: 'kyiv', industry: 'retail' }), client('lviv1', { region: 'lviv', industry: 'it' })],
    deals: [
      wonDeal('w1', '2026-01-01T00:00:00Z', '2026-01-20T00:00:00Z', { clientId: 'kyiv1', amountMinor: 100_00 }),
      wonDeal('w2', '2026-01-01T00:00:00Z', '2026-02-10T00:00:00Z', { clientId: 'kyiv2', amountMinor: 300_00, owner: BOHDAN }),
      wonDeal('w3', '2026-01-01T00:00:00Z', '2026-04-10T00:00:00Z', { clientId: 'lviv1', amountMinor: 600_00 }),
      wonDeal('wEur', '2026-01-01T00:00:00Z', '2026-04-11T00:00:00Z', { clientId: 'lviv1', amountMinor: 50_00, currency: 'EUR' }),
      refusedDeal('r1', 'price', 'proposal', '2026-03-01T00:00:00Z', { clientId: 'kyiv1', amountMinor: 1000_00 }),
      deal('o1', { clientId: 'lviv1', amountMinor: 200_00 }),
    ],
    history: [contact('h1', 'kyiv1', '2026-01-05T10:00:00Z'), contact('h2', 'lviv1', '2026-01-06T10:00:00Z')],
  }),
);
const won = { join: 'and' as const, items: [{ field: 'status', op: 'eq' as const, value: 'won' }] };

describe('runQuery', () => {
  it('filters, groups by a field and measures count, sum, average, median and share, keeping record ids', () => {
    const q: Query = { records: 'deals', filter: { ...won, items: [...won.items, { field: 'currency', op: 'eq', value: 'UAH' }] }, groupBy: [{ field: 'clientRegion' }], measures: [{ kind: 'count' }, { kind: 'sum', field: 'amount' }, { kind: 'avg', field: 'amount' }, { kind: 'median', field: 'amount' }, { kind: 'share' }] };
    const r = runQuery(index, q);
    expect(r.total).toBe(3);
    // kyiv: w1 100.00 + w2 300.00 = 400.00, avg 200.00, median (100 + 300) / 2 = 200.00, share 2/3; lviv: w3 600.00
    expect(r.rows).toEqual([
      { keys: ['kyiv'], currency: 'UAH', values: [2, 400_00, 200_00, 200_00, 2 / 3], ids: ['w1', 'w2'] },
      { keys: ['lviv'], currency: 'UAH', values: [1, 600_00, 600_00, 600_00, 1 / 3], ids: ['w3'] },
    ]);
  });

  it('splits money by currency instead of adding euros to hryvnias', () => {
    const r = runQuery(index, { records: 'deals', filter: won, groupBy: [], measures: [{ kind: 'sum', field: 'amount' }] });
    // UAH 100 + 300 + 600 = 1 000.00; EUR 50.00 apart
    expect(r.rows.map((x) => [x.currency, x.values[0]])).toEqual([
      ['EUR', 50_00],
      ['UAH', 1000_00],
    ]);
  });

  it('groups by two dimensions with a quarter bucket on a date', () => {
    const r = runQuery(index, { records: 'deals', filter: won, groupBy: [{ field: 'closedAt', bucket: 'quarter' }, { field: 'owner' }], measures: [{ kind: 'count' }] });
    expect(r.rows.map((x) => [...x.keys, x.values[0]])).toEqual([
      ['2026-Q1', ANNA, 1],
      ['2026-Q1', BOHDAN, 1],
      ['2026-Q2', ANNA, 2],
    ]);
  });

  it('combines AND and OR groups and compares money in major units', () => {
    // (amount > 250.00 AND status = won) OR status = refused → w2 (300), w3 (600), r1; wEur 50.00 is below.
    const q: Query = {
      records: 'deals',
      filter: {
        join: 'or',
        items: [
          { join: 'and', items: [{ field: 'amount', op: 'gt', value: '250' }, ...won.items] },
          { field: 'status', op: 'eq', value: 'refused' },
        ],
      },
      groupBy: [],
      measures: [{ kind: 'count' }],
    };
    expect(runQuery(index, q).rows[0]!.ids).toEqual(['w2', 'w3', 'r1']);
  });

  it('reads an amount typed with spaces between thousands', () => {
    const q: Query = { records: 'deals', filter: { join: 'and', items: [{ field: 'amount', op: 'gte', value: '1 000' }] }, groupBy: [], measures: [{ kind: 'count' }] };
    expect(runQuery(index, q).rows[0]!.ids).toEqual(['r1']);
  });

  it('filters text by contains, dates by range and empty values', () => {
    expect(runQuery(index, { records: 'clients', filter: { join: 'and', items: [{ field: 'name', op: 'contains', value: 'CONT' }, { field: 'region', op: 'neq', value: 'lviv' }] }, groupBy: [], measures: [{ kind: 'count' }] }).rows[0]!.ids).toEqual(['kyiv1', 'kyiv2']);
    expect(runQuery(index, { records: 'deals', filter: { join: 'and', items: [{ field: 'closedAt', op: 'gte', value: '2026-02-01' }, { field: 'closedAt', op: 'lt', value: '2026-04-01' }] }, groupBy: [], measures: [{ kind: 'count' }] }).rows[0]!.ids).toEqual(['w2', 'r1']);
    expect(runQuery(index, { records: 'deals', filter: { join: 'and', items: [{ field: 'closedAt', op: 'empty', value: '' }] }, groupBy: [], measures: [{ kind: 'count' }] }).rows[0]!.ids).toEqual(['o1']);
  });

  it('counts history by the client’s region and payments by owner', () => {
    expect(runQuery(index, { records: 'history', filter: { join: 'and', items: [] }, groupBy: [{ field: 'clientRegion' }], measures: [{ kind: 'count' }] }).rows.map((x) => [x.keys[0], x.ids])).toEqual([
      ['kyiv', ['h1']],
      ['lviv', ['h2']],
    ]);
    const inv = invoice('i', 'w2', 300_00, '2026-02-10', '2026-02-28', { clientId: 'kyiv2' });
    const withPayments = indexAnalytics(data({ ...index.data, invoices: [inv], payments: [payment('p1', inv, 100_00, '2026-02-11'), payment('p2', inv, 200_00, '2026-02-12')] }));
    expect(runQuery(withPayments, { records: 'payments', filter: { join: 'and', items: [] }, groupBy: [{ field: 'owner' }], measures: [{ kind: 'sum', field: 'amount' }] }).rows).toEqual([{ keys: [BOHDAN], currency: 'UAH', values: [300_00], ids: ['p1', 'p2'] }]);
  });

  it('refuses a field the records do not have', () => {
    expect(() => runQuery(index, { records: 'clients', filter: { join: 'and', items: [] }, groupBy: [{ field: 'amount' }], measures: [{ kind: 'count' }] })).toThrow(UnknownQueryFieldError);
  });

  it('buckets dates by month, quarter and year', () => {
    expect([bucketOf('2026-05-14', 'month'), bucketOf('2026-05-14', 'quarter'), bucketOf('2026-12-01', 'quarter'), bucketOf('2026-05-14', 'year')]).toEqual(['2026-05', '2026-Q2', '2026-Q4', '2026']);
  });
});

describe('queryToCsvRows', () => {
  it('writes keys, the currency and money as plain decimals under the given header', () => {
    const q: Query = { records: 'deals', filter: won, groupBy: [{ field: 'clientRegion' }], measures: [{ kind: 'sum', field: 'amount' }, { kind: 'count' }] };
    const rows = queryToCsvRows(q, runQuery(index, q), ['Region', 'Currency', 'Sum', 'Count'], (_, key) => key.toUpperCase());
    expect(rows).toEqual([
      ['Region', 'Currency', 'Sum', 'Count'],
      ['KYIV', 'UAH', '400.00', '2'],
      ['LVIV', 'EUR', '50.00', '1'],
      ['LVIV', 'UAH', '600.00', '1'],
    ]);
  });
});
