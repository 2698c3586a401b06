import { MAX_ATTACHMENT_CAP_MB, type StoredPart } from '../domain/model/LoggingSettings';
import { normaliseNeverLogRule } from '../domain/rules/neverLog';
import type { AppDeps } from './AppDeps';
import { loggingRules } from './loggingRules';
import { mayAct, requireRole } from './requireRole';
import { ValidationError, type FieldError } from './validation';

/** `attachmentCapMb` absent: the policy keeps the cap it has. */
export type TeamPolicyInput = { internalDomains: string[]; neverLog: string[]; storedPart: StoredPart; attachmentCapMb?: number };
/** `saveAttachments` absent: the setting stays as it is. */
export type MyPrefsInput = { neverLog: string[]; autoLog: boolean; saveAttachments?: boolean };

/** Normalises typed rules; any that is neither an address nor a domain fails the save with its position. */
function rulesFrom(field: string, texts: string[], domainsOnly = false): string[] {
  const errors: FieldError[] = [];
  const rules: string[] = [];
  for (const text of texts) {
    if (!text.trim()) continue;
    const rule = normaliseNeverLogRule(text);
    if (!rule || (domainsOnly && rule.includes('@'))) errors.push({ field, key: domainsOnly ? 'errors.invalidDomain' : 'errors.invalidRule' });
    else if (!rules.includes(rule)) rules.push(rule);
  }
  if (errors.length) throw new ValidationError(errors);
  return rules;
}

/** Who may change the team's policy: the head of sales; anyone while the team has no members (single-user mode). */
export const canEditTeamPolicy = (deps: AppDeps): Promise<boolean> => mayAct(deps, ['head-of-sales']);

export async function saveTeamPolicy(deps: AppDeps, input: TeamPolicyInput): Promise<void> {
  await requireRole(deps, ['head-of-sales']);
  const internalDomains = rulesFrom('internalDomains', input.internalDomains, true);
  const neverLog = rulesFrom('neverLog', input.neverLog);
  const cap = input.attachmentCapMb;
  if (cap !== undefined && !(Number.isFinite(cap) && cap >= 0 && cap <= MAX_ATTACHMENT_CAP_MB)) throw new ValidationError([{ field: 'attachmentCapMb', key: 'errors.invalidCap' }]);
  const { team } = await loggingRules(deps);
  const now = deps.clock.now().toISOString();
  await deps.data.saveLoggingSetting({ ...team, internalDomains, neverLog, storedPart: input.storedPart, ...(cap !== undefined && { attachmentCapMb: cap }), createdAt: team.createdAt.startsWith('1970') ? now : team.createdAt, updatedAt: now });
}

export async function saveMyLoggingPrefs(deps: AppDeps, input: MyPrefsInput): Promise<void> {
  const neverLog = rulesFrom('neverLog', input.neverLog);
  const { mine } = await loggingRules(deps);
  const now = deps.clock.now().toISOString();
  // Turning auto-log on starts it now: sent mail from before is not swept into the history.
  const autoLogSince = input.autoLog ? (mine.autoLog && mine.autoLogSince ? mine.autoLogSince : now) : undefined;
  await deps.data.saveLoggingSetting({ ...mine, neverLog, autoLog: input.autoLog, autoLogSince, ...(input.saveAttachments !== undefined && { saveAttachments: input.saveAttachments }), createdAt: mine.createdAt.startsWith('1970') ? now : mine.createdAt, updatedAt: now });
}
