import { TEAM_LOGGING_POLICY_ID, userLoggingPrefsId, type TeamLoggingPolicy, type UserLoggingPrefs } from '../domain/model/LoggingSettings';
import { neverLogReason, type NeverLogReason } from '../domain/rules/neverLog';
import type { ReadItem } from '../domain/ports';
import type { AppDeps } from './AppDeps';
import { ownDomains, participantsOf } from './recognizeMessage';

const EPOCH = '1970-01-01T00:00:00.000Z';

/** Until the head of sales sets a policy, nothing is excluded beyond internal mail and the whole message is kept. */
export function defaultTeamPolicy(): TeamLoggingPolicy {
  return { id: TEAM_LOGGING_POLICY_ID, kind: 'team', internalDomains: [], neverLog: [], storedPart: 'body', createdAt: EPOCH, updatedAt: EPOCH };
}

export function defaultUserPrefs(member: string): UserLoggingPrefs {
  const email = member.toLowerCase();
  return { id: userLoggingPrefsId(email), kind: 'user', member: email, neverLog: [], autoLog: false, createdAt: EPOCH, updatedAt: EPOCH };
}

/** The team's policy and the signed-in user's own choices, with the defaults where none are saved. */
export async function loggingRules(deps: Pick<AppDeps, 'data' | 'mailHost'>) {
  const me = deps.mailHost.userProfile().email.toLowerCase();
  const [team, mine] = await Promise.all([deps.data.teamLoggingPolicy(), deps.data.userLoggingPrefs(me)]);
  return { team: team ?? defaultTeamPolicy(), mine: mine ?? defaultUserPrefs(me) };
}

/** Why the message must never be logged under the team's and the user's rules, or null. */
export async function whyNeverLogged(deps: Pick<AppDeps, 'data' | 'mailHost'>, item: ReadItem): Promise<NeverLogReason | null> {
  const { team, mine } = await loggingRules(deps);
  return neverLogReason(participantsOf(item), {
    self: deps.mailHost.userProfile().email,
    ownDomains: [...ownDomains(deps), ...team.internalDomains],
    teamRules: team.neverLog,
    myRules: mine.neverLog,
  });
}
