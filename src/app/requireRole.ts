import type { Role } from '../domain/model/Member';
import type { AppDeps } from './AppDeps';

/**
 * The signed-in user's place in the team does not allow the change (e.g. a manager editing the
 * catalogue); `role` is null when the team list does not know them.
 */
export class NotAllowedError extends Error {
  override readonly name = 'NotAllowedError';
  constructor(readonly role: Role | null, readonly allowed: readonly Role[]) {
    super(`${role ? `A ${role}` : 'Someone not in the team list'} cannot do this; it is for: ${allowed.join(', ')}`);
  }
}

type Who = Pick<AppDeps, 'store' | 'mailHost'>;
/** The signed-in user's role in the team list (null: not in it), and whether the store has a team at all. */
type Place = { team: boolean; role: Role | null };

async function placeOf({ store, mailHost }: Who): Promise<Place> {
  const members = await store.members();
  const email = mailHost.userProfile().email.toLowerCase();
  return { team: members.length > 0, role: members.find((m) => m.email.toLowerCase() === email)?.role ?? null };
}

// A store without a team has one user, who may do everything; in a team, only the roles allowed
// (someone the list does not know yet has none).
const allows = ({ team, role }: Place, allowed: readonly Role[]) => !team || (role !== null && allowed.includes(role));

/** Whether the signed-in user may make a change kept for `allowed` roles. */
export async function mayAct(who: Who, allowed: readonly Role[]): Promise<boolean> {
  return allows(await placeOf(who), allowed);
}

/** Refuses the change (NotAllowedError) when mayAct says no. */
export async function requireRole(who: Who, allowed: readonly Role[]): Promise<void> {
  const place = await placeOf(who);
  if (!allows(place, allowed)) throw new NotAllowedError(place.role, allowed);
}

/**
 * Whether the signed-in user may delete a record `owner` is responsible for: the head of sales any,
 * a sales manager their own and those nobody owns (sales managers work their own clients and deals),
 * the other roles none. Deleting takes a colleague's work with it, past any undo.
 */
export async function mayDelete(who: Who, owner: string): Promise<boolean> {
  const place = await placeOf(who);
  if (!place.team || place.role === 'head-of-sales') return true;
  return place.role === 'manager' && (owner === '' || owner.toLowerCase() === who.mailHost.userProfile().email.toLowerCase());
}

/** Refuses the delete (NotAllowedError) when mayDelete says no. */
export async function requireMayDelete(who: Who, owner: string): Promise<void> {
  if (await mayDelete(who, owner)) return;
  throw new NotAllowedError((await placeOf(who)).role, ['head-of-sales']);
}
