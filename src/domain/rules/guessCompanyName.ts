import { isFreeMailDomain } from './freeMailDomains';

// Second-level labels under which the company name sits one label further left (acme.com.ua, acme.co.uk).
const GENERIC_SECOND_LEVEL = new Set(['com', 'co', 'org', 'net', 'gov', 'edu', 'in', 'kiev', 'kyiv', 'lviv', 'ltd', 'plc']);

/** A company name guessed from a business domain ("acme-steel.com.ua" → "Acme Steel"); '' for free-mail. */
export function guessCompanyName(domain: string): string {
  const d = domain.toLowerCase();
  if (!d || isFreeMailDomain(d)) return '';
  const labels = d.split('.').filter((l) => l !== 'www' && l !== 'mail');
  if (labels.length < 2) return '';
  labels.pop();
  let name = labels.pop() ?? '';
  if (GENERIC_SECOND_LEVEL.has(name) && labels.length) name = labels.pop() ?? name;
  return name
    .split(/[-_]/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
