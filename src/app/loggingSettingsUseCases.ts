import { DEFAULT_ATTACHMENT_CAP_MB, MAX_ATTACHMENT_CAP_MB, type StoredPart, type TeamLoggingPolicy } from '../domain/model/LoggingSettings';
import { normaliseNeverLogRule } from '../domain/rules/neverLog';
import type { AppDeps } from './AppDeps';
import { changedFields } from './changedFields';
import { defaultTeamPolicy, loggingRules } from './loggingRules';
import { mayAct, requireRole } from './requireRole';
import { ValidationError, type FieldError } from './validation';

/** `attachmentCapMb` absent: the policy keeps the cap it has. */
export type TeamPolicyInput = { internalDomains: string[]; neverLog: string[]; storedPart: StoredPart; attachmentCapMb?: number };
/** `saveAttachments` absent: the setting stays as it is. */
export type MyPrefsInput = { neverLog: string[]; autoLog: boolean; saveAttachments?: boolean };

/** Normalises typed rules; any that is neither an address nor a domain is reported with its row. */
function rulesFrom(field: string, texts: string[], domainsOnly = false): { rules: string[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const rules: string[] = [];
  texts.forEach((text, index) => {
    if (!text.trim()) return;
    const rule = normaliseNeverLogRule(text);
    if (!rule || (domainsOnly && rule.includes('@'))) errors.push({ field, key: domainsOnly ? 'errors.invalidDomain' : 'errors.invalidRule', index });
    else if (!rules.includes(rule)) rules.push(rule);
  });
  return { rules, errors };
}

/** Who may change the team's policy: the head of sales; anyone while the team has no members (single-user mode). */
export const canEditTeamPolicy = (deps: AppDeps): Promise<boolean> => mayAct(deps, ['head-of-sales']);

/** A policy's fields as the settings form shows them: its rules as saved, and the default cap for none. */
function policyFields({ internalDomains, neverLog, storedPart, attachmentCapMb }: TeamLoggingPolicy): TeamPolicyInput {
  return { internalDomains, neverLog, storedPart, attachmentCapMb: attachmentCapMb ?? DEFAULT_ATTACHMENT_CAP_MB };
}

/**
 * Saves the team's logging policy (the head of sales' job). With `read`, the policy as the form
 * showed it, only the fields changed from it are applied (saveClient says why): a team may have
 * more than one head of sales, and one may have the pane open on two devices.
 */
export async function saveTeamPolicy(deps: AppDeps, input: TeamPolicyInput, read?: TeamLoggingPolicy): Promise<void> {
  await requireRole(deps, ['head-of-sales']);
  const { rules: internalDomains, errors: domainErrors } = rulesFrom('internalDomains', input.internalDomains, true);
  const { rules: neverLog, errors: ruleErrors } = rulesFrom('neverLog', input.neverLog);
  const cap = input.attachmentCapMb;
  const capValid = cap === undefined || (Number.isFinite(cap) && cap >= 0 && cap <= MAX_ATTACHMENT_CAP_MB);
  // Every field at once: a user who mends one should not learn of the next only on the following save.
  const errors = [...domainErrors, ...ruleErrors, ...(capValid ? [] : [{ field: 'attachmentCapMb', key: 'errors.invalidCap' }])];
  if (errors.length) throw new ValidationError(errors);
  // An edit only of a stored policy: the defaults are no record, and an edit's save refuses a record not stored.
  const stored = await deps.data.teamLoggingPolicy();
  const team = stored ?? defaultTeamPolicy();
  const now = deps.clock.now().toISOString();
  const typed: TeamPolicyInput = { internalDomains, neverLog, storedPart: input.storedPart, ...(cap !== undefined && { attachmentCapMb: cap }) };
  // The policy as shown, its rules normalised as the typed ones are: a rule only re-spelt is no change.
  const shown = read && policyFields({ ...read, internalDomains: rulesFrom('internalDomains', read.internalDomains, true).rules, neverLog: rulesFrom('neverLog', read.neverLog).rules });
  const changes = shown ? changedFields(shown, typed) : typed;
  await deps.data.saveLoggingSetting({ ...team, ...changes, createdAt: team.createdAt.startsWith('1970') ? now : team.createdAt, updatedAt: now }, stored && { read: read ?? team, basis: team });
}

export async function saveMyLoggingPrefs(deps: AppDeps, input: MyPrefsInput): Promise<void> {
  const { rules: neverLog, errors } = rulesFrom('neverLog', input.neverLog);
  if (errors.length) throw new ValidationError(errors);
  const { mine } = await loggingRules(deps);
  const now = deps.clock.now().toISOString();
  // Turning auto-log on starts it now: sent mail from before is not swept into the history.
  const autoLogSince = input.autoLog ? (mine.autoLog && mine.autoLogSince ? mine.autoLogSince : now) : undefined;
  await deps.data.saveLoggingSetting({ ...mine, neverLog, autoLog: input.autoLog, autoLogSince, ...(input.saveAttachments !== undefined && { saveAttachments: input.saveAttachments }), createdAt: mine.createdAt.startsWith('1970') ? now : mine.createdAt, updatedAt: now });
}
