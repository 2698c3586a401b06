import { emptyClientDraft, type ClientDraft } from '../../../../app/clientDraft';

/** A new client's draft from what the manager searched for: an address, a domain, or a name. */
export function draftFromQuery(text: string): ClientDraft {
  const draft = emptyClientDraft();
  const q = text.trim();
  if (!q) return draft;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(q)) return { ...draft, contact: { ...draft.contact, email: q.toLowerCase() } };
  if (/^@?[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(q)) return { ...draft, domains: [q.replace(/^@/, '').toLowerCase()] };
  return { ...draft, name: q };
}
