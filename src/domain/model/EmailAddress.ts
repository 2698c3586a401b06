/**
 * A validated, normalised email address. Parsing never throws: bad input comes back as an
 * `invalid` result with the reason, so a malformed header cannot break the pane.
 */
export type EmailAddress = { address: string; local: string; domain: string };

export type EmailAddressResult =
  | { ok: true; value: EmailAddress }
  | { ok: false; input: string; reason: 'empty' | 'no-at' | 'bad-local' | 'bad-domain' | 'too-long' };

// Pragmatic RFC 5322 subset: what mail servers actually accept for mailbox addresses.
const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const UNICODE_LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;

export function parseEmailAddress(raw: string): EmailAddressResult {
  const input = raw.trim().replace(/^mailto:/i, '').replace(/^<|>$/g, '').trim().toLowerCase();
  if (!input) return { ok: false, input: raw, reason: 'empty' };
  if (input.length > 254) return { ok: false, input: raw, reason: 'too-long' };
  const at = input.lastIndexOf('@');
  if (at < 0) return { ok: false, input: raw, reason: 'no-at' };
  const local = input.slice(0, at);
  const domain = input.slice(at + 1);
  if (!local || local.length > 64 || !LOCAL.test(local)) return { ok: false, input: raw, reason: 'bad-local' };
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l) || UNICODE_LABEL.test(l))) {
    return { ok: false, input: raw, reason: 'bad-domain' };
  }
  return { ok: true, value: { address: `${local}@${domain}`, local, domain } };
}

/** The lower-case domain of an address, or '' when it is not a valid address. */
export function domainOf(raw: string): string {
  const r = parseEmailAddress(raw);
  return r.ok ? r.value.domain : '';
}
