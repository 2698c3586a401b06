/**
 * Reading and writing spreadsheets. papaparse reads CSV (BOM, semicolons or commas, quoted
 * newlines); exceljs reads and writes .xlsx, including the 1904 date system of old Mac workbooks.
 * Both are loaded only when a file is imported or exported: the pane's first load never carries them.
 */
import type { Cell } from '../domain/rules/planImport';

export type Table = {
  headers: string[];
  rows: Cell[][];
  /** Each row's number as a spreadsheet shows it: blank rows are left out of `rows` but keep their place. */
  rowNumbers: number[];
  /**
   * CSV: the cells every row must have, up to the header's last named column; a row with fewer, or
   * with values past them, lost or gained a separator. Null for a workbook, whose cells keep their columns.
   */
  cellsPerRow: number | null;
  date1904: boolean;
};

/** Why a file cannot be imported, for the pane to say in the user's language. */
export type UnreadableReason =
  | 'not-text'
  | 'not-xlsx'
  | 'no-sheet'
  | 'no-header'
  | 'no-rows'
  | 'unclosed-quote'
  | 'stray-quote'
  | 'mixed-separators'
  | 'one-column';

/** Where in a CSV file something is wrong: the row as a spreadsheet numbers it, and the line of the text (a quoted value may span lines). */
export type FileSpot = { row: number; line: number };

/** A CSV read as one column: the separator its header holds, and the one its rows use when that is another. */
export type SeparatorClash = { header: string; rows?: string };

export class UnreadableFileError extends Error {
  /** Where the fault starts, when it is one place in the file. */
  readonly at: FileSpot | undefined;
  /** The separators a CSV read as one column holds. */
  readonly separators: SeparatorClash | undefined;

  constructor(
    readonly reason: UnreadableReason,
    message: string,
    options?: { cause?: unknown; at?: FileSpot; separators?: SeparatorClash },
  ) {
    super(message, options);
    this.name = 'UnreadableFileError';
    this.at = options?.at;
    this.separators = options?.separators;
  }
}

/** Text files hold no NUL characters; a workbook, PDF or image renamed .csv does, early on. */
const looksBinary = (text: string) => text.slice(0, 4096).includes('\u0000');

/**
 * UTF-16 by its byte-order mark (Excel's "Unicode Text"); UTF-8 (with or without BOM) when the bytes
 * are valid UTF-8; else Windows-1251, what Excel in Ukraine saves as "CSV".
 */
function decodeText(bytes: ArrayBuffer): string {
  const [first, second] = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  if (first === 0xff && second === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (first === 0xfe && second === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

const SEPARATORS = [',', ';', '\t', '|'] as const;

const headerLine = (text: string) => text.split(/\r\n|\r|\n/).find((line) => line.trim()) ?? '';

/** The separator the first non-blank line uses most; a comma when it has none (a one-column file). */
function headerSeparator(text: string): string {
  const header = headerLine(text);
  const uses = (sep: string) => header.split(sep).length - 1;
  return SEPARATORS.reduce<string>((best, sep) => (uses(sep) > uses(best) ? sep : best), ',');
}

/** The separator, other than `but`, that `texts` hold most; undefined when they hold none. */
function mostUsedSeparator(texts: readonly string[], but: string): string | undefined {
  const uses = (sep: string) => texts.reduce((n, t) => n + t.split(sep).length - 1, 0);
  return SEPARATORS.filter((sep) => sep !== but).reduce<string | undefined>((best, sep) => (uses(sep) > (best === undefined ? 0 : uses(best)) ? sep : best), undefined);
}

/**
 * A header or its rows read as one column though they hold a separator: the header and the rows use
 * different ones (a header with commas over rows with semicolons), or the header's was not taken. Mapping
 * such a file would offer one column named "Company,Contact,Email"; it is refused, saying why. A
 * quoted header may hold a separator in its one name.
 */
function separatorClash(header: readonly string[], rows: readonly string[][], delimiter: string, headerLine: string): SeparatorClash | undefined {
  if (headerLine.includes('"')) return undefined;
  const sample = rows.slice(0, 20);
  const named = header.filter((h) => h.trim()).length;
  if (named > 1) {
    // The header split, its rows not: each one cell that another separator splits into the header's columns
    // (a company name with a comma in a file of semicolons is not that).
    const inRows = sample.every((cells) => cells.length === 1) ? mostUsedSeparator(sample.map((cells) => cells.join('')), delimiter) : undefined;
    return inRows && sample.every((cells) => cells.join('').split(inRows).length === named) ? { header: delimiter, rows: inRows } : undefined;
  }
  const inHeader = header[0] ? mostUsedSeparator([header[0]], delimiter) : undefined;
  if (!inHeader) return undefined;
  // Rows split by the separator read, or, read as one cell each, holding another.
  const split = sample.filter((cells) => cells.length > 1).length * 2 > sample.length;
  const inRows = split ? delimiter : mostUsedSeparator(sample.map((cells) => cells.join('')), inHeader);
  return inRows && inRows !== inHeader ? { header: inHeader, rows: inRows } : { header: inHeader };
}

async function readCsv(bytes: ArrayBuffer): Promise<Table> {
  const { default: Papa } = await import('papaparse');
  const text = decodeText(bytes);
  if (looksBinary(text)) throw new UnreadableFileError('not-text', 'The file is not CSV text.');
  // The separator is guessed from the first rows without the blank ones (a trailing newline would
  // make a one-row file look inconsistent). The file is then read with blank rows kept, and they are
  // dropped below, so every row keeps the number a spreadsheet gives it.
  const guess = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [...SEPARATORS], preview: 10 });
  // A broken quote in the first rows leaves no separator with a steady count: the header's then.
  const delimiter = guess.errors.some((e) => e.code === 'UndetectableDelimiter') ? headerSeparator(text) : guess.meta.delimiter;
  const parsed = Papa.parse<string[]>(text, { delimiter });
  // A quote that is never closed, or closed mid-value ("Acme" Ltd), swallows the rows after it into
  // one cell: the file is refused, saying where, rather than read as a garbled row.
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) {
    // papaparse counts rows from 0 (the header) and points just past the value's opening quote.
    const opening = Math.max(0, (quote.index ?? 1) - 1);
    const at = { row: (quote.row ?? 0) + 1, line: text.slice(0, opening).split(parsed.meta.linebreak || '\n').length };
    const unclosed = quote.code === 'MissingQuotes';
    throw new UnreadableFileError(unclosed ? 'unclosed-quote' : 'stray-quote', `${unclosed ? 'A quote is never closed' : 'A quoted value goes on after its closing quote'} in row ${at.row} (line ${at.line}).`, { at });
  }
  const numbered = parsed.data.map((cells, i) => ({ cells, number: i + 1 })).filter(({ cells }) => !isBlank(cells));
  const [header, ...rows] = numbered;
  if (!header) throw new UnreadableFileError('no-header', 'The file has no header row.');
  if (!rows.length) throw new UnreadableFileError('no-rows', 'The file has no rows under its header.');
  const headers = header.cells.map((h) => h.trim());
  const clash = separatorClash(headers, rows.map((r) => r.cells), delimiter, headerLine(text));
  if (clash?.rows) throw new UnreadableFileError('mixed-separators', `The header and the rows use different separators (${clash.header} and ${clash.rows}).`, { separators: clash });
  if (clash) throw new UnreadableFileError('one-column', `The file reads as one column though its header holds ${clash.header}.`, { separators: clash });
  const named = headers.reduce((width, h, i) => (h ? i + 1 : width), 0);
  return { headers, rows: rows.map((r) => r.cells), rowNumbers: rows.map((r) => r.number), cellsPerRow: named, date1904: false };
}

