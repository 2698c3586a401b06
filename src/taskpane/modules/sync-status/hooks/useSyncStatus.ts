import type { TeamPhase, TeamStatus } from '../../../../app/team/TeamController';
import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';
import { useTeamStatus } from '../../team/hooks/useTeamStatus';

/** Where the pane's writes are: 'local-only' without a team store, else the sync engine's phase. */
export type SyncPhase = TeamPhase;

/** The sync phase, the writes in the outbox not yet in the team store, and the engine's status. */
export function useSyncStatus(): { phase: SyncPhase; pending: number | undefined; status: TeamStatus } {
  const app = useApp();
  const { status } = useTeamStatus();
  // Counted live from the outbox: a local write shows at once, not at the next sync. Without a team
  // store nothing is waiting for anyone, so a growing count would only alarm (and cost a count()).
  const localOnly = status.phase === 'local-only';
  const { data } = useLive(() => (localOnly ? Promise.resolve(undefined) : app.queries.pendingOutboxCount()), [localOnly]);
  return { phase: status.phase, pending: data, status };
}
