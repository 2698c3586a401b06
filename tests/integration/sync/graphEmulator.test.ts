import { GraphClient } from '../../../src/adapters/graph/GraphClient';
import { GraphHttpError } from '../../../src/adapters/graph/GraphHttpError';
import { runBatch } from '../../../src/adapters/graph/runBatch';
import { GraphEmulator } from '../../support/graph-emulator/GraphEmulator';

const SITE_URL = 'https://contoso.sharepoint.com/sites/sales';

type Page = { value: { id: string; fields?: Record<string, unknown>; deleted?: unknown }[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };

describe('GraphEmulator through the Graph client', () => {
  const emulator = new GraphEmulator({ pageSize: 3, seed: 7 });
  let client: GraphClient;
  let site: string;
  let items: string;

  beforeAll(async () => {
    await emulator.start();
    emulator.addSite(SITE_URL);
    client = new GraphClient({ baseUrl: `${emulator.baseUrl}/v1.0`, token: async () => 'test-token' });
    const found = await client.get<{ id: string }>('/sites/contoso.sharepoint.com:/sites/sales');
    site = `/sites/${encodeURIComponent(found.id)}`;
    const list = await client.post<{ id: string }>(`${site}/lists`, {
      displayName: 'Things',
      columns: [
        { name: 'key', text: {}, indexed: true, enforceUniqueValues: true },
        { name: 'size', number: {} },
        { name: 'kind', choice: { choices: ['a', 'b'] } },
      ],
      list: { template: 'genericList' },
    });
    items = `${site}/lists/${list.id}/items`;
  });

  afterAll(() => emulator.stop());

  beforeEach(() => {
    emulator.setFaultRate(null);
    emulator.meter.reset();
  });

  it('resolves a site by host and path and refuses an unknown one', async () => {
    await expect(client.get('/sites/contoso.sharepoint.com:/sites/nowhere')).rejects.toMatchObject({ status: 404 });
  });

  it('refuses a second list with the same name and a unique column without an index', async () => {
    await expect(client.post(`${site}/lists`, { displayName: 'Things', columns: [] })).rejects.toMatchObject({ status: 409 });
    await expect(client.post(`${site}/lists`, { displayName: 'Bad', columns: [{ name: 'x', text: {}, enforceUniqueValues: true }] })).rejects.toMatchObject({ status: 400 });
  });

  it('enforces unique values, eTags with If-Match, typed values and filters on indexed columns', async () => {
    const created = await client.post<{ id: string; eTag: string }>(items, { fields: { Title: 'one', key: 'k1', size: 1 } });
    await expect(client.post(items, { fields: { key: 'k1' } })).rejects.toMatchObject({ status: 409 });
    await expect(client.post(items, { fields: { size: 'big' } })).rejects.toMatchObject({ status: 400 });
    await expect(client.post(items, { fields: { kind: 'c' } })).rejects.toMatchObject({ status: 400 });
    const patched = await client.patch<Record<string, unknown>>(`${items}/${created.id}/fields`, { size: 2 }, { 'If-Match': created.eTag });
    expect(patched['@odata.etag']).not.toBe(created.eTag);
    expect(patched.Title).toBe('one');
    await expect(client.patch(`${items}/${created.id}/fields`, { size: 3 }, { 'If-Match': created.eTag })).rejects.toMatchObject({ status: 412 });
    const found = await client.get<Page>(`${items}?$expand=fields&$filter=${encodeURIComponent("fields/key eq 'k1'")}`);
    expect(found.value.map((i) => i.fields?.size)).toEqual([2]);
    await expect(client.get(`${items}?$filter=${encodeURIComponent('fields/size eq 2')}`)).rejects.toMatchObject({ status: 400 });
  });

  it('pages items with nextLink and feeds changes through delta, with deletions, token=latest and 410', async () => {
    for (let i = 2; i <= 7; i++) await client.post(items, { fields: { key: `k${i}` } });
    let link: string | undefined = `${items}/delta`;
    const seen: string[] = [];
    let deltaLink = '';
    while (link) {
      const page: Page = await client.get<Page>(link);
      seen.push(...page.value.map((v) => v.id));
      link = page['@odata.nextLink'];
      deltaLink = page['@odata.deltaLink'] ?? deltaLink;
    }
    expect(seen).toHaveLength(7);
    const costly = emulator.meter.breakdown();
    expect(costly['delta without token']).toBe(3 * 2);

    await client.patch(`${items}/${seen[1]}/fields`, { size: 5 });
    await client.patch(`${items}/${seen[1]}/fields`, { size: 6 });
    await client.request('DELETE', `${items}/${seen[2]}`);
    const changes = await client.get<Page>(deltaLink);
    expect(changes.value.map((v) => [v.id, v.deleted ? 'deleted' : v.fields?.size])).toEqual([
      [seen[1], 5],
      [seen[1], 6],
      [seen[2], 'deleted'],
    ]);
    expect(emulator.meter.breakdown()['delta with token']).toBe(1);

    const latest = await client.get<Page>(`${items}/delta?token=latest`);
    expect(latest.value).toEqual([]);
    expect((await client.get<Page>(latest['@odata.deltaLink']!)).value).toEqual([]);

    emulator.sharePoint.expireDeltaTokens('Things');
    await expect(client.get(changes['@odata.deltaLink']!)).rejects.toMatchObject({ status: 410, code: 'resyncChangesApplyDifferences' });
  });

  it('answers only the fields $expand=fields($select=…) names, on every delta page and through the deltaLink', async () => {
    let link: string | undefined = `${items}/delta?$expand=fields($select=key)`;
    const pages: Page[] = [];
    while (link) {
      const page: Page = await client.get<Page>(link);
      pages.push(page);
      link = page['@odata.nextLink'];
    }
    expect(pages.length).toBeGreaterThan(1);
    const fieldNames = new Set(pages.flatMap((p) => p.value.flatMap((v) => Object.keys(v.fields ?? {}))));
    expect([...fieldNames].sort()).toEqual(['@odata.etag', 'id', 'key']);

    const first = pages[0]!.value[0]!;
    await client.patch(`${items}/${first.id}/fields`, { size: 9 });
    const changes = await client.get<Page>(pages.at(-1)!['@odata.deltaLink']!);
    expect(changes.value.map((v) => v.fields)).toEqual([{ '@odata.etag': expect.any(String), id: first.id, key: first.fields!.key }]);
  });

  it('runs a $batch: inner statuses, dependsOn with 424, at most 20, answers in any order', async () => {
    const answers = await client.batch([
      { id: 'a', method: 'POST', url: `${items}`, body: { fields: { key: 'b1' } } },
      { id: 'b', method: 'POST', url: `${items}`, body: { fields: { key: 'b1' } }, dependsOn: ['a'] },
      { id: 'c', method: 'GET', url: `${items}/99999` },
      { id: 'd', method: 'GET', url: `${items}/1`, dependsOn: ['b'] },
    ]);
    expect([...answers.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(answers.get('a')!.status).toBe(201);
    expect(answers.get('b')!.status).toBe(409);
    expect(answers.get('c')!.status).toBe(404);
    expect(answers.get('d')!.status).toBe(424);
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET' as const, url: `${items}/1` }));
    await expect(client.batch(many)).rejects.toBeInstanceOf(RangeError);
    await expect(client.post('/$batch', { requests: many })).rejects.toMatchObject({ status: 400 });
  });

  it('splits any number of requests into $batches of at most 20', async () => {
    const before = emulator.httpRequests;
    const requests = Array.from({ length: 45 }, (_, i) => ({ id: `r${i}`, method: 'GET' as const, url: `${items}/1` }));
    const answers = await runBatch(client, requests);
    expect(answers.size).toBe(45);
    expect([...answers.values()].every((a) => a.status === 200)).toBe(true);
    expect(emulator.httpRequests - before).toBe(3);
  });

  it('throttles with Retry-After, outer and inner, and counts the throttled calls', async () => {
    emulator.failNext(1, { status: 429, retryAfterSeconds: 2 }, 'outer');
    const error = await client.get(`${items}/1`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphHttpError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 2000 });
    emulator.failNext(1, { status: 503, retryAfterSeconds: 1 }, 'inner');
    const answers = await client.batch([{ id: '1', method: 'GET', url: `${items}/1` }]);
    expect(answers.get('1')).toMatchObject({ status: 503, headers: { 'Retry-After': '1' } });
    expect(emulator.meter.breakdown()['throttled call']).toBe(2);
  });

  it('stops at the budget of resource units per minute', async () => {
    const small = new GraphEmulator({ budgetPerMinute: 3 });
    await small.start();
    small.addSite(SITE_URL);
    const c = new GraphClient({ baseUrl: `${small.baseUrl}/v1.0`, token: async () => 't' });
    await c.get('/sites/contoso.sharepoint.com:/sites/sales');
    await c.get('/sites/contoso.sharepoint.com:/sites/sales');
    await c.get('/sites/contoso.sharepoint.com:/sites/sales');
    await expect(c.get('/sites/contoso.sharepoint.com:/sites/sales')).rejects.toMatchObject({ status: 429 });
    await small.stop();
  });

  it('drops connections before or after doing the work', async () => {
    emulator.dropNext(1, 'after');
    const error = await client.post(items, { fields: { key: 'dropped' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'networkError' });
    await expect(client.post(items, { fields: { key: 'dropped' } })).rejects.toMatchObject({ status: 409 });
    emulator.offline = true;
    await expect(client.get(`${items}/1`)).rejects.toMatchObject({ status: 0 });
    emulator.offline = false;
  });

  it('sends the NONISV User-Agent and needs a bearer token', async () => {
    const anonymous = new GraphClient({ baseUrl: `${emulator.baseUrl}/v1.0`, token: async () => '' });
    await expect(anonymous.get(`${items}/1`)).rejects.toMatchObject({ status: 401 });
    expect([...emulator.userAgents]).toEqual(['NONISV|Clientbook|Clientbook/0.1']);
  });
});
