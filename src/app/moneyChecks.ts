/** Field checks shared by the deal, money and after-sales use cases; problems become FieldErrors. */
import { isCurrency, isValidDiscount, isValidQuantity, MAX_AMOUNT_MINOR } from '../domain/model/Money';
import type { ReferenceItem, ReferenceList } from '../domain/model/ReferenceItem';
import type { FieldError } from './validation';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** An amount in minor units: a whole number, not negative, not absurd (above 10^12 major units). */
export function checkAmount(minor: number, field: string, errors: FieldError[], { positive = false } = {}): void {
  if (!Number.isFinite(minor) || !Number.isInteger(minor)) errors.push({ field, key: 'errors.amount' });
  else if (minor < 0) errors.push({ field, key: 'errors.negativeAmount' });
  else if (minor > MAX_AMOUNT_MINOR) errors.push({ field, key: 'errors.amountTooLarge' });
  else if (positive && minor === 0) errors.push({ field, key: 'errors.zeroAmount' });
}

export function checkCurrency(currency: string, field: string, errors: FieldError[]): void {
  if (!isCurrency(currency)) errors.push({ field, key: 'errors.currency' });
}

export function checkQuantity(quantity: number, field: string, errors: FieldError[]): void {
  if (!isValidQuantity(quantity)) errors.push({ field, key: 'errors.quantity' });
}

export function checkDiscount(percent: number, field: string, errors: FieldError[]): void {
  if (!isValidDiscount(percent)) errors.push({ field, key: 'errors.discount' });
}

export function checkPercent(value: number, field: string, errors: FieldError[]): void {
  if (!Number.isFinite(value) || value < 0 || value > 100) errors.push({ field, key: 'errors.percent' });
}

/** A required ISO date (yyyy-mm-dd). */
export function checkDate(value: string, field: string, errors: FieldError[], { optional = false } = {}): void {
  if (optional && value === '') return;
  if (!value) errors.push({ field, key: 'errors.required' });
  else if (!isIsoDate(value)) errors.push({ field, key: 'errors.date' });
}

/**
 * `later` must not come before `earlier` (both valid ISO dates); the error sits on `field`. `key`
 * names the earlier date where 'the start date' would not be a field of the form.
 */
export function checkDateOrder(earlier: string, later: string, field: string, errors: FieldError[], key = 'errors.dateOrder'): void {
  if (isIsoDate(earlier) && isIsoDate(later) && later < earlier) errors.push({ field, key });
}

/**
 * A picklist code: must exist in the list; archived values are refused for new choices but kept
 * when the record already had them (`current`). '' passes unless required.
 */
export function checkCode(
  items: readonly ReferenceItem[],
  list: ReferenceList,
  code: string,
  field: string,
  errors: FieldError[],
  { required = false, current = '' } = {},
): void {
  if (!code) {
    if (required) errors.push({ field, key: 'errors.required' });
    return;
  }
  const item = items.find((i) => i.list === list && i.code === code);
  if (!item || (item.archived && code !== current)) errors.push({ field, key: 'errors.unknownValue' });
}
