import type { Client } from '../domain/model/Client';
import type { Contact } from '../domain/model/Contact';
import type { EmailParticipant } from '../domain/model/HistoryEntry';
import type { TeamLoggingPolicy } from '../domain/model/LoggingSettings';
import { referenceLists, type ReferenceItem } from '../domain/model/ReferenceItem';
import type { ReadItem } from '../domain/ports';
import { exportTables } from '../domain/dataPorts';
import { guessMapping, importFields } from '../domain/rules/guessMapping';
import type { AppDeps } from './AppDeps';
import { autoLoggedEntries, autoLogOnOpen, autoLogSentMail, undoAutoLog } from './autoLog';
import { conversationStatus, logRestOfConversation, signInForConversations } from './conversationLogging';
import type { LogEmailOptions } from './logEmail';
import { loggingRules } from './loggingRules';
import { canEditTeamPolicy, saveMyLoggingPrefs, saveTeamPolicy, type MyPrefsInput, type TeamPolicyInput } from './loggingSettingsUseCases';
import { draftClientFromParticipant } from './clientDraft';
import { clientDeletion, createClient, deleteClient, mayDeleteClient, saveClient, saveContact, type NewClientInput } from './clientUseCases';
import { currentAuthor } from './currentAuthor';
import { dealQueries, mayDeleteDeal, previewDealAmount } from './dealQueries';
import { lazyMailings } from './lazyMailings';
import { lazyUseCases } from './lazyUseCases';
import { bodyToText } from './emailText';
import { changePlannedContact, planNextContact, recordContact, removePlannedContact, type PlanInput, type RecordContactInput } from './historyUseCases';
import { logEmail } from './logEmail';
import { queries } from './queries';
import { recognizeMessage } from './recognizeMessage';
import { requireRole } from './requireRole';

/** The use cases the UI and the ribbon command call, bound to one set of ports. */
export function createApp(deps: AppDeps) {
  const { store, mailHost, clock, analytics } = deps;
  return {
    host: mailHost,
    clock,
    live: <T>(query: () => Promise<T>) => store.live(query),
    queries: queries(deps),
    /** The signed-in user as an author: address, name and department (forms default to it). */
    me: () => currentAuthor(deps),
    /** First-run set-up: the default picklists, in both languages. */
    async start() {
      // The defaults load only while a picklist is still empty (a store's first start), so an
      // everyday start does not carry both languages of every picklist in its first script.
      const filled = new Set((await store.referenceItems()).map((item) => item.list));
      if (referenceLists.every((list) => filled.has(list))) return;
      const { defaultReferenceItems } = await import('../domain/rules/defaultReferenceItems');
      await store.seedReferenceItems(defaultReferenceItems(clock.now().toISOString()));
    },
    recognizeMessage: (item: ReadItem) => recognizeMessage(deps, item),
    logEmail: (item: ReadItem, clientId: string, contactIds: string[] = [], options?: LogEmailOptions) => logEmail(deps, item, clientId, contactIds, options),
    /** Never-log rules, what a logged email keeps, whole threads and auto-log (issue 7). */
    logging: {
      rules: () => loggingRules(deps),
      canEditTeamPolicy: () => canEditTeamPolicy(deps),
      saveTeamPolicy: (input: TeamPolicyInput, read?: TeamLoggingPolicy) => saveTeamPolicy(deps, input, read),
      saveMyPrefs: (input: MyPrefsInput) => saveMyLoggingPrefs(deps, input),
      conversationStatus: (item: ReadItem) => conversationStatus(deps, item),
      logRestOfConversation: (item: ReadItem, clientId: string) => logRestOfConversation(deps, item, clientId),
      signInForConversations: () => signInForConversations(deps),
      autoLogOnOpen: (item: ReadItem) => autoLogOnOpen(deps, item),
      autoLogSentMail: () => autoLogSentMail(deps),
      autoLoggedEntries: () => autoLoggedEntries(deps),
      undoAutoLog: (entryId: string) => undoAutoLog(deps, entryId),
    },
    /** Import, export, data-subject export and erasure (issue 7). */
    data: lazyUseCases(() => import('./dataUseCases').then((m) => m.dataUseCases(deps)), { importFields, exportTables, guessMapping }),
    /** A client draft from a participant, using the body's signature when the body can be read. */
    async draftClient(item: ReadItem | null, participant: EmailParticipant) {
      const text = item ? bodyToText(await mailHost.getBody(item).catch(() => ({ kind: 'text' as const, content: '' }))) : '';
      const draft = draftClientFromParticipant(participant, text, item?.from?.email.toLowerCase() === participant.email.toLowerCase());
      // The head of sales may have renamed or archived a default value: suggest only what the list offers.
      const items = await store.referenceItems();
      const offered = (list: 'leadSource' | 'trigger', code: string) => (items.some((i) => i.list === list && i.code === code && !i.archived) ? code : '');
      return { ...draft, leadSource: offered('leadSource', draft.leadSource), trigger: offered('trigger', draft.trigger) };
    },
    createClient: (input: NewClientInput) => createClient(deps, input),
    saveClient: (client: Client, read?: Client) => saveClient(deps, client, read),
    /** A client made by mistake, with all that is only its; refused with payments (ValidationError) or for marketing and after-sales (NotAllowedError). */
    deleteClient: (clientId: string) => deleteClient(deps, clientId),
    mayDeleteClient: (clientId: string) => mayDeleteClient(deps, clientId),
    clientDeletion: (clientId: string) => clientDeletion(deps, clientId),
    saveContact: (contact: Parameters<typeof saveContact>[1], read?: Contact) => saveContact(deps, contact, read),
    deleteContact: (id: string) => store.deleteContact(id),
    recordContact: (input: RecordContactInput) => recordContact(deps, input),
    planNextContact: (input: PlanInput) => planNextContact(deps, input),
    changePlannedContact: (id: string, input: PlanInput) => changePlannedContact(deps, id, input),
    removePlannedContact: (clientId: string, id: string) => removePlannedContact(deps, clientId, id),
    /** Picklists are the team's: in a team, only the head of sales edits them (NotAllowedError). */
    async saveReferenceItem(item: ReferenceItem) {
      await requireRole(deps, ['head-of-sales']);
      await store.saveReferenceItem({ ...item, updatedAt: clock.now().toISOString() });
    },
    /** Deals, money, campaigns, service cases and picklist values in use (issue 4); see docs in each use case. */
    /** Templates, compose insertion and bulk mailings (issue 5); null without mailing ports. */
    mailings: deps.mailing ? lazyMailings({ ...deps, ...deps.mailing }) : null,
    /** The team store (issue 3): Connect, sync status, sign-in, conflict log, Team member roles; null without one. */
    team: deps.team ?? null,
    /** Dashboards, alarms, pay statements, marketing and queries (issue 6); null without an analytics store. */
    analytics: analytics ? lazyUseCases(() => import('./analyticsUseCases').then((m) => m.analyticsUseCases(deps, analytics))) : null,
    deals: lazyUseCases(() => import('./dealCommands').then((m) => m.dealCommands(deps)), {
      queries: dealQueries(deps),
      mayDelete: (dealId: string) => mayDeleteDeal(deps, dealId),
      previewAmount: previewDealAmount,
    }),
  };
}

export type App = ReturnType<typeof createApp>;
