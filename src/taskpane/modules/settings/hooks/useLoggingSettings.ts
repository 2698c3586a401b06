import { useState } from 'react';
import { DEFAULT_ATTACHMENT_CAP_MB, type StoredPart } from '../../../../domain/model/LoggingSettings';
import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';

export type TeamDraft = { internalDomains: string[]; neverLog: string[]; storedPart: StoredPart; attachmentCapMb: number };
export type MyDraft = { neverLog: string[]; autoLog: boolean; saveAttachments: boolean };
type SaveState = { phase: 'idle' } | { phase: 'saving' } | { phase: 'saved' } | { phase: 'failed'; error: unknown };

/** The team's and the user's logging rules as editable drafts, loaded once from the store. */
export function useLoggingSettings() {
  const app = useApp();
  const saved = useLive(async () => ({ ...(await app.logging.rules()), canEditTeam: await app.logging.canEditTeamPolicy() }), []);
  // Drafts start from the store; once edited, later syncs do not overwrite what the user is typing.
  const [teamEdit, setTeam] = useState<TeamDraft | null>(null);
  const [mineEdit, setMine] = useState<MyDraft | null>(null);
  const [teamSave, setTeamSave] = useState<SaveState>({ phase: 'idle' });
  const [mySave, setMySave] = useState<SaveState>({ phase: 'idle' });
  const data = saved.data;
  const team: TeamDraft | null = teamEdit ?? (data ? { internalDomains: data.team.internalDomains, neverLog: data.team.neverLog, storedPart: data.team.storedPart, attachmentCapMb: data.team.attachmentCapMb ?? DEFAULT_ATTACHMENT_CAP_MB } : null);
  const mine: MyDraft | null = mineEdit ?? (data ? { neverLog: data.mine.neverLog, autoLog: data.mine.autoLog, saveAttachments: data.mine.saveAttachments ?? false } : null);
  const save = async (set: (s: SaveState) => void, work: () => Promise<void>) => {
    set({ phase: 'saving' });
    try {
      await work();
      set({ phase: 'saved' });
    } catch (error) {
      set({ phase: 'failed', error });
    }
  };
  return {
    team,
    mine,
    canEditTeam: data?.canEditTeam ?? false,
    teamSave,
    mySave,
    editTeam: (t: TeamDraft) => {
      setTeam(t);
      setTeamSave({ phase: 'idle' });
    },
    editMine: (m: MyDraft) => {
      setMine(m);
      setMySave({ phase: 'idle' });
    },
    saveTeam: () => team && save(setTeamSave, () => app.logging.saveTeamPolicy(team)),
    saveMine: () => mine && save(setMySave, () => app.logging.saveMyPrefs(mine)),
  };
}