type ExcelValue = unknown;

/** A cell as the planner takes it: rich text and hyperlinks become their text, formulas their result. */
function cellOf(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellOf(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.text && typeof v.text === 'object') return cellOf(v.text);
  }
  return null;
}

async function readXlsx(bytes: ArrayBuffer): Promise<Table> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (cause) {
    throw new UnreadableFileError('not-xlsx', 'The file is not a readable .xlsx workbook.', { cause });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFileError('no-sheet', 'The workbook has no sheet.');
  const rows: { cells: Cell[]; number: number }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    // row.values is 1-based: index 0 is always empty.
    const values = (row.values as ExcelValue[]).slice(1);
    rows.push({ cells: Array.from({ length: values.length }, (_, i) => cellOf(values[i])), number: row.number });
  });
  const [headerRow, ...data] = rows;
  const headers = (headerRow?.cells ?? []).map((h) => (h === null ? '' : h instanceof Date ? h.toISOString() : String(h).trim()));
  if (!headers.some(Boolean)) throw new UnreadableFileError('no-header', 'The file has no header row.');
  if (!data.length) throw new UnreadableFileError('no-rows', 'The file has no rows under its header.');
  // Numbered as Excel shows them, from the sheet's first row: a header below blank rows is not row 1.
  return { headers, rows: data.map((r) => r.cells), rowNumbers: data.map((r) => r.number), cellsPerRow: null, date1904: workbook.properties.date1904 === true };
}

/** Reads the first sheet of an .xlsx file, or a CSV file (by name; a .txt is read as CSV too). */
export async function readTable(name: string, bytes: ArrayBuffer): Promise<Table> {
  return /\.xlsx$/i.test(name) ? readXlsx(bytes) : readCsv(bytes);
}

export type Sheet = { name: string; headers: string[]; rows: (string | number | null)[][] };

/** CSV with a BOM, so Excel opens Ukrainian text as UTF-8 rather than guessing a code page. */
export async function toCsv(sheet: Sheet): Promise<string> {
  const { default: Papa } = await import('papaparse');
  return `\ufeff${Papa.unparse({ fields: sheet.headers, data: sheet.rows }, { newline: '\r\n' })}`;
}

/** One workbook, a sheet per table. */
export async function toXlsx(sheets: Sheet[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Clientbook';
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name.slice(0, 31));
    ws.addRow(s.headers).font = { bold: true };
    for (const row of s.rows) ws.addRow(row);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}
