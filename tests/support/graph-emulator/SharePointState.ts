/**
 * The in-memory SharePoint behind the emulator: sites, lists with typed columns, items with eTags,
 * unique and indexed columns, $filter, paging and the list-item delta feed. Every handler returns
 * an HTTP-shaped answer so that the server and $batch share one code path.
 */
import { randomUUID } from 'node:crypto';

export type EmulatorRequest = {
  method: string;
  /** Path below /v1.0, e.g. "/sites/{id}/lists". */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
};

export type EmulatorResponse = { status: number; headers: Record<string, string>; body: unknown };

/** What a call costs and how the meter names it; decided before the call runs. */
export type CallCost = { cost: number; what: string };

type ColumnKind = 'text' | 'number' | 'dateTime' | 'boolean' | 'choice' | 'currency';

export type Column = {
  id: string;
  name: string;
  displayName: string;
  kind: ColumnKind;
  facet: Record<string, unknown>;
  indexed: boolean;
  enforceUniqueValues: boolean;
  hidden: boolean;
  required: boolean;
};

type Item = {
  id: string;
  fields: Record<string, unknown>;
  version: number;
  guid: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
};

type Change = { seq: number; itemId: string; snapshot: Item | null };

export type SpList = {
  id: string;
  displayName: string;
  columns: Column[];
  items: Map<string, Item>;
  nextItemId: number;
  seq: number;
  /** Tokens minted before this epoch are expired (410). */
  epoch: number;
  changes: Change[];
  /** Lookup for enforceUniqueValues columns. */
  unique: Map<string, Map<unknown, string>>;
};

type Site = { id: string; hostname: string; path: string; lists: Map<string, SpList> };

const BUILT_IN_FIELDS = new Set(['id', 'Title', 'Created', 'Modified', 'ContentType', '@odata.etag']);
const KINDS: ColumnKind[] = ['text', 'number', 'dateTime', 'boolean', 'choice', 'currency'];
/** SharePoint's list view threshold: past it, filters on non-indexed columns fail. */
export const LIST_VIEW_THRESHOLD = 5000;

export function graphError(status: number, code: string, message: string, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, headers, body: { error: { code, message } } };
}

const encodeToken = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
function decodeToken<T>(token: string): T | null {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as T;
  } catch {
    return null;
  }
}

type DeltaCursor = { l: string; from: number; to: number; off: number; full: boolean; e: number };
type PageCursor = { off: number };

export class SharePointState {
  private readonly sites = new Map<string, Site>();
  /** Each list's item ids in order as of its last change, so paging a big listing is not quadratic. */
  private readonly orderedIds = new WeakMap<SpList, { seq: number; ids: number[] }>();

  constructor(
    private readonly origin: () => string,
    public pageSize = 200,
  ) {}

  /** Makes a site reachable by its URL, e.g. "https://contoso.sharepoint.com/sites/sales". */
  addSite(url: string): string {
    const u = new URL(url);
    const key = `${u.hostname.toLowerCase()}:${u.pathname.replace(/\/$/, '').toLowerCase()}`;
    const existing = this.sites.get(key);
    if (existing) return existing.id;
    const id = `${u.hostname},${randomUUID()},${randomUUID()}`;
    this.sites.set(key, { id, hostname: u.hostname, path: u.pathname, lists: new Map() });
    return id;
  }

  /** Whether a site with this id exists (its document library answers only then). */
  hasSite(id: string): boolean {
    return [...this.sites.values()].some((s) => s.id === id);
  }

  /** All lists of all sites (for assertions). */
  allLists(): SpList[] {
    return [...this.sites.values()].flatMap((s) => [...s.lists.values()]);
  }

  listByName(displayName: string): SpList | undefined {
    return this.allLists().find((l) => l.displayName === displayName);
  }

  /** Expires every delta token of the list (or of all lists): their next use answers 410. */
  expireDeltaTokens(displayName?: string): void {
    for (const list of this.allLists()) if (!displayName || list.displayName === displayName) list.epoch++;
  }

