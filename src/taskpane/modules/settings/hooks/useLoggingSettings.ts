import { useState } from 'react';
import { ValidationError } from '../../../../app/validation';
import { DEFAULT_ATTACHMENT_CAP_MB, type StoredPart, type TeamLoggingPolicy } from '../../../../domain/model/LoggingSettings';
import { useApp } from '../../../ui/AppContext';
import { useWithdrawnOnFormError } from '../../../ui/latestOutcome';
import { useLive } from '../../../ui/useLive';

export type TeamDraft = { internalDomains: string[]; neverLog: string[]; storedPart: StoredPart; attachmentCapMb: number };
export type MyDraft = { neverLog: string[]; autoLog: boolean; saveAttachments: boolean };
type SaveState = { phase: 'idle' } | { phase: 'saving' } | { phase: 'saved' } | { phase: 'failed'; error: unknown };

/**
 * What a save's outcome says once fields were edited: the messages about those fields go, as the user
 * is mending them, and the others stay, still true; so does why the last save failed. "Saved." goes:
 * the form no longer holds what was saved.
 */
function afterEdit<D extends object>(state: SaveState, before: D | null, after: D): SaveState {
  if (state.phase === 'saved') return { phase: 'idle' };
  if (state.phase !== 'failed' || !(state.error instanceof ValidationError)) return state;
  const edited = (field: string) => JSON.stringify(before?.[field as keyof D]) !== JSON.stringify(after[field as keyof D]);
  const rest = state.error.errors.filter((e) => !edited(e.field));
  if (rest.length === state.error.errors.length) return state;
  return rest.length ? { phase: 'failed', error: new ValidationError(rest) } : { phase: 'idle' };
}

/** The team's and the user's logging rules as editable drafts, loaded once from the store. */
export function useLoggingSettings() {
  const app = useApp();
  const saved = useLive(async () => ({ ...(await app.logging.rules()), canEditTeam: await app.logging.canEditTeamPolicy() }), []);
  // Drafts start from the store; once edited, later syncs do not overwrite what the user is typing.
  const [teamEdit, setTeam] = useState<TeamDraft | null>(null);
  // The policy as the team draft shows it: a save sends only what differs (saveTeamPolicy), so a colleague's edit pulled meanwhile stays.
  const [teamRead, setTeamRead] = useState<TeamLoggingPolicy | null>(null);
  const [mineEdit, setMine] = useState<MyDraft | null>(null);
  const [teamSave, setTeamSave] = useState<SaveState>({ phase: 'idle' });
  const [mySave, setMySave] = useState<SaveState>({ phase: 'idle' });
  const notSaved = (s: SaveState): SaveState => (s.phase === 'saved' ? { phase: 'idle' } : s);
  useWithdrawnOnFormError(() => {
    setTeamSave(notSaved);
    setMySave(notSaved);
  });
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
      if (!teamEdit && data) setTeamRead(data.team);
      setTeam(t);
      setTeamSave((s) => afterEdit(s, team, t));
    },
    editMine: (m: MyDraft) => {
      setMine(m);
      setMySave((s) => afterEdit(s, mine, m));
    },
    saveTeam: () =>
      team &&
      save(setTeamSave, async () => {
        const shown = teamRead ?? data?.team;
        await app.logging.saveTeamPolicy(team, shown);
        // What is saved is what the draft shows now; what it still shows of the rest is as read.
        if (shown) setTeamRead({ ...shown, ...team });
      }),
    saveMine: () => mine && save(setMySave, () => app.logging.saveMyPrefs(mine)),
  };
}
