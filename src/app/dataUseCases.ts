/**
 * The data a team brings and takes: import of clients and contacts from CSV or .xlsx, export of
 * the store's tables, everything about one person as one file (a data-subject request), and
 * erasing one person everywhere, recorded in the audit log.
 */
import { exportTables, type Erasure, type ExportTable } from '../domain/dataPorts';
import { guessMapping, importFields, ImportPlanner, type ColumnMapping, type ImportChunk, type RowOutcome, type WarnedRow } from '../domain/rules/planImport';
import type { AppDeps } from './AppDeps';
import { ImportStoppedError, type ImportResumePoint } from './ImportStoppedError';
import { erasePerson, planErasure } from './erasePerson';
import { exportSheets } from './exportSheets';
import { personData } from './personData';
import { personRecords, type Change } from './personRecords';
import { readTable, toCsv, toXlsx, type Table } from './tabularFiles';

// The import screen maps columns to these fields; it sees them through here, not the domain rule.
export type { ColumnMapping, ImportField, RowWarning, SkipReason } from '../domain/rules/planImport';
export type { Table } from './tabularFiles';
export { UnreadableFileError } from './tabularFiles';
export { ImportStoppedError } from './ImportStoppedError';
export { exportTables, type ExportTable } from '../domain/dataPorts';

/** Rows checked, or records written, between two yields to the pane: small enough to keep typing and scrolling smooth. */
const CHUNK = 500;

/** Lets the browser paint and handle input between chunks of a long import. */
const yieldToPane = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Checking counts rows checked; writing counts rows imported (a chunk of rows is written whole or not at all). */
export type ImportProgress = { phase: 'checking' | 'writing'; done: number; total: number };

export type ImportReport = {
  created: number;
  merged: number;
  skipped: Extract<RowOutcome, { kind: 'skipped' }>[];
  /** Rows imported as read that the user should look at, in file order. */
  warned: WarnedRow[];
  /** Every row's outcome, in file order (the preview shows the first ones). */
  outcomes: RowOutcome[];
  clientsWritten: number;
  contactsWritten: number;
};

export type ExportFormat = 'csv' | 'xlsx';
export type ExportFile = { fileName: string; mimeType: string; content: string | ArrayBuffer };

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function plan(deps: AppDeps, table: Table, mapping: ColumnMapping, onProgress?: (p: ImportProgress) => void): Promise<ImportPlanner> {
  const [existingClients, existingContacts, referenceItems] = await Promise.all([deps.data.allClients(), deps.data.allContacts(), deps.store.referenceItems()]);
  const planner = new ImportPlanner(mapping, {
    existingClients,
    existingContacts,
    referenceItems,
    date1904: table.date1904,
    cellsPerRow: table.cellsPerRow,
    owner: deps.mailHost.userProfile().email.toLowerCase(),
    now: deps.clock.now().toISOString(),
    newId: () => deps.ids.newId(),
  });
  for (let start = 0; start < table.rows.length; start += CHUNK) {
    // Numbered as the spreadsheet shows them: the header above, blank rows counted.
    table.rows.slice(start, start + CHUNK).forEach((row, i) => planner.addRow(row, table.rowNumbers[start + i] ?? start + i + 2));
    onProgress?.({ phase: 'checking', done: Math.min(start + CHUNK, table.rows.length), total: table.rows.length });
    await yieldToPane();
  }
  return planner;
}

function report(planner: ImportPlanner, written: { clients: number; contacts: number }): ImportReport {
  const { created, merged, skipped, warned } = planner.summary();
  return { created, merged, skipped, warned, outcomes: planner.outcomes, clientsWritten: written.clients, contactsWritten: written.contacts };
}

async function runImport(deps: AppDeps, table: Table, mapping: ColumnMapping, onProgress?: (p: ImportProgress) => void): Promise<ImportReport> {
  const planner = await plan(deps, table, mapping, onProgress);
  const chunks = planner.changesByRows(CHUNK);
  const written = { clients: chunks.reduce((n, c) => n + c.clients.length, 0), contacts: chunks.reduce((n, c) => n + c.contacts.length, 0) };
  return write(deps, { chunks, next: 0, report: report(planner, written) }, onProgress);
}

/** Writes the chunks from the resume point on, a chunk of rows per transaction; a failed chunk stops the import with ImportStoppedError. */
async function write(deps: AppDeps, point: ImportResumePoint, onProgress?: (p: ImportProgress) => void): Promise<ImportReport> {
  const { chunks } = point;
  const rowsOf = (list: readonly ImportChunk[]) => list.reduce((n, c) => n + c.rows, 0);
  const total = rowsOf(chunks);
  let done = rowsOf(chunks.slice(0, point.next));
  onProgress?.({ phase: 'writing', done, total });
  for (const [next, chunk] of chunks.entries()) {
    if (next < point.next) continue;
    try {
      if (chunk.clients.length || chunk.contacts.length) await deps.data.importChunk(chunk.clients, chunk.contacts);
    } catch (error) {
      throw new ImportStoppedError(done, total, { ...point, next }, error);
    }
    done += chunk.rows;
    onProgress?.({ phase: 'writing', done, total });
    await yieldToPane();
  }
  return point.report;
}

