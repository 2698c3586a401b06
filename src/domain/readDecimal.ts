/**
 * A number as a person types it, with a decimal comma or point and spaces between thousands
 * ("7,5", "1 500.25"); NaN when it is no number, and for blank text, which callers tell apart
 * to name the field.
 */
export function readDecimal(text: string): number {
  const raw = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return raw === '' ? Number.NaN : Number(raw);
}
