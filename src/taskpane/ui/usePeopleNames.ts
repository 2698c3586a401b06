import { useCallback, useMemo } from 'react';
import { useApp } from './AppContext';
import { peopleNames, personName } from './personName';
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
  const names = useMemo(() => peopleNames(members ?? [], app.host.userProfile()), [members, app.host]);
  const nameOf = useCallback((email: string, keptName = '') => personName(names, email, keptName), [names]);
  const isMe = useCallback((email: string) => email.trim().toLowerCase() === names.myEmail, [names]);
  return { nameOf, isMe };
}
