import type { Member } from '../../domain/model/Member';

/** Who the names are known for: the Team members by address, and the signed-in user. */
export type PeopleNames = { byEmail: Map<string, string>; myEmail: string; myName: string };

/** The names usePeopleNames (and the pane's first paint) resolve addresses with. */
export function peopleNames(members: readonly Member[], me: { email: string; displayName: string }): PeopleNames {
  const byEmail = new Map<string, string>();
  // A member who joined without a display name is stored under the address: that is no name.
  for (const m of members) if (m.name.trim() && m.name.trim().toLowerCase() !== m.email.toLowerCase()) byEmail.set(m.email.toLowerCase(), m.name.trim());
  return { byEmail, myEmail: me.email.trim().toLowerCase(), myName: me.displayName.trim() };
}

/**
 * A person's name for an address a record keeps: the Team member's name when the team's members
 * list knows the address, else a name the record kept, else the signed-in user's name, and the
 * address last.
 */
export function personName(names: PeopleNames, email: string, keptName = ''): string {
  const key = email.trim().toLowerCase();
  const kept = keptName.trim();
  if (!key) return kept;
  const member = names.byEmail.get(key);
  if (member) return member;
  if (kept && kept.toLowerCase() !== key) return kept;
  if (key === names.myEmail && names.myName) return names.myName;
  return email.trim();
}
