/**
 * Reading and writing spreadsheets. papaparse reads CSV (BOM, semicolons or commas, quoted
 * newlines); exceljs reads and writes .xlsx, including the 1904 date system of old Mac workbooks.
 * Both are loaded only when a file is imported or exported: the pane's first load never carries them.
 */
import type { Cell } from '../domain/rules/planImport';

export type Table = { headers: string[]; rows: Cell[][]; date1904: boolean };

/** Why a file cannot be imported, for the pane to say in the user's language. */
export type UnreadableReason = 'not-text' | 'not-xlsx' | 'no-sheet' | 'no-header' | 'no-rows';

export class UnreadableFileError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UnreadableFileError';
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

async function readCsv(bytes: ArrayBuffer): Promise<Table> {
  const { default: Papa } = await import('papaparse');
  const text = decodeText(bytes);
  if (looksBinary(text)) throw new UnreadableFileError('not-text', 'The file is not CSV text.');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  const [headers = [], ...rows] = parsed.data;
  if (!headers.length) throw new UnreadableFileError('no-header', 'The file has no header row.');
  if (!rows.length) throw new UnreadableFileError('no-rows', 'The file has no rows under its header.');
  return { headers: headers.map((h) => h.trim()), rows, date1904: false };
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
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    // row.values is 1-based: index 0 is always empty.
    const values = (row.values as ExcelValue[]).slice(1);
    rows.push(Array.from({ length: values.length }, (_, i) => cellOf(values[i])));
  });
  const [headerRow = [], ...data] = rows;
  const headers = headerRow.map((h) => (h === null ? '' : h instanceof Date ? h.toISOString() : String(h).trim()));
  if (!headers.some(Boolean)) throw new UnreadableFileError('no-header', 'The file has no header row.');
  if (!data.length) throw new UnreadableFileError('no-rows', 'The file has no rows under its header.');
  return { headers, rows: data, date1904: workbook.properties.date1904 === true };
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
