/**
 * The store's tables as a person reads them in a spreadsheet. Amounts are in currency units
 * (71200, not 7120000 minor units), a client's name stands beside its id and a deal's title beside
 * its id, and a deal's lines and stage steps are sheets of their own, a row each: the raw records
 * had one cell of JSON for them, which no one could sort or sum.
 */
import type { ExportTable } from '../domain/dataPorts';
import type { EmailParticipant } from '../domain/model/HistoryEntry';
import { minorDigits } from '../domain/model/Money';
import type { Sheet } from './tabularFiles';

type Flat = Record<string, string | number | null>;
type Row = Record<string, unknown>;

/** One spreadsheet row per record: nested fields become "address.city", lists are joined with "; ". */
function flatten(value: unknown, prefix = '', into: Flat = {}): Flat {
  if (value === null || value === undefined) {
    if (prefix) into[prefix] = null;
  } else if (Array.isArray(value)) {
    into[prefix] = value.every((v) => typeof v !== 'object' || v === null)
      ? value.join('; ')
      : value.map((v) => (v && typeof v === 'object' && 'email' in v ? `${(v as EmailParticipant).name} <${(v as EmailParticipant).email}>` : JSON.stringify(v))).join('; ');
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  } else if (typeof value === 'number') {
    into[prefix] = value;
  } else {
    into[prefix] = String(value);
  }
  return into;
}

function sheetOf(name: string, records: readonly object[]): Sheet {
  const flats = records.map((r) => flatten(r));
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const f of flats) {
    for (const k of Object.keys(f)) {
      if (seen.has(k)) continue;
      seen.add(k);
      headers.push(k);
    }
  }
  // A part some records lack (a deal's refusal is null until it is refused) would be an empty column beside its own fields.
  const kept = headers.filter((h) => !headers.some((other) => other.startsWith(`${h}.`)));
  return { name, headers: kept, rows: flats.map((f) => kept.map((h) => f[h] ?? null)) };
}

/** The record with every "…Minor" amount in units of `currency` under its name without "Minor", and a name beside each id it links to. */
function readable(record: Row, currency: unknown, names: { clients: Map<string, string>; deals: Map<string, string> }): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(record)) {
    if (key.endsWith('Minor') && typeof value === 'number' && typeof currency === 'string') {
      row[key.slice(0, -'Minor'.length)] = value / 10 ** minorDigits(currency);
      continue;
    }
    row[key] = value;
    if (key === 'clientId' && typeof value === 'string') row.client = names.clients.get(value) ?? '';
    if (key === 'dealId' && typeof value === 'string') row.deal = names.deals.get(value) ?? '';
  }
  return row;
}

type Deal = Row & { id: string; title: string; currency: string; lines?: Row[]; stageHistory?: Row[] };

/** The sheets of the tables asked for; deals bring their lines and stage steps as two more. */
export async function exportSheets(tables: readonly ExportTable[], allOf: (table: ExportTable) => Promise<{ id: string }[]>): Promise<Sheet[]> {
  const [clients, deals] = (await Promise.all([allOf('clients'), allOf('deals')])) as [(Row & { id: string; name: string })[], Deal[]];
  const names = { clients: new Map(clients.map((c) => [c.id, c.name])), deals: new Map(deals.map((d) => [d.id, d.title])) };
  const sheets: Sheet[] = [];
  for (const table of tables) {
    const records = (table === 'clients' ? clients : table === 'deals' ? deals : await allOf(table)) as Row[];
    if (table !== 'deals') {
      sheets.push(sheetOf(table, records.map((r) => readable(r, r.currency, names))));
      continue;
    }
    const dealRows = deals.map(({ lines: _lines, stageHistory: _steps, ...deal }) => readable(deal, deal.currency, names));
    const part = (d: Deal, items: Row[] | undefined) => (items ?? []).map((item) => readable({ dealId: d.id, ...item }, d.currency, names));
    sheets.push(
      sheetOf('deals', dealRows),
      sheetOf('deal-lines', deals.flatMap((d) => part(d, d.lines))),
      sheetOf('deal-stages', deals.flatMap((d) => part(d, d.stageHistory))),
    );
  }
  return sheets;
}