async function exportData(deps: AppDeps, format: ExportFormat, tables: readonly ExportTable[] = exportTables): Promise<ExportFile[]> {
  const sheets = await exportSheets(tables, (t) => deps.data.allOf(t));
  const stamp = deps.clock.now().toISOString().slice(0, 10);
  if (format === 'xlsx') return [{ fileName: `clientbook-${stamp}.xlsx`, mimeType: XLSX_MIME, content: await toXlsx(sheets) }];
  return Promise.all(sheets.map(async (s) => ({ fileName: `clientbook-${s.name}-${stamp}.csv`, mimeType: 'text/csv;charset=utf-8', content: await toCsv(s) })));
}

/** The records of several lists, each once (the first seen): the person's own and those the erasure touches overlap. */
function byId<T extends { id: string }>(...lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  return lists.flat().filter((r) => {
    if (seen.has(r.id)) return false;
    seen.add(r.id);
    return true;
  });
}

/**
 * Everything Clientbook holds about one person, as one file: their contacts and clients, the
 * history and mailings that involve them, and every record erasing them would change (found by
 * personRecords, as the erasure finds them), as it is now.
 */
async function subjectExport(deps: AppDeps, email: string): Promise<ExportFile> {
  const person = await personData(deps, email);
  const now = deps.clock.now().toISOString();
  const records = await personRecords(deps, person, now);
  const before = <T>(changes: readonly Change<T>[]) => changes.map((c) => c.before);
  const document = {
    exportedAt: now,
    exportedBy: deps.mailHost.userProfile().email.toLowerCase(),
    person: person.address,
    contacts: person.contacts,
    clients: byId(person.clients, before(records.clients)),
    history: byId(person.history, before(records.history)),
    plannedContacts: before(records.plannedContacts),
    deals: before(records.deals),
    serviceCases: before(records.serviceCases),
    invoices: before(records.invoices),
    payments: before(records.payments),
    campaigns: before(records.campaigns),
    mailings: person.mailings,
  };
  const safe = person.address.replace(/[^a-z0-9.@-]/g, '_');
  return { fileName: `clientbook-person-${safe}-${now.slice(0, 10)}.json`, mimeType: 'application/json', content: JSON.stringify(document, null, 2) };
}

/**
 * What an erasure changes, as the confirmation and then its result say it: contacts, history
 * entries, personal client cards, and the other records whose text names the person. (The audit's
 * recordsRewritten also counts history entries that only named them, already under history here.)
 */
function erasureCounts({ audit, redactedHistory, rewritten, updatedClients }: Erasure) {
  const otherRecords = Object.values(rewritten).reduce((n, records) => n + records.length, 0) + updatedClients.length - audit.clientsErased;
  return { contacts: audit.contactsErased, history: redactedHistory.length, clients: audit.clientsErased, otherRecords };
}

export function dataUseCases(deps: AppDeps) {
  return {
    readTable: (name: string, bytes: ArrayBuffer) => readTable(name, bytes),
    importFields,
    exportTables,
    guessMapping,
    /** Checks every row without writing anything: what the import would create, merge and skip. */
    previewImport: async (table: Table, mapping: ColumnMapping, onProgress?: (p: ImportProgress) => void) => report(await plan(deps, table, mapping, onProgress), { clients: 0, contacts: 0 }),
    runImport: (table: Table, mapping: ColumnMapping, onProgress?: (p: ImportProgress) => void) => runImport(deps, table, mapping, onProgress),
    /** Goes on with an import that stopped, from the first row it did not write; resolves with the whole import's report. */
    continueImport: (stopped: ImportStoppedError, onProgress?: (p: ImportProgress) => void) => write(deps, stopped.resumePoint, onProgress),
    exportData: (format: ExportFormat, tables?: readonly ExportTable[]) => exportData(deps, format, tables),
    subjectExport: (email: string) => subjectExport(deps, email),
    /** Whom the address names and how many records erasing them would change, for the confirmation. */
    erasurePreview: async (email: string) => {
      const person = await personData(deps, email);
      const counts = erasureCounts(await planErasure(deps, person, ''));
      const clientName = new Map(person.clients.map((c) => [c.id, c.name]));
      // The contact records the address is on, so a mistyped address that is someone else's shows as them.
      const people = person.contacts.map((c) => ({ name: c.name, client: clientName.get(c.clientId) ?? '' }));
      return { address: person.address, people, ...counts };
    },
    /** Erases the person everywhere: the audit entry, and the counts as the confirmation gave them. */
    erasePerson: async (email: string, reference: string) => {
      const erasure = await erasePerson(deps, email, reference);
      return { audit: erasure.audit, counts: erasureCounts(erasure) };
    },
    auditEntries: () => deps.data.auditEntries(),
  };
}
