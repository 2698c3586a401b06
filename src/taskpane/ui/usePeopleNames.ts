import { useCallback, useMemo } from 'react';
import { useApp } from './AppContext';
import { useLive } from './useLive';

const emptyMembers = () => Promise.resolve([]);

/**
 * Names for the addresses records keep of people (a client's owner, a History author, a deal's
 * owner): the Team member's name when the team's members list knows the address, else a name the
 * record kept, else the signed-in user's name from the mailbox profile, and the address last.
 */
export function usePeopleNames() {
  const app = useApp();
  const { data: members } = useLive(() => (app.team ? app.team.members() : emptyMembers()), [app.team ? 'team' : 'single']);
  const names = useMemo(() => {
    const byEmail = new Map<string, string>();
    // A member who joined without a display name is stored under the address: that is no name.
    for (const m of members ?? []) if (m.name.trim() && m.name.trim().toLowerCase() !== m.email.toLowerCase()) byEmail.set(m.email.toLowerCase(), m.name.trim());
    const me = app.host.userProfile();
    const myName = me.displayName.trim();
    return { byEmail, myEmail: me.email.trim().toLowerCase(), myName };
  }, [members, app.host]);

  const nameOf = useCallback(
    (email: string, keptName = '') => {
      const key = email.trim().toLowerCase();
      const kept = keptName.trim();
      if (!key) return kept;
      const member = names.byEmail.get(key);
      if (member) return member;
      if (kept && kept.toLowerCase() !== key) return kept;
      if (key === names.myEmail && names.myName) return names.myName;
      return email.trim();
    },
    [names],
  );
  const isMe = useCallback((email: string) => email.trim().toLowerCase() === names.myEmail, [names]);
  return { nameOf, isMe };
}
