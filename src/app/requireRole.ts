import type { Role } from '../domain/model/Member';
import type { AppDeps } from './AppDeps';

/** The signed-in team member's role does not allow the change (e.g. a manager editing the catalogue). */
export class NotAllowedError extends Error {
  override readonly name = 'NotAllowedError';
  constructor(readonly role: Role, readonly allowed: readonly Role[]) {
    super(`A ${role} cannot do this; it is for: ${allowed.join(', ')}`);
  }
}

/**
 * Refuses the change when the team list gives the signed-in user a role outside `allowed`. Someone
 * the team list does not know — the single user of a store without a team — may do everything.
 */
export async function requireRole({ store, mailHost }: Pick<AppDeps, 'store' | 'mailHost'>, allowed: readonly Role[]): Promise<void> {
  const email = mailHost.userProfile().email.toLowerCase();
  const me = (await store.members()).find((m) => m.email.toLowerCase() === email);
  if (me && !allowed.includes(me.role)) throw new NotAllowedError(me.role, allowed);
}
