import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';

/** Where the pane's writes are. Only 'local-only' occurs until a team store is configured. */
export type SyncPhase = 'local-only' | 'offline' | 'pushing' | 'pulling' | 'in-sync' | 'error';

/** The sync phase and the number of writes in the outbox not yet in the team store. */
export function useSyncStatus(): { phase: SyncPhase; pending: number | undefined } {
  const app = useApp();
  const { data } = useLive(() => app.queries.pendingOutboxCount(), []);
  return { phase: 'local-only', pending: data };
}