  /** The resource units a request will cost, per GRAPH-NOTES.md. */
  costOf(req: EmulatorRequest): CallCost {
    const m = req.method;
    if (/\/items\/delta$/.test(req.path)) {
      const cursor = this.deltaCursorOf(req.query);
      const withToken = req.query.has('token') || (cursor !== null && !cursor.full);
      return withToken ? { cost: 1, what: 'delta with token' } : { cost: 2, what: 'delta without token' };
    }
    if (m === 'GET' && /\/items\/[^/]+$/.test(req.path)) return { cost: 1, what: 'item read' };
    if (m === 'GET' && /\/(items|lists|columns)$/.test(req.path)) return { cost: 2, what: 'multi-item query' };
    if (m === 'GET') return { cost: 1, what: 'single read' };
    return { cost: 2, what: `${m.toLowerCase()} write` };
  }

  handle(req: EmulatorRequest): EmulatorResponse {
    const parts = req.path.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'sites') return graphError(404, 'itemNotFound', `No route for ${req.path}`);
    const byPath = req.path.match(/^\/sites\/([^/:]+):(\/[^:]*?):?$/);
    if (byPath && req.method === 'GET') return this.siteByPath(byPath[1]!, decodeURIComponent(byPath[2]!));
    const site = [...this.sites.values()].find((s) => s.id === parts[1]);
    if (!site) return graphError(404, 'itemNotFound', 'The site was not found.');
    if (parts.length === 2) return ok(siteJson(site));
    if (parts[2] !== 'lists') return graphError(404, 'itemNotFound', `No route for ${req.path}`);
    if (parts.length === 3) return req.method === 'POST' ? this.createList(site, req.body) : ok({ value: [...site.lists.values()].map(listJson) });
    const list = site.lists.get(parts[3]!) ?? [...site.lists.values()].find((l) => l.displayName === parts[3]);
    if (!list) return graphError(404, 'itemNotFound', 'The list was not found.');
    if (parts.length === 4) return req.method === 'GET' ? ok(listJson(list)) : graphError(405, 'methodNotAllowed', 'Not supported');
    if (parts[4] === 'columns') return this.columns(list, req, parts[5]);
    if (parts[4] !== 'items') return graphError(404, 'itemNotFound', `No route for ${req.path}`);
    if (parts.length === 5) return req.method === 'POST' ? this.createItem(list, req.body) : this.queryItems(list, req);
    if (parts[5] === 'delta' && parts.length === 6) return this.delta(list, req);
    const item = list.items.get(parts[5]!);
    if (!item) return graphError(404, 'itemNotFound', 'The item was not found.');
    const ifMatch = req.headers['if-match'];
    if (ifMatch && ifMatch !== '*' && ifMatch !== eTagOf(item) && req.method !== 'GET') {
      return graphError(412, 'resourceModified', 'The eTag does not match the current version.');
    }
    if (parts.length === 6 && req.method === 'GET') return ok(itemJson(item, expandsFields(req.query), selectedFields(req.query)));
    if (parts.length === 6 && req.method === 'DELETE') return this.deleteItem(list, item);
    if (parts.length === 6 && req.method === 'PATCH') return this.updateFields(list, item, (req.body as { fields?: unknown })?.fields, false);
    if (parts[6] === 'fields' && req.method === 'PATCH') return this.updateFields(list, item, req.body, true);
    if (parts[6] === 'fields' && req.method === 'GET') return ok(fieldsJson(item));
    return graphError(405, 'methodNotAllowed', 'Not supported');
  }

  private siteByPath(hostname: string, path: string): EmulatorResponse {
    const key = `${hostname.toLowerCase()}:${path.replace(/\/$/, '').toLowerCase()}`;
    const site = this.sites.get(key);
    return site ? ok(siteJson(site)) : graphError(404, 'itemNotFound', 'Requested site could not be found');
  }

  private createList(site: Site, body: unknown): EmulatorResponse {
    const b = body as { displayName?: string; columns?: unknown[]; list?: { template?: string } };
    if (!b?.displayName) return graphError(400, 'invalidRequest', 'displayName is required');
    if ([...site.lists.values()].some((l) => l.displayName.toLowerCase() === b.displayName!.toLowerCase())) {
      return graphError(409, 'nameAlreadyExists', 'A list with this name already exists.');
    }
    const list: SpList = { id: randomUUID(), displayName: b.displayName, columns: [], items: new Map(), nextItemId: 1, seq: 0, epoch: 0, changes: [], unique: new Map() };
    for (const def of b.columns ?? []) {
      const column = parseColumn(def);
      if ('error' in column) return column.error;
      if (list.columns.some((c) => c.name === column.name)) return graphError(400, 'invalidRequest', `Duplicate column ${column.name}`);
      list.columns.push(column);
    }
    site.lists.set(list.id, list);
    return { status: 201, headers: {}, body: listJson(list) };
  }

  private columns(list: SpList, req: EmulatorRequest, columnId: string | undefined): EmulatorResponse {
    if (req.method === 'GET' && !columnId) return ok({ value: list.columns.map(columnJson) });
    if (req.method === 'POST' && !columnId) {
      const column = parseColumn(req.body);
      if ('error' in column) return column.error;
      if (list.columns.some((c) => c.name === column.name) || BUILT_IN_FIELDS.has(column.name)) {
        return graphError(409, 'nameAlreadyExists', `A column named ${column.name} already exists.`);
      }
      list.columns.push(column);
      return { status: 201, headers: {}, body: columnJson(column) };
    }
    const column = list.columns.find((c) => c.id === columnId || c.name === columnId);
    if (!column) return graphError(404, 'itemNotFound', 'The column was not found.');
    if (req.method === 'GET') return ok(columnJson(column));
    if (req.method === 'PATCH') {
      const b = req.body as Partial<Column>;
      if (typeof b.indexed === 'boolean') column.indexed = b.indexed;
      if (typeof b.enforceUniqueValues === 'boolean') {
        if (b.enforceUniqueValues && !column.indexed) return graphError(400, 'invalidRequest', 'enforceUniqueValues needs an indexed column');
        column.enforceUniqueValues = b.enforceUniqueValues;
        list.unique.delete(column.name);
      }
      if (typeof b.hidden === 'boolean') column.hidden = b.hidden;
      return ok(columnJson(column));
    }
    return graphError(405, 'methodNotAllowed', 'Not supported');
  }

  private validateFields(list: SpList, fields: unknown, except: Item | null): { ok: Record<string, unknown> } | { error: EmulatorResponse } {
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return { error: graphError(400, 'invalidRequest', 'fields must be an object') };
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
      if (name === 'Title') {
        if (value !== null && typeof value !== 'string') return { error: graphError(400, 'invalidRequest', 'Title must be text') };
        if (typeof value === 'string' && value.length > 255) return { error: graphError(400, 'invalidRequest', 'Title is longer than 255') };
        out[name] = value;
        continue;
      }
      const column = list.columns.find((c) => c.name === name);
      if (!column) return { error: graphError(400, 'invalidRequest', `Field '${name}' is not recognized`) };
      const problem = checkValue(column, value);
      if (problem) return { error: graphError(400, 'invalidRequest', `Field '${name}': ${problem}`) };
      out[name] = value;
    }
    for (const column of list.columns.filter((c) => c.enforceUniqueValues)) {
      const value = out[column.name];
      if (value === undefined || value === null || value === '') continue;
      const holder = uniqueIndex(list, column.name).get(value);
      if (holder !== undefined && holder !== except?.id) {
        return {
          error: graphError(409, 'nameAlreadyExists', `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${column.name}].`),
        };
      }
    }
    return { ok: out };
  }

  private createItem(list: SpList, body: unknown): EmulatorResponse {
    const checked = this.validateFields(list, (body as { fields?: unknown })?.fields, null);
    if ('error' in checked) return checked.error;
    const now = new Date().toISOString();
    const item: Item = { id: String(list.nextItemId++), fields: checked.ok, version: 1, guid: randomUUID(), createdDateTime: now, lastModifiedDateTime: now };
    list.items.set(item.id, item);
    indexUniqueValues(list, item, null);
    this.logChange(list, item.id, item);
    return { status: 201, headers: {}, body: itemJson(item, true) };
  }

  private updateFields(list: SpList, item: Item, fields: unknown, fieldsOnly: boolean): EmulatorResponse {
    const checked = this.validateFields(list, fields, item);
    if ('error' in checked) return checked.error;
    const before = { ...item.fields };
    item.fields = { ...item.fields, ...checked.ok };
    indexUniqueValues(list, item, before);
    item.version++;
    item.lastModifiedDateTime = new Date().toISOString();
    this.logChange(list, item.id, item);
    return ok(fieldsOnly ? fieldsJson(item) : itemJson(item, true));
  }

  private deleteItem(list: SpList, item: Item): EmulatorResponse {
    list.items.delete(item.id);
    indexUniqueValues(list, null, item.fields);
    this.logChange(list, item.id, null);
    return { status: 204, headers: {}, body: undefined };
  }

  private logChange(list: SpList, itemId: string, item: Item | null): void {
    list.seq++;
    list.changes.push({ seq: list.seq, itemId, snapshot: item ? structuredClone(item) : null });
  }

  private queryItems(list: SpList, req: EmulatorRequest): EmulatorResponse {
    let items = [...list.items.values()];
    const filter = req.query.get('$filter');
    if (filter) {
      const m = filter.match(/^fields\/(\w+)\s+eq\s+(?:'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)|(true|false))$/);
      if (!m) return graphError(400, 'invalidRequest', `Unsupported filter: ${filter}`);
      const column = list.columns.find((c) => c.name === m[1]);
      if (!column && m[1] !== 'Title') return graphError(400, 'invalidRequest', `Field '${m[1]}' is not recognized`);
      const honour = (req.headers['prefer'] ?? '').includes('HonorNonIndexedQueriesWarningMayFailRandomly');
      if (column && !column.indexed && (list.items.size > LIST_VIEW_THRESHOLD || !honour)) {
        return graphError(400, 'invalidRequest', `Field '${m[1]}' cannot be referenced in filter or orderby as it is not indexed.`);
      }
      const wanted = m[2] !== undefined ? m[2].replace(/''/g, "'") : m[3] !== undefined ? Number(m[3]) : m[4] === 'true';
      items = items.filter((i) => i.fields[m[1]!] === wanted);
    }
    const top = Math.min(Number(req.query.get('$top') ?? this.pageSize) || this.pageSize, 5000);
    const cursor = req.query.get('$skiptoken') ? decodeToken<PageCursor>(req.query.get('$skiptoken')!) : { off: 0 };
    if (!cursor) return graphError(400, 'invalidRequest', 'Bad skiptoken');
    const page = items.slice(cursor.off, cursor.off + top);
    const body: Record<string, unknown> = { value: page.map((i) => itemJson(i, expandsFields(req.query), selectedFields(req.query))) };
    if (cursor.off + top < items.length) {
      const next = new URLSearchParams(req.query);
      next.set('$skiptoken', encodeToken({ off: cursor.off + top }));
      body['@odata.nextLink'] = `${this.origin()}/v1.0${req.path}?${next.toString()}`;
    }
    return ok(body);
  }

  private idsInOrder(list: SpList): number[] {
    let known = this.orderedIds.get(list);
    if (known?.seq !== list.seq) {
      known = { seq: list.seq, ids: [...list.items.keys()].map(Number).sort((a, b) => a - b) };
      this.orderedIds.set(list, known);
    }
    return known.ids;
  }

  private deltaCursorOf(query: URLSearchParams): DeltaCursor | null {
    const skip = query.get('$skiptoken');
    if (skip) return decodeToken<DeltaCursor>(skip);
    const token = query.get('token');
    if (token && token !== 'latest') return decodeToken<DeltaCursor>(token);
    return null;
  }

  private delta(list: SpList, req: EmulatorRequest): EmulatorResponse {
    const base = `${this.origin()}/v1.0${req.path}`;
    const tokenParam = req.query.get('token');
    // Links keep the query's $expand (and its $select), as Graph's do.
    const expand = req.query.get('$expand');
    const keep = expand ? `&$expand=${encodeURIComponent(expand)}` : '';
    const select = selectedFields(req.query);
    const deltaLink = (seq: number) => `${base}?token=${encodeToken({ l: list.id, from: seq, to: seq, off: 0, full: false, e: list.epoch })}${keep}`;
    if (tokenParam === 'latest') return ok({ value: [], '@odata.deltaLink': deltaLink(list.seq) });
    let cursor: DeltaCursor;
    if (req.query.has('$skiptoken') || tokenParam) {
      const decoded = this.deltaCursorOf(req.query);
      if (!decoded || decoded.l !== list.id) return graphError(400, 'invalidRequest', 'The delta token is not valid for this list.');
      if (decoded.e < list.epoch) {
        return graphError(410, 'resyncChangesApplyDifferences', 'The delta token has expired; resync the list.', { Location: `${base}` });
      }
      cursor = tokenParam ? { ...decoded, to: list.seq, off: 0 } : decoded;
    } else {
      cursor = { l: list.id, from: 0, to: list.seq, off: 0, full: true, e: list.epoch };
    }
    const size = Number(req.query.get('$top') ?? this.pageSize) || this.pageSize;
    let entries: unknown[];
    let more: boolean;
    let nextOff: number;
    if (cursor.full) {
      // A full enumeration pages by item id, not by position, so deletions while paging skip nothing.
      const ids = this.idsInOrder(list);
      const from = firstAfter(ids, cursor.off, (id) => id);
      const page = ids.slice(from, from + size).map((id) => list.items.get(String(id))!);
      more = from + size < ids.length;
      nextOff = page.length ? Number(page[page.length - 1]!.id) : cursor.off;
      entries = page.map((i) => itemJson(i, true, select));
    } else {
      // The feed replays the change log, so an item changed twice appears twice: clients keep the last.
      const start = firstAfter(list.changes, cursor.from, (c) => c.seq);
      const changes = list.changes.slice(start).filter((c) => c.seq <= cursor.to);
      more = cursor.off + size < changes.length;
      nextOff = cursor.off + size;
      entries = changes
        .slice(cursor.off, cursor.off + size)
        .map((c) => (c.snapshot ? itemJson(c.snapshot, true, select) : { id: c.itemId, deleted: { state: 'deleted' } }));
    }
    const body: Record<string, unknown> = { value: entries };
    if (more) {
      body['@odata.nextLink'] = `${base}?$skiptoken=${encodeToken({ ...cursor, off: nextOff })}${keep}`;
    } else {
      body['@odata.deltaLink'] = deltaLink(cursor.to);
    }
    return ok(body);
  }
}

/** Value → item id for one unique column, built on first use (columns can become unique later). */
function uniqueIndex(list: SpList, column: string): Map<unknown, string> {
  let index = list.unique.get(column);
  if (!index) {
    index = new Map();
    for (const item of list.items.values()) {
      const v = item.fields[column];
      if (v !== undefined && v !== null && v !== '') index.set(v, item.id);
    }
    list.unique.set(column, index);
  }
  return index;
}

function indexUniqueValues(list: SpList, item: Item | null, before: Record<string, unknown> | null): void {
  for (const [column, index] of list.unique) {
    const old = before?.[column];
    if (old !== undefined && old !== null && old !== '') index.delete(old);
    const now = item?.fields[column];
    if (item && now !== undefined && now !== null && now !== '') index.set(now, item.id);
  }
}

/** The index of the first entry of `sorted` whose key is past `value`. */
function firstAfter<T>(sorted: T[], value: number, key: (entry: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ok = (body: unknown): EmulatorResponse => ({ status: 200, headers: {}, body });

function expandsFields(query: URLSearchParams): boolean {
  return /fields/.test(query.get('expand') ?? query.get('$expand') ?? '');
}

/** The fields `$expand=fields($select=a,b)` asks for; null when it asks for all of them. */
function selectedFields(query: URLSearchParams): string[] | null {
  const m = /fields\(\$select=([^)]*)\)/.exec(query.get('expand') ?? query.get('$expand') ?? '');
  return m ? m[1]!.split(',').map((f) => f.trim()).filter(Boolean) : null;
}

function parseColumn(def: unknown): Column | { error: EmulatorResponse } {
  const d = def as Record<string, unknown>;
  if (!d || typeof d.name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(d.name)) {
    return { error: graphError(400, 'invalidRequest', 'A column needs a valid name') };
  }
  const kinds = KINDS.filter((k) => d[k] !== undefined);
  if (kinds.length !== 1) return { error: graphError(400, 'invalidRequest', `Column ${d.name} needs exactly one type facet`) };
  const indexed = d.indexed === true;
  const enforceUniqueValues = d.enforceUniqueValues === true;
  if (enforceUniqueValues && !indexed) return { error: graphError(400, 'invalidRequest', 'enforceUniqueValues needs an indexed column') };
  const kind = kinds[0]!;
  const facet = (d[kind] ?? {}) as Record<string, unknown>;
  if (indexed && kind === 'text' && facet.allowMultipleLines) return { error: graphError(400, 'invalidRequest', 'A multi-line text column cannot be indexed') };
  return {
    id: randomUUID(),
    name: d.name,
    displayName: typeof d.displayName === 'string' ? d.displayName : d.name,
    kind,
    facet,
    indexed,
    enforceUniqueValues,
    hidden: d.hidden === true,
    required: d.required === true,
  };
}

function checkValue(column: Column, value: unknown): string | null {
  if (value === null) return column.required ? 'is required' : null;
  switch (column.kind) {
    case 'text':
      if (typeof value !== 'string') return 'must be text';
      if (!column.facet.allowMultipleLines && value.length > 255) return 'is longer than 255 characters';
      if (value.length > 63_999) return 'is longer than 63,999 characters';
      return null;
    case 'number':
    case 'currency':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be a boolean';
    case 'dateTime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? null : 'must be an ISO date-time';
    case 'choice': {
      const choices = (column.facet.choices as unknown[] | undefined) ?? [];
      if (typeof value !== 'string') return 'must be text';
      return choices.includes(value) || column.facet.allowTextEntry ? null : `'${value}' is not one of the choices`;
    }
  }
}

const eTagOf = (item: Item) => `"${item.guid},${item.version}"`;

function fieldsJson(item: Item, select: string[] | null = null): Record<string, unknown> {
  const all: Record<string, unknown> = { ...item.fields, Created: item.createdDateTime, Modified: item.lastModifiedDateTime };
  const fields = select ? Object.fromEntries(select.filter((f) => f in all).map((f) => [f, all[f]])) : all;
  return { '@odata.etag': eTagOf(item), id: item.id, ...fields };
}

function itemJson(item: Item, withFields: boolean, select: string[] | null = null): Record<string, unknown> {
  const json: Record<string, unknown> = {
    '@odata.etag': eTagOf(item),
    id: item.id,
    eTag: eTagOf(item),
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
  };
  if (withFields) json.fields = fieldsJson(item, select);
  return json;
}

function siteJson(site: Site) {
  return { id: site.id, name: site.path.split('/').pop(), webUrl: `https://${site.hostname}${site.path}` };
}

function listJson(list: SpList) {
  return { id: list.id, displayName: list.displayName, name: list.displayName, list: { template: 'genericList' } };
}

function columnJson(c: Column) {
  return {
    id: c.id,
    name: c.name,
    displayName: c.displayName,
    indexed: c.indexed,
    enforceUniqueValues: c.enforceUniqueValues,
    hidden: c.hidden,
    required: c.required,
    [c.kind]: c.facet,
  };
}
