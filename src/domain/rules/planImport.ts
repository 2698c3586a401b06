/**
 * Turns rows of a spreadsheet into clients and contacts: each row is checked on its own (bad
 * email, unknown picklist value, unreadable date, a CSV row with more or fewer cells than its
 * header) and matched against what the store and the earlier rows hold — by email to a contact,
 * by domain or name to a client — so duplicates merge instead of doubling. Pure: the caller feeds
 * rows in chunks and writes what `changesByRows()` returns.
 */
import { clientStatuses, type Client, type ClientStatus } from '../model/Client';
import type { Contact } from '../model/Contact';
import { parseEmailAddress } from '../model/EmailAddress';
import type { ReferenceItem, ReferenceList } from '../model/ReferenceItem';
import { excelSerialToDate } from './excelDate';
import { isFreeMailDomain } from './freeMailDomains';
import type { ColumnMapping, ImportField } from './guessMapping';

export { guessMapping, importFields, type ColumnMapping, type ImportField } from './guessMapping';

/** A cell as the file reader gives it: text, a number, a date (xlsx date cells) or nothing. */
export type Cell = string | number | Date | null;

export type SkipReason =
  | { kind: 'invalid-email'; value: string }
  | { kind: 'unknown-value'; field: ImportField; value: string }
  | { kind: 'invalid-date'; value: string }
  | { kind: 'invalid-domain'; value: string }
  /** A CSV row with values past the header's columns: a value holds the separator unquoted, so the values after it are one column off. */
  | { kind: 'extra-cells'; cells: number; columns: number }
  | { kind: 'empty' };

/** A row imported as read that the user should look at. */
export type RowWarning =
  /** A CSV row with fewer cells than the header: read as if its last cells were empty (Excel leaves trailing empty cells out of some rows), but a value missing in the middle would put the ones after it a column off. */
  { kind: 'missing-cells'; cells: number; columns: number };

export type RowOutcome =
  | { row: number; kind: 'created'; clientName: string; warning?: RowWarning }
  | { row: number; kind: 'merged'; clientName: string; warning?: RowWarning }
  | { row: number; kind: 'skipped'; reason: SkipReason };

/** The records some consecutive rows of the file create or change, and how many rows those are. */
export type ImportChunk = { rows: number; clients: Client[]; contacts: Contact[] };

/** A row that was (or would be) imported with a warning. */
export type WarnedRow = { row: number; warning: RowWarning };

export type ImportContext = {
  existingClients: Client[];
  existingContacts: Contact[];
  referenceItems: ReferenceItem[];
  /** Workbooks in the 1904 date system; CSV files are read as 1900. */
  date1904: boolean;
  /** CSV: the cells each row must have (the header's named columns); null for a workbook, whose cells keep their columns. */
  cellsPerRow: number | null;
  owner: string;
  now: string;
  newId: () => string;
};

const picklists: Partial<Record<ImportField, ReferenceList>> = { region: 'region', industry: 'industry', leadSource: 'leadSource' };

function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

const normaliseDomain = (raw: string) =>
  raw.trim().toLowerCase().replace(/^@/, '').replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/[/?#].*$/, '');

function dateOf(cell: Cell | undefined, date1904: boolean): string | null | 'invalid' {
  if (cell === null || cell === undefined || cell === '') return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'invalid' : cell.toISOString();
  if (typeof cell === 'number') return excelSerialToDate(cell, date1904).toISOString();
  const t = cell.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t); // dd.mm.yyyy, as Ukrainian and European exports write it
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : [];
  if (!y || !m || !d) return 'invalid';
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? date.toISOString() : 'invalid';
}

export class ImportPlanner {
  private readonly contactByEmail = new Map<string, Contact>();
  private readonly clientByDomain = new Map<string, Client>();
  private readonly clientByName = new Map<string, Client>();
  private readonly clientById = new Map<string, Client>();
  private readonly changedClients = new Map<string, Client>();
  private readonly changedContacts = new Map<string, Contact>();
  /** The row (index in the order fed) that first changed each client or contact: the record is written with that row's chunk. */
  private readonly firstRow = new Map<string, number>();
  /** Contacts by `${clientId}\u0000${lower-case name}`, so rows without an email merge too. */
  private readonly contactByName = new Map<string, Contact>();
  private readonly picklistCodes = new Map<ReferenceList, Map<string, string>>();
  readonly outcomes: RowOutcome[] = [];

