import { entityLists } from '../../../src/adapters/graph/entityLists';
import { parseRetryAfter } from '../../../src/adapters/graph/GraphHttpError';
import { aClient, aContact } from '../../support/builders/aClient';

describe('entity list mappers', () => {
  it('keeps every field of a client through the hidden JSON column and fills the typed columns', () => {
    const client = aClient({ domains: ['contoso.com', 'contoso.ua'], purchaseProbability: { value: 40, on: '2026-01-02' }, address: { street: 'Khreshchatyk 1', city: 'Kyiv', postalCode: '01001', country: 'UA' } });
    const fields = entityLists.clients.toListItemFields(client);
    expect(fields).toMatchObject({ Title: 'Contoso', cbEntityId: client.id, domains: 'contoso.com; contoso.ua', city: 'Kyiv', purchaseProbability: 40, clientStatus: 'prospect' });
    expect(entityLists.clients.fromListItem(fields)).toEqual(client);
  });

  it('cuts a long text column at 255 characters but keeps the whole value in the record', () => {
    const emails = Array.from({ length: 20 }, (_, i) => `person${i}@a-rather-long-domain-name.example`);
    const contact = aContact({ clientId: 'c1', emails });
    const fields = entityLists.contacts.toListItemFields(contact);
    expect(String(fields.emails)).toHaveLength(255);
    expect(entityLists.contacts.fromListItem(fields)).toMatchObject({ emails });
  });

  it('ignores an item that is not one of ours', () => {
    expect(entityLists.clients.fromListItem({ Title: 'Added by hand' })).toBeNull();
    expect(entityLists.clients.fromListItem({ cbEntityId: 'x', cbRecord: '{broken' })).toBeNull();
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 03:00:10 GMT', Date.parse('2026-11-27T03:00:00Z'))).toBe(10_000);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('records longer than one multi-line column', () => {
  it('continue in the next record columns and come back whole', () => {
    const notes = 'Довга нотатка 🙂 '.repeat(9000);
    const client = aClient({ notes });
    const fields = entityLists.clients.toListItemFields(client);
    const parts = ['cbRecord', 'cbRecord2', 'cbRecord3', 'cbRecord4'].map((n) => fields[n]);
    expect(parts.filter((p) => typeof p === 'string').length).toBeGreaterThan(1);
    expect(parts.every((p) => p === null || String(p).length <= 63_999)).toBe(true);
    expect(entityLists.clients.fromListItem(fields)).toEqual(client);
  });

  it('shorten the longest text when even four columns cannot hold them', () => {
    const client = aClient({ notes: 'x'.repeat(300_000), name: 'Kept whole' });
    const back = entityLists.clients.fromListItem(entityLists.clients.toListItemFields(client))!;
    expect(back.name).toBe('Kept whole');
    expect(String(back.notes).length).toBeLessThan(256_000);
    expect(String(back.notes).endsWith('…')).toBe(true);
  });
});
