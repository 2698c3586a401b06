import type { Client } from '../model/Client';
import type { Contact } from '../model/Contact';
import type { AudienceFilter } from '../model/Mailing';

export type AudienceMember = { client: Client; contact: Contact; email: string };

export const exclusionReasons = ['opted-out', 'no-consent', 'no-email', 'never-mail-domain', 'duplicate'] as const;
export type ExclusionReason = (typeof exclusionReasons)[number];

export type Exclusion = { clientId: string; clientName: string; contactId: string; name: string; email: string; reason: ExclusionReason };

export type Audience = { recipients: AudienceMember[]; excluded: Exclusion[] };

export function matchesFilter(client: Client, filter: AudienceFilter): boolean {
  return (
    (!filter.regions.length || filter.regions.includes(client.region)) &&
    (!filter.industries.length || filter.industries.includes(client.industry)) &&
    (!filter.statuses.length || filter.statuses.includes(client.status))
  );
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Whether an address is in a never-mail domain or one of its subdomains. */
export function isNeverMailDomain(email: string, neverMailDomains: readonly string[]): boolean {
  const domain = domainOf(email);
  return neverMailDomains.some((d) => {
    const never = d.trim().toLowerCase().replace(/^@/, '');
    return never !== '' && (domain === never || domain.endsWith(`.${never}`));
  });
}

/**
 * Who a mailing to the filtered clients reaches: one message per contact at their first address.
 * A client must have granted mailing consent; an opted-out client is never mailed. Everyone left
 * out is listed with the first reason that applies, in the order of exclusionReasons.
 */
export function selectAudience(
  clients: readonly Client[],
  contactsOf: (clientId: string) => readonly Contact[],
  filter: AudienceFilter,
  neverMailDomains: readonly string[],
): Audience {
  const recipients: AudienceMember[] = [];
  const excluded: Exclusion[] = [];
  const seen = new Set<string>();
  const sorted = [...clients].filter((c) => matchesFilter(c, filter)).sort((a, b) => a.name.localeCompare(b.name));
  for (const client of sorted) {
    const contacts = contactsOf(client.id);
    const clientWide: ExclusionReason | null =
      client.mailingConsent === 'opted-out' ? 'opted-out' : client.mailingConsent !== 'granted' ? 'no-consent' : null;
    if (!contacts.length) {
      excluded.push({ clientId: client.id, clientName: client.name, contactId: '', name: '', email: '', reason: clientWide ?? 'no-email' });
      continue;
    }
    for (const contact of contacts) {
      const email = (contact.emails[0] ?? '').trim().toLowerCase();
      const reason: ExclusionReason | null =
        clientWide ??
        (!email ? 'no-email' : isNeverMailDomain(email, neverMailDomains) ? 'never-mail-domain' : seen.has(email) ? 'duplicate' : null);
      if (reason) {
        excluded.push({ clientId: client.id, clientName: client.name, contactId: contact.id, name: contact.name, email, reason });
        continue;
      }
      seen.add(email);
      recipients.push({ client, contact, email });
    }
  }
  return { recipients, excluded };
}
