/**
 * Phone numbers as people type them: digits with an optional leading +, spaced by spaces, dashes,
 * dots or parentheses, and an optional extension ("ext. 12", "x12", «доб. 12», «вн. 12»). Anything
 * else ("abc", "call Olena") is not a phone.
 */
const EXTENSION = /\s*(?:ext\.?|x|доб\.?|вн\.?)\s*(\d{1,6})$/iu;
const NUMBER = /^\+?[\d\s().-]+$/;
/** Fewer digits than this is no number to dial (short internal numbers have three). */
const MIN_DIGITS = 3;

export type PhoneNumber = { dial: string; extension: string };

/** The number to dial and its extension, or null when the text is not a phone number. */
export function parsePhone(raw: string): PhoneNumber | null {
  const text = raw.trim();
  const ext = EXTENSION.exec(text);
  const main = (ext ? text.slice(0, ext.index) : text).trim();
  if (!NUMBER.test(main)) return null;
  const digits = main.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS) return null;
  return { dial: (main.startsWith('+') ? '+' : '') + digits, extension: ext?.[1] ?? '' };
}

export const isPhone = (raw: string): boolean => parsePhone(raw) !== null;

/**
 * A tel: link for a stored phone, or null when it holds no digits to dial. A value stored before
 * phones were checked, with digits but other text, still dials its digits.
 */
export function telHref(raw: string): string | null {
  const phone = parsePhone(raw);
  if (phone) return `tel:${phone.dial}${phone.extension ? `;ext=${phone.extension}` : ''}`;
  const digits = raw.replace(/[^\d+]/g, '');
  return /\d/.test(digits) ? `tel:${digits}` : null;
}
