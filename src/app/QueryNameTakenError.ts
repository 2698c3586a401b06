import type { SavedQuery } from '../domain/model/SavedQuery';

/**
 * Another saved query of the team already has the name: two under one name could not be told apart
 * where they are offered by name (a mailing's "Clients from"). `own`: the user saved it, so the
 * form may offer to replace it (save again with its id).
 */
export class QueryNameTakenError extends Error {
  override readonly name = 'QueryNameTakenError';
  constructor(
    readonly taken: SavedQuery,
    readonly own: boolean,
  ) {
    super(`A saved query is already named “${taken.name}”`);
  }
}
