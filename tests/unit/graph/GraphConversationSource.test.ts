import { GraphClient } from '../../../src/adapters/graph/GraphClient';
import { GraphConversationSource } from '../../../src/adapters/graph/GraphConversationSource';
import type { ReadItem } from '../../../src/domain/ports';

type Call = { method: string; url: string; body: unknown };

/** A stand-in for Graph's /me/messages: answers from a small mailbox and records every call. */
function fakeGraph(messages: Record<string, unknown>[]) {
  const calls: Call[] = [];
  const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  const fakeFetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    calls.push({ method, url: decodeURIComponent(url.pathname + url.search), body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const id = url.pathname.match(/\/me\/messages\/([^/]+)$/)?.[1];
    if (id) {
      const m = messages.find((x) => x.id === decodeURIComponent(id))!;
      if (method === 'PATCH') {
        Object.assign(m, init?.body ? JSON.parse(String(init.body)) : {});
        return json(m);
      }
      return json(m);
    }
    const filter = url.searchParams.get('$filter') ?? '';
    const [, field, value] = filter.match(/^(\w+) eq '(.*)'$/) ?? [];
    const hits = messages.filter((m) => m[field!] === value!.replace(/''/g, "'"));
    // Two pages, as Graph pages long conversations.
    if (!url.searchParams.has('page') && hits.length > 1) return json({ value: hits.slice(0, 1), '@odata.nextLink': `${url.origin}${url.pathname}${url.search}&page=2` });
    return json({ value: url.searchParams.has('page') ? hits.slice(1) : hits });
  };
  return { calls, fakeFetch };
}

const mail = (id: string, received: string, extra: Record<string, unknown> = {}) => ({
  id,
  internetMessageId: `<${id}@contoso.com>`,
  conversationId: "AAQk'conv",
  subject: 'Quote',
  from: { emailAddress: { name: 'Olivia', address: 'olivia@contoso.com' } },
  toRecipients: [{ emailAddress: { name: 'Maria', address: 'maria@clientbook.example' } }],
  ccRecipients: [],
  receivedDateTime: received,
  categories: [],
  attachments: [{ name: 'quote.pdf', size: 10, contentType: 'application/pdf', isInline: false }],
  body: { contentType: 'html', content: '<p>Hello</p>' },
  ...extra,
});

describe('GraphConversationSource', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('lists a conversation by conversationId across pages, oldest first, with quotes escaped', async () => {
    const { calls, fakeFetch } = fakeGraph([mail('m2', '2026-11-26T10:00:00Z'), mail('m1', '2026-11-25T10:00:00Z'), mail('other', '2026-11-20T10:00:00Z', { conversationId: 'x' })]);
    globalThis.fetch = fakeFetch as typeof fetch;
    const source = new GraphConversationSource(new GraphClient({ baseUrl: 'https://graph.example/v1.0', token: async () => 't' }));
    const items = await source.messagesOf("AAQk'conv");
    expect(items.map((i) => i.itemId)).toEqual(['m1', 'm2']);
    expect(items[0]).toMatchObject({ mode: 'read', internetMessageId: '<m1@contoso.com>', from: { email: 'olivia@contoso.com' }, to: [{ email: 'maria@clientbook.example' }], attachments: [{ name: 'quote.pdf' }] });
    expect(calls[0]?.url).toContain("$filter=conversationId eq 'AAQk''conv'");
    expect(calls).toHaveLength(2);
  });

  it('reads a body, and adds and removes the Clientbook category keeping the others', async () => {
    const box = [mail('m1', '2026-11-25T10:00:00Z', { categories: ['Red'] })];
    const { calls, fakeFetch } = fakeGraph(box);
    globalThis.fetch = fakeFetch as typeof fetch;
    const source = new GraphConversationSource(new GraphClient({ baseUrl: 'https://graph.example/v1.0', token: async () => 't' }));
    const [item] = (await source.messagesOf("AAQk'conv")) as [ReadItem];
    expect(await source.getBody(item)).toEqual({ kind: 'html', content: '<p>Hello</p>' });
    await source.markLogged(item);
    expect(box[0]?.categories).toEqual(['Red', 'Clientbook']);
    await source.markLogged(item);
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1);
    await source.unmarkLogged('<m1@contoso.com>');
    expect(box[0]?.categories).toEqual(['Red']);
  });

  it('reads Sent Items through the delta feed: every page first, then only what is new from the delta link', async () => {
    const calls: string[] = [];
    const pages: Record<string, unknown> = {
      first: { value: [mail('s1', '2026-11-25T10:00:00Z')], '@odata.nextLink': 'https://graph.example/v1.0/next-page' },
      'next-page': { value: [mail('s2', '2026-11-26T10:00:00Z'), { id: 'gone', '@removed': { reason: 'deleted' } }], '@odata.deltaLink': 'https://graph.example/v1.0/delta-1' },
      'delta-1': { value: [mail('s3', '2026-11-27T10:00:00Z')], '@odata.deltaLink': 'https://graph.example/v1.0/delta-2' },
    };
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input);
      calls.push(`${url} ${(init?.headers as Record<string, string>).Prefer}`);
      const key = url.includes('/mailFolders/sentitems/messages/delta') ? 'first' : url.split('/v1.0/')[1]!;
      return new Response(JSON.stringify(pages[key]), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
    const source = new GraphConversationSource(new GraphClient({ baseUrl: 'https://graph.example/v1.0', token: async () => 't' }));
    expect((await source.sentItemChanges()).map((m) => m.itemId)).toEqual(['s1', 's2']);
    expect((await source.sentItemChanges()).map((m) => m.itemId)).toEqual(['s3']);
    expect(calls).toEqual([
      expect.stringMatching(/^https:\/\/graph\.example\/v1\.0\/me\/mailFolders\/sentitems\/messages\/delta\?changeType=created&\$select=id,internetMessageId.* odata\.maxpagesize=50$/),
      'https://graph.example/v1.0/next-page odata.maxpagesize=50',
      'https://graph.example/v1.0/delta-1 odata.maxpagesize=50',
    ]);
  });
});