  constructor(
    private readonly mapping: ColumnMapping,
    private readonly context: ImportContext,
  ) {
    for (const c of context.existingClients) this.index(c);
    for (const c of context.existingContacts) {
      for (const e of c.emails) this.contactByEmail.set(e, c);
      // A contact person an earlier import wrote from a row without an email is found again the same way.
      const byName = this.nameKey(c.clientId, c.name);
      if (c.name && !this.contactByName.has(byName)) this.contactByName.set(byName, c);
    }
    for (const item of context.referenceItems) {
      if (item.archived) continue;
      const codes = this.picklistCodes.get(item.list) ?? new Map<string, string>();
      for (const key of [item.code, item.labels.en, item.labels.uk]) codes.set(key.trim().toLowerCase(), item.code);
      this.picklistCodes.set(item.list, codes);
    }
  }

  private index(client: Client) {
    this.clientById.set(client.id, client);
    for (const d of client.domains) if (!this.clientByDomain.has(d)) this.clientByDomain.set(d, client);
    const name = client.name.trim().toLowerCase();
    if (name && !this.clientByName.has(name)) this.clientByName.set(name, client);
  }

  private cell(row: readonly Cell[], field: ImportField): Cell | undefined {
    const i = this.mapping[field];
    return i === undefined ? undefined : row[i];
  }

  /** Checks and places one row (1-based row number as the user sees it in the file). */
  addRow(row: readonly Cell[], rowNumber: number): RowOutcome {
    const placed = this.place(row, rowNumber);
    const columns = this.context.cellsPerRow;
    const outcome = placed.kind !== 'skipped' && columns !== null && row.length < columns ? { ...placed, warning: { kind: 'missing-cells' as const, cells: row.length, columns } } : placed;
    this.outcomes.push(outcome);
    return outcome;
  }

  private place(row: readonly Cell[], rowNumber: number): RowOutcome {
    const get = (f: ImportField) => text(this.cell(row, f));
    const skip = (reason: SkipReason): RowOutcome => ({ row: rowNumber, kind: 'skipped', reason });

    // Values past the header's last column mean a separator too many, most often an unquoted ";"
    // or "," inside a value ("Kyiv; Podil"): every value after it is a column off, a city in Notes,
    // a phone in Email, and nothing says which. Skipped, not guessed at. Empty cells past the
    // header are only a trailing separator. (Too few cells are read, with a warning: see addRow.)
    const columns = this.context.cellsPerRow;
    if (columns !== null) {
      const filled = row.reduce<number>((n, cell, i) => (text(cell) ? i + 1 : n), 0);
      if (filled > columns) return skip({ kind: 'extra-cells', cells: filled, columns });
    }

    const rawEmail = get('email');
    let email = '';
    if (rawEmail) {
      const parsed = parseEmailAddress(rawEmail);
      if (!parsed.ok) return skip({ kind: 'invalid-email', value: rawEmail });
      email = parsed.value.address;
    }
    const codes: Partial<Record<ImportField, string>> = {};
    for (const [field, list] of Object.entries(picklists) as [ImportField, ReferenceList][]) {
      const value = get(field);
      if (!value) continue;
      const code = this.picklistCodes.get(list)?.get(value.toLowerCase());
      if (!code) return skip({ kind: 'unknown-value', field, value });
      codes[field] = code;
    }
    const statusText = get('status').toLowerCase();
    let status: ClientStatus | undefined;
    if (statusText) {
      status = clientStatuses.find((s) => s === statusText);
      if (!status) return skip({ kind: 'unknown-value', field: 'status', value: get('status') });
    }
    const since = dateOf(this.cell(row, 'clientSince'), this.context.date1904);
    if (since === 'invalid') return skip({ kind: 'invalid-date', value: get('clientSince') });
    const explicitDomains = [get('domain'), get('website')].filter(Boolean).map(normaliseDomain);
    const badDomain = explicitDomains.find((d) => !parseEmailAddress(`x@${d}`).ok);
    if (badDomain !== undefined) return skip({ kind: 'invalid-domain', value: badDomain });
    const emailDomain = email ? email.slice(email.indexOf('@') + 1) : '';
    const domains = [...new Set([...explicitDomains, ...(emailDomain && !isFreeMailDomain(emailDomain) ? [emailDomain] : [])])];
    const name = get('clientName');
    const contactName = get('contactName');
    if (!name && !email && !domains.length) return skip({ kind: 'empty' });

    const byEmail = email ? this.contactByEmail.get(email) : undefined;
    const found =
      (byEmail && this.current(byEmail.clientId)) ??
      domains.map((d) => this.clientByDomain.get(d)).find((c) => c !== undefined) ??
      (name ? this.clientByName.get(name.toLowerCase()) : undefined);
    // The indexes keep the first version of a client; an earlier row may have changed it since.
    let client = found && this.current(found.id);
    const merged = client !== undefined;
    const { now } = this.context;
    if (!client) {
      client = {
        id: this.context.newId(),
        name: name || contactName || domains[0] || email,
        status: status ?? 'lead',
        address: { street: get('street'), city: get('city'), postalCode: get('postalCode'), country: get('country') },
        phone: get('clientPhone'),
        website: get('website'),
        region: codes.region ?? '',
        industry: codes.industry ?? '',
        leadSource: codes.leadSource ?? '',
        trigger: '',
        impression: null,
        purchaseProbability: null,
        domains,
        owner: this.context.owner,
        mailingConsent: 'unknown',
        notes: get('notes'),
        createdAt: since ?? now,
        updatedAt: now,
      };
    } else {
      // Merging fills what the card lacks and adds domains; it never overwrites what a manager typed.
      const c: Client = client;
      const fill = (current: string, value: string | undefined) => current || value || '';
      client = {
        ...c,
        phone: fill(c.phone, get('clientPhone')),
        website: fill(c.website, get('website')),
        region: fill(c.region, codes.region),
        industry: fill(c.industry, codes.industry),
        leadSource: fill(c.leadSource, codes.leadSource),
        address: {
          street: fill(c.address.street, get('street')),
          city: fill(c.address.city, get('city')),
          postalCode: fill(c.address.postalCode, get('postalCode')),
          country: fill(c.address.country, get('country')),
        },
        notes: fill(c.notes, get('notes')),
        domains: [...new Set([...c.domains, ...domains])],
        updatedAt: now,
      };
    }
    this.changed(this.changedClients, client);
    this.index(client);

    if (email || contactName) {
      const phone = get('contactPhone');
      const existing = byEmail ?? (contactName && !email ? this.contactNamed(client.id, contactName) : undefined);
      const contact: Contact = existing
        ? {
            ...existing,
            name: existing.name || contactName,
            position: existing.position || get('position'),
            phones: phone && !existing.phones.includes(phone) ? [...existing.phones, phone] : existing.phones,
            updatedAt: now,
          }
        : { id: this.context.newId(), clientId: client.id, name: contactName, position: get('position'), emails: email ? [email] : [], phones: phone ? [phone] : [], createdAt: now, updatedAt: now };
      this.changed(this.changedContacts, contact);
      for (const e of contact.emails) this.contactByEmail.set(e, contact);
      if (contact.name) this.contactByName.set(this.nameKey(client.id, contact.name), contact);
      return { row: rowNumber, kind: merged || existing ? 'merged' : 'created', clientName: client.name };
    }
    return { row: rowNumber, kind: merged ? 'merged' : 'created', clientName: client.name };
  }

