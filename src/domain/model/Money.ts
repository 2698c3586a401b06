/**
 * Money as an integer number of minor units (cents, kopiykas) and an ISO 4217 currency code.
 * Sums never touch floats: line amounts are computed with BigInt and rounded half-up once, on the
 * minor unit. Amounts are never negative here; a refund would be its own record.
 */
export type Money = { minor: number; currency: string };

/** The largest amount accepted anywhere: 10^12 major units (a trillion) — anything above is a typo. */
export const MAX_AMOUNT_MINOR = 100_000_000_000_000;

const CURRENCY = /^[A-Z]{3}$/;

/** Whether the code is an ISO 4217 currency this runtime knows (UAH, EUR, USD, JPY …). */
export function isCurrency(code: string): boolean {
  if (!CURRENCY.test(code)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    // Older engines without supportedValuesOf accept any well-formed code; formatting still works.
    return typeof Intl.supportedValuesOf !== 'function' || Intl.supportedValuesOf('currency').includes(code);
  } catch {
    return false;
  }
}

/** Digits after the decimal point in the currency's minor unit: 2 for UAH and EUR, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** A non-negative whole number of minor units within MAX_AMOUNT_MINOR. */
export function isValidMinor(minor: number): boolean {
  return Number.isSafeInteger(minor) && minor >= 0 && minor <= MAX_AMOUNT_MINOR;
}

/** Thrown when two amounts of different currencies would be added. */
export class CurrencyMismatchError extends Error {
  override readonly name = 'CurrencyMismatchError';
  constructor(readonly left: string, readonly right: string) {
    super(`Cannot add ${right} to ${left}`);
  }
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
  return { minor: a.minor + b.minor, currency: a.currency };
}

/** Divides and rounds half-up (amounts are non-negative, so half-up is half away from zero). */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** Quantities are kept to three decimals (1.5 hours, 0.125 t): as an integer of thousandths. */
export const QUANTITY_SCALE = 1000;

/** Whether a quantity is positive, finite and has at most three decimals. */
export function isValidQuantity(quantity: number): boolean {
  if (!Number.isFinite(quantity) || quantity <= 0 || quantity > 1e9) return false;
  const milli = Math.round(quantity * QUANTITY_SCALE);
  return Math.abs(milli - quantity * QUANTITY_SCALE) < 1e-6;
}

/** unit price × quantity, rounded half-up to the minor unit. */
export function multiplyMoney(unit: Money, quantity: number): Money {
  const milli = BigInt(Math.round(quantity * QUANTITY_SCALE));
  return { minor: Number(divideHalfUp(BigInt(unit.minor) * milli, BigInt(QUANTITY_SCALE))), currency: unit.currency };
}

/** Discounts are percentages with up to two decimals (12.5 %): kept as basis points. */
export function isValidDiscount(percent: number): boolean {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) return false;
  return Math.abs(Math.round(percent * 100) - percent * 100) < 1e-6;
}

/** The amount after a percentage discount; the discount itself is rounded half-up to the minor unit. */
export function discountMoney(amount: Money, percent: number): Money {
  const basisPoints = BigInt(Math.round(percent * 100));
  const off = divideHalfUp(BigInt(amount.minor) * basisPoints, 10_000n);
  return { minor: amount.minor - Number(off), currency: amount.currency };
}

/** Formats money for people, e.g. "₴1,234.50" (en-GB) or "1 234,50 ₴" (uk-UA). */
export function formatMoney(amount: Money, locale: string): string {
  const digits = minorDigits(amount.currency);
  const major = amount.minor / 10 ** digits;
  return new Intl.NumberFormat(locale, { style: 'currency', currency: amount.currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(major);
}

/**
 * The currency as formatMoney writes it beside an amount in this locale: "грн" for UAH in Ukrainian,
 * "€" for EUR in English, the code where the locale has no sign of its own ("EUR" in Ukrainian).
 */
export function currencySymbol(currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
}

/** Minor units as a plain decimal for an input field: 123450 UAH → "1234.50". */
export function minorToDecimalText(minor: number, currency: string, decimal = '.'): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const text = String(minor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}${decimal}${text.slice(-digits)}`;
}

export type ParsedAmount = { ok: true; minor: number } | { ok: false; reason: 'empty' | 'not-a-number' | 'negative' | 'too-precise' | 'too-large' };

/**
 * Reads an amount typed in any common way — "1 234,50", "1,234.50", "1234.5", "1’234" — into minor
 * units without going through a float. When both separators appear the last one is the decimal
 * point; a lone separator is decimal when at most the currency's minor digits follow it.
 */
export function parseAmount(text: string, currency: string): ParsedAmount {
  const digits = minorDigits(currency);
  const raw = text.replace(/[\s\u00a0\u202f'’]/g, '');
  if (!raw) return { ok: false, reason: 'empty' };
  if (raw.startsWith('-')) return { ok: false, reason: 'negative' };
  if (!/^\d[\d.,]*$|^[.,]\d+$/.test(raw)) return { ok: false, reason: 'not-a-number' };
  const lastDot = raw.lastIndexOf('.');
  const lastComma = raw.lastIndexOf(',');
  let decimalAt = Math.max(lastDot, lastComma);
  if (lastDot < 0 || lastComma < 0) {
    const sep = raw[decimalAt];
    const once = decimalAt >= 0 && raw.indexOf(sep!) === decimalAt;
    const after = raw.length - decimalAt - 1;
    if (!once || (after === 3 && digits < 3 && decimalAt > 0)) decimalAt = -1;
  }
  const whole = (decimalAt < 0 ? raw : raw.slice(0, decimalAt)).replace(/[.,]/g, '');
  const fraction = decimalAt < 0 ? '' : raw.slice(decimalAt + 1);
  if (/[.,]/.test(fraction)) return { ok: false, reason: 'not-a-number' };
  if (fraction.length > digits) return { ok: false, reason: 'too-precise' };
  const minorText = `${whole || '0'}${fraction.padEnd(digits, '0')}`.replace(/^0+(?=\d)/, '');
  if (minorText.length > String(MAX_AMOUNT_MINOR).length) return { ok: false, reason: 'too-large' };
  const minor = Number(minorText);
  if (minor > MAX_AMOUNT_MINOR) return { ok: false, reason: 'too-large' };
  return { ok: true, minor };
}
