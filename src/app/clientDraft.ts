import type { Client } from '../domain/model/Client';
import { parseEmailAddress } from '../domain/model/EmailAddress';
import type { EmailParticipant } from '../domain/model/HistoryEntry';
import { isFreeMailDomain } from '../domain/rules/freeMailDomains';
import { guessCompanyName } from '../domain/rules/guessCompanyName';
import { mentionedLeadSource } from '../domain/rules/mentionedLeadSource';
import { newestPart } from '../domain/rules/newestPart';
import { signatureDetails } from '../domain/rules/signatureDetails';

/** What the "Create client" form starts from; the manager edits it before saving. */
export type ClientDraft = {
  name: string;
  domains: string[];
  website: string;
  phone: string;
  contact: { name: string; email: string; position: string; phones: string[] };
  /** Picklist codes the message suggests; the form keeps only those the team's lists offer. */
  leadSource: string;
  trigger: string;
};

export function emptyClientDraft(): ClientDraft {
  return { name: '', domains: [], website: '', phone: '', contact: { name: '', email: '', position: '', phones: [] }, leadSource: '', trigger: '' };
}

/** A name for a person from their display name, or from the address when there is none. */
function personName(p: EmailParticipant, local: string): string {
  const display = p.name.replace(/["']/g, '').trim();
  if (display && !display.includes('@')) {
    // "Last, First" is how many directories write names.
    const comma = display.match(/^([^,]+),\s*(.+)$/);
    return comma ? `${comma[2]} ${comma[1]}` : display;
  }
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/**
 * Pre-fills a new client from a message participant and, where it has one, the signature and how the
 * sender says they found us, from what they wrote above any quoted message. `wroteToUs`: the participant sent the message the
 * manager is reading.
 */
export function draftClientFromParticipant(participant: EmailParticipant, bodyText: string, wroteToUs = false): ClientDraft {
  const parsed = parseEmailAddress(participant.email);
  if (!parsed.ok) return { ...emptyClientDraft(), contact: { ...emptyClientDraft().contact, name: participant.name } };
  const { address, domain, local } = parsed.value;
  const name = personName(participant, local);
  const business = !isFreeMailDomain(domain);
  const guessed = business ? guessCompanyName(domain) : '';
  const written = newestPart(bodyText);
  const signature = signatureDetails(written, name, guessed);
  return {
    name: signature.company || guessed || name,
    domains: business ? [domain] : [],
    website: signature.website || (business ? `https://${domain}` : ''),
    phone: '',
    contact: { name, email: address, position: signature.position, phones: signature.phones },
    leadSource: mentionedLeadSource(written),
    trigger: wroteToUs ? 'inbound-email' : '',
  };
}

/** A client record with every field at its empty value. */
export function blankClient(id: string, now: string, owner: string): Client {
  return {
    id,
    name: '',
    status: 'lead',
    address: { street: '', city: '', postalCode: '', country: '' },
    phone: '',
    website: '',
    region: '',
    industry: '',
    leadSource: '',
    trigger: '',
    impression: null,
    purchaseProbability: null,
    domains: [],
    owner,
    mailingConsent: 'unknown',
    notes: '',
    createdAt: now,
    updatedAt: now,
  };
}

export function isBusinessDomain(domain: string): boolean {
  return !!domain && !isFreeMailDomain(domain);
}
