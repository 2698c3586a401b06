import { useState } from 'react';
import type { TeamConflict as ConflictEntry } from '../../../../app/team/TeamController';
import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';

/** The conflict log, newest first, kept current as syncs add entries; restore puts a losing value back. */
export function useConflictLog(connected: boolean): { conflicts: ConflictEntry[]; open: number; restore: (id: string) => Promise<void>; restoring: string | null; error: unknown } {
  const app = useApp();
  const { data } = useLive(() => app.team?.conflicts() ?? Promise.resolve([]), [connected]);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const conflicts = data ?? [];
  return {
    conflicts,
    open: conflicts.filter((c) => !c.restoredAt).length,
    restoring,
    error,
    async restore(id) {
      setRestoring(id);
      setError(null);
      try {
        await app.team?.restoreConflict(id);
      } catch (e) {
        setError(e);
      } finally {
        setRestoring(null);
      }
    },
  };
}