  private changed<T extends { id: string }>(records: Map<string, T>, record: T) {
    // Called while placing a row, before its outcome is pushed: the outcomes so far number it.
    if (!this.firstRow.has(record.id)) this.firstRow.set(record.id, this.outcomes.length);
    records.set(record.id, record);
  }

  private current(clientId: string): Client | undefined {
    return this.changedClients.get(clientId) ?? this.clientById.get(clientId);
  }

  private nameKey(clientId: string, name: string): string {
    return `${clientId}\u0000${name.toLowerCase()}`;
  }

  private contactNamed(clientId: string, name: string): Contact | undefined {
    return this.contactByName.get(this.nameKey(clientId, name));
  }

  /**
   * Every client and contact created or changed, ready to write, in chunks of `rows` rows in file
   * order: each record, as the last row left it, in the chunk of the first row that changed it. A
   * contact's client is in the contact's chunk or an earlier one, so the chunks can be written one
   * by one, and a chunk written means its rows are imported whole.
   */
  changesByRows(rows: number): ImportChunk[] {
    const total = this.outcomes.length;
    const chunks = Array.from({ length: Math.ceil(total / rows) }, (_, i): ImportChunk => ({ rows: Math.min(rows, total - i * rows), clients: [], contacts: [] }));
    const chunkOf = (id: string) => chunks[Math.floor((this.firstRow.get(id) ?? 0) / rows)];
    for (const client of this.changedClients.values()) chunkOf(client.id)?.clients.push(client);
    for (const contact of this.changedContacts.values()) chunkOf(contact.id)?.contacts.push(contact);
    return chunks;
  }

  summary() {
    const count = (k: RowOutcome['kind']) => this.outcomes.filter((o) => o.kind === k).length;
    const warned: WarnedRow[] = [];
    for (const o of this.outcomes) if (o.kind !== 'skipped' && o.warning) warned.push({ row: o.row, warning: o.warning });
    return { created: count('created'), merged: count('merged'), skipped: this.outcomes.filter((o): o is Extract<RowOutcome, { kind: 'skipped' }> => o.kind === 'skipped'), warned };
  }
}
