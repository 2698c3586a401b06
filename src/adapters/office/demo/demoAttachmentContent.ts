/**
 * Bytes for the built-in demo messages' attachments, made when an attachment is read: without them
 * the demo could not show saving attachments with a logged email. Each is a small real file of its
 * type (a one-page PDF, a workbook, a PNG) that opens in its usual program; the size the message
 * lists stays the one a real file of that kind would have.
 */
import { base64FromBytes } from '../../../domain/base64';
import type { Attachment } from '../../../domain/ports';
import { AttachmentUnreadableError } from '../AttachmentUnreadableError';
import type { DemoMessage } from './DemoMessage';

/** An attachment's bytes in a demo message: an opened .eml file's own, else made for its type. */
export async function demoAttachmentBytes(message: DemoMessage, attachment: Attachment): Promise<string> {
  const found = message.attachments.find((a) => (attachment.id ? a.id === attachment.id : a.name === attachment.name));
  const content = found && (found.contentBase64 ?? (await demoAttachmentContent(found)));
  if (!content) throw new AttachmentUnreadableError(attachment.name, 'the demo message holds no content for it');
  return content;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A 16 × 16 blue square with a white border: the demo signature's logo. */
const LOGO_PNG = 'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAH0lEQVR4nGP4TyJgIFMDf85egmhUw6gGYjSQnPiIBwAIc/5A2Hf85gAAAABJRU5ErkJggg==';

/** Base64 content for a built-in attachment; undefined for a type the demo has no file for. */
async function demoAttachmentContent(attachment: Attachment): Promise<string | undefined> {
  if (attachment.contentType === 'application/pdf') return base64FromBytes(new TextEncoder().encode(onePagePdf(attachment.name)));
  if (attachment.contentType === 'image/png') return LOGO_PNG;
  if (attachment.contentType === XLSX) return workbook(attachment.name);
  return undefined;
}

/** PDF text must be Latin-1 in the standard fonts: a Ukrainian file name is written by its Latin letters only. */
function pdfText(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '').replace(/[\\()]/g, (c) => `\\${c}`);
}

function onePagePdf(name: string): string {
  const title = pdfText(name.replace(/\.pdf$/i, '')).trim() || 'Document';
  const stream = `BT /F1 20 Tf 72 760 Td (${title}) Tj 0 -32 Td /F1 12 Tf (A Clientbook demo attachment.) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${pdf}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

/** exceljs writes the workbook; it loads only when a demo workbook is read. */
async function workbook(name: string): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(name.replace(/\.xlsx$/i, '').slice(0, 31) || 'Sheet1');
  sheet.addRows([
    ['Item', 'Quantity', 'Price, UAH'],
    ['Item A', 12, 1450],
    ['Item B', 4, 8900],
  ]);
  return base64FromBytes(new Uint8Array(await book.xlsx.writeBuffer()));
}
