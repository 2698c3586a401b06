/**
 * A failed call to Microsoft 365 (Graph, or the silent sign-in before it) as the screens word it:
 * no network, throttled, briefly unavailable, access refused, or anything else with what an
 * administrator can look up — never the library's English. The statuses are the ones the sync
 * engine (GraphTeamStore.toRemoteError) and Connect (team/connectErrorOf) tell apart.
 */
import { GraphHttpError, graphErrorCode } from '../adapters/graph/GraphHttpError';
import { signInErrorOf } from './team/signInError';

export type GraphFailureReason = 'offline' | 'throttled' | 'unavailable' | 'no-access' | 'failed';

/** `code`: only for 'failed', where the words cannot say what to do. */
export type GraphFailure = { reason: GraphFailureReason; code: string | null };

/** Null for a failure that is not Microsoft 365's (the local store's, the app's own). */
export function graphFailureOf(error: unknown): GraphFailure | null {
  if (error instanceof GraphHttpError) {
    if (error.status === 0) return { reason: 'offline', code: null };
    if (error.status === 429) return { reason: 'throttled', code: null };
    if (error.status === 401 || error.status === 403) return { reason: 'no-access', code: null };
    if (error.isTransient) return { reason: 'unavailable', code: null };
    return { reason: 'failed', code: graphErrorCode(error) };
  }
  // The token for the call: its silent sign-in may find no network, or fail for Entra ID's reasons.
  const signIn = signInErrorOf(error);
  if (signIn) return signIn.reason === 'offline' ? { reason: 'offline', code: null } : { reason: 'failed', code: signIn.code };
  // The Graph code loads on first use (import()): offline, its chunk does not arrive.
  if (error instanceof Error && error.name === 'ChunkLoadError') return { reason: 'offline', code: null };
  return null;
}
