import type { MailingSettings } from '../domain/mailingPorts';
import { isValidDomain, normaliseDomain, parsePhones, ValidationError, type FieldError } from './validation';

/**
 * The mailing settings as they are kept, or a ValidationError naming what is wrong. A mistyped
 * never-mail domain would otherwise be kept and match nobody, so the competitor it was meant for
 * would get the next mailing; a phone that is no number would go into every letter's signature.
 */
export function checkMailingSettings(settings: MailingSettings): MailingSettings {
  const domains = [...new Set(settings.neverMailDomains.map(normaliseDomain).filter(Boolean))];
  const errors: FieldError[] = domains.filter((d) => !isValidDomain(d)).map((domain) => ({ field: 'neverMailDomains', key: 'errors.invalidDomainNamed', params: { domain } }));
  errors.push(...parsePhones([settings.phone], 'phone').errors.map(({ index: _, ...e }) => e));
  if (errors.length) throw new ValidationError(errors);
  return { neverMailDomains: domains, signature: settings.signature, phone: settings.phone.trim() };
}
