import { useSyncExternalStore } from 'react';
import type { TeamStatus } from '../../../../app/team/TeamController';
import { useApp } from '../../../ui/AppContext';

const LOCAL: TeamStatus = { phase: 'local-only', progress: null, error: null, pending: 0 };

/** The team store's sync status as it changes (local-only when the pane has no team). */
export function useTeamStatus(): { status: TeamStatus; connected: boolean } {
  const { team } = useApp();
  const status = useSyncExternalStore(
    (onChange) => (team ? team.subscribe(onChange) : () => undefined),
    () => team?.status() ?? LOCAL,
  );
  return { status, connected: status.phase !== 'local-only' };
}
