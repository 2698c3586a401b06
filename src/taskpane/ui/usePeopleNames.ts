import { useCallback, useMemo } from 'react';
import { useApp } from './AppContext';
import { peopleNames, personName } from './personName';
import { useLive } from './useLive';

const emptyMembers = () => Promise.resolve([]);

/** Someone a record can name: a Team member or the signed-in user. */
export type Person = { email: string; name: string };

/**
 * Names for the addresses records keep of people (a client's owner, a History author, a deal's
 * owner): the Team member's name when the team's members list knows the address, else a name the
 * record kept, else the signed-in user's name from the mailbox profile, and the address last.
 * `people`: those a record can be given to, the signed-in user first, then the members by name.
 */
export function usePeopleNames() {
  const app = useApp();
  const { data: members } = useLive(() => (app.team ? app.team.members() : emptyMembers()), [app.team ? 'team' : 'single']);
  const names = useMemo(() => peopleNames(members ?? [], app.host.userProfile()), [members, app.host]);
  const nameOf = useCallback((email: string, keptName = '') => personName(names, email, keptName), [names]);
  const isMe = useCallback((email: string) => email.trim().toLowerCase() === names.myEmail, [names]);
  const people = useMemo<Person[]>(() => {
    const others = (members ?? []).filter((m) => m.email.toLowerCase() !== names.myEmail).map((m) => ({ email: m.email.toLowerCase(), name: nameOf(m.email) }));
    const me = names.myEmail ? [{ email: names.myEmail, name: nameOf(names.myEmail) }] : [];
    return [...me, ...others.sort((a, b) => a.name.localeCompare(b.name))];
  }, [members, names, nameOf]);
  return { nameOf, isMe, people };
}
