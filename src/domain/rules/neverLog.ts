import { parseEmailAddress } from '../model/EmailAddress';
import type { EmailParticipant } from '../model/HistoryEntry';

/** Why a message is never logged; the pane says it in these terms. */
export type NeverLogReason =
  | { kind: 'internal' }
  | { kind: 'team-rule'; rule: string; address: string }
  | { kind: 'my-rule'; rule: string; address: string };

export type NeverLogRules = {
  /** The user's own address. */
  self: string;
  /** The team's own domains: a message only among them is internal. */
  ownDomains: readonly string[];
  /** The head of sales' addresses and domains. */
  teamRules: readonly string[];
  /** The user's own exclusions. */
  myRules: readonly string[];
};

/** A rule as typed: an address, a domain, or "@domain"; lower case, '' when it is neither. */
export function normaliseNeverLogRule(text: string): string {
  const t = text.trim().toLowerCase().replace(/^@/, '');
  if (t.includes('@')) {
    const parsed = parseEmailAddress(t);
    return parsed.ok ? parsed.value.address : '';
  }
  const probe = parseEmailAddress(`x@${t}`);
  return probe.ok ? probe.value.domain : '';
}

/** An address matches a domain rule for the domain and its subdomains, and an address rule exactly. */
function matches(rule: string, address: string, domain: string): boolean {
  if (rule.includes('@')) return rule === address;
  return domain === rule || domain.endsWith(`.${rule}`);
}

/**
 * Whether a message must never be logged, and why. Internal mail (nobody but the team in it) is
 * never logged; a message with anyone on the team's or the user's never-log list is never logged
 * either, whoever else is in it: privacy beats completeness.
 */
export function neverLogReason(participants: readonly EmailParticipant[], rules: NeverLogRules): NeverLogReason | null {
  const self = rules.self.trim().toLowerCase();
  const own = new Set(rules.ownDomains.map((d) => d.toLowerCase()));
  const others: { address: string; domain: string }[] = [];
  for (const p of participants) {
    const parsed = parseEmailAddress(p.email);
    if (parsed.ok && parsed.value.address !== self) others.push({ address: parsed.value.address, domain: parsed.value.domain });
  }
  for (const rule of rules.teamRules) {
    const hit = others.find((o) => matches(rule, o.address, o.domain));
    if (hit) return { kind: 'team-rule', rule, address: hit.address };
  }
  for (const rule of rules.myRules) {
    const hit = others.find((o) => matches(rule, o.address, o.domain));
    if (hit) return { kind: 'my-rule', rule, address: hit.address };
  }
  if (own.size && others.length > 0 && others.every((o) => own.has(o.domain))) return { kind: 'internal' };
  return null;
}
