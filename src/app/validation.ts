import { parseEmailAddress } from '../domain/model/EmailAddress';
import { isPhone } from '../domain/model/PhoneNumber';

/**
 * A field-level problem the form shows beside the field; the i18n key names the message; `index`,
 * the row of a list field that holds it; `params`, the values the message names ("Daniel Kim's").
 */
export type FieldError = { field: string; key: string; index?: number; params?: Record<string, string> };

export class ValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(`Invalid input: ${errors.map((e) => `${e.field} (${e.key})`).join(', ')}`);
    this.name = 'ValidationError';
  }
}

const DOMAIN = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)(\.(?!-)[\p{L}\p{N}-]{1,63}(?<!-))+$/u;

/** Normalises a domain the manager typed ("@Acme.com", "https://www.acme.com/x" → "acme.com"). */
export function normaliseDomain(raw: string): string {
  return raw.trim().toLowerCase().replace(/^@/, '').replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
}

export function isValidDomain(domain: string): boolean {
  return DOMAIN.test(domain);
}

/** Parses a list of typed addresses; bad ones are reported, not dropped silently. */
export function parseEmails(raw: readonly string[], field: string): { emails: string[]; errors: FieldError[] } {
  const emails: string[] = [];
  const errors: FieldError[] = [];
  for (const r of raw) {
    if (!r.trim()) continue;
    const parsed = parseEmailAddress(r);
    if (parsed.ok) emails.push(parsed.value.address);
    else errors.push({ field, key: 'errors.invalidEmail' });
  }
  return { emails: [...new Set(emails)], errors };
}

/**
 * Checks a list of typed phones: empty rows are dropped; text that is no phone number is reported
 * on its row, unless it is one of `kept`, the values the record already held.
 */
export function parsePhones(raw: readonly string[], field: string, kept: readonly string[] = []): { phones: string[]; errors: FieldError[] } {
  const phones: string[] = [];
  const errors: FieldError[] = [];
  raw.forEach((r, index) => {
    const phone = r.trim();
    if (!phone) return;
    if (isPhone(phone) || kept.includes(phone)) phones.push(phone);
    else errors.push({ field, index, key: 'errors.invalidPhone' });
  });
  return { phones, errors };
}
