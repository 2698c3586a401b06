import type { Client } from '../domain/model/Client';
import type { EmailParticipant } from '../domain/model/HistoryEntry';
import type { ReferenceItem } from '../domain/model/ReferenceItem';
import { defaultReferenceItems } from '../domain/rules/defaultReferenceItems';
import type { ReadItem } from '../domain/ports';
import type { AppDeps } from './AppDeps';
import { analyticsUseCases } from './analyticsUseCases';
import { autoLoggedEntries, autoLogOnOpen, undoAutoLog } from './autoLog';
import { conversationStatus, logRestOfConversation } from './conversationLogging';
import { dataUseCases } from './dataUseCases';
import type { LogEmailOptions } from './logEmail';
import { loggingRules } from './loggingRules';
import { canEditTeamPolicy, saveMyLoggingPrefs, saveTeamPolicy, type MyPrefsInput, type TeamPolicyInput } from './loggingSettingsUseCases';
import { saveCampaign, tieClientToCampaign, type CampaignInput } from './campaignUseCases';
import { saveProduct, type ProductInput } from './catalogueUseCases';
import { draftClientFromParticipant } from './clientDraft';
import { createClient, saveClient, saveContact, type NewClientInput } from './clientUseCases';
import { currentAuthor } from './currentAuthor';
import { closeDealAsRefused, closeDealAsWon, createDeal, linkHistoryToDeal, moveDealStage, reopenClosedDeal, updateDeal, type DealChanges, type DealInput } from './dealUseCases';
import { dealQueries, previewDealAmount } from './dealQueries';
import { recordDepartmentEntry, type DepartmentEntryInput } from './departmentEntryUseCases';
import { bodyToText } from './emailText';
import { planNextContact, recordContact, type PlanInput, type RecordContactInput } from './historyUseCases';
import { logEmail } from './logEmail';
import { createMailings } from './mailingUseCases';
import { correctPayment, deletePayment, deletePlannedReceipt, recordPayment, savePlannedReceipt, type PaymentCorrection, type PaymentInput, type PlannedReceiptInput } from './paymentUseCases';
import { queries } from './queries';
import { recognizeMessage } from './recognizeMessage';
import { retireReferenceValue, setStageProbability, type RetireInput } from './referenceUseCases';
import { openServiceCase, updateServiceCase, type ServiceCaseChanges, type ServiceCaseInput } from './serviceCaseUseCases';

/** The use cases the UI and the ribbon command call, bound to one set of ports. */
export function createApp(deps: AppDeps) {
  const { store, mailHost, clock } = deps;
  return {
    host: mailHost,
    clock,
    live: <T>(query: () => Promise<T>) => store.live(query),
    queries: queries(deps),
    /** The signed-in user as an author: address, name and department (forms default to it). */
    me: () => currentAuthor(deps),
    /** First-run set-up: the default picklists, in both languages. */
    start: () => store.seedReferenceItems(defaultReferenceItems(clock.now().toISOString())),
    recognizeMessage: (item: ReadItem) => recognizeMessage(deps, item),
    logEmail: (item: ReadItem, clientId: string, contactIds: string[] = [], options?: LogEmailOptions) => logEmail(deps, item, clientId, contactIds, options),
    /** Never-log rules, what a logged email keeps, whole threads and auto-log (issue 7). */
    logging: {
      rules: () => loggingRules(deps),
      canEditTeamPolicy: () => canEditTeamPolicy(deps),
      saveTeamPolicy: (input: TeamPolicyInput) => saveTeamPolicy(deps, input),
      saveMyPrefs: (input: MyPrefsInput) => saveMyLoggingPrefs(deps, input),
      conversationStatus: (item: ReadItem) => conversationStatus(deps, item),
      logRestOfConversation: (item: ReadItem, clientId: string) => logRestOfConversation(deps, item, clientId),
      autoLogOnOpen: (item: ReadItem) => autoLogOnOpen(deps, item),
      autoLoggedEntries: () => autoLoggedEntries(deps),
      undoAutoLog: (entryId: string) => undoAutoLog(deps, entryId),
    },
    /** Import, export, data-subject export and erasure (issue 7). */
    data: dataUseCases(deps),
    /** A client draft from a participant, using the body's signature when the body can be read. */
    async draftClient(item: ReadItem | null, participant: EmailParticipant) {
      const text = item ? bodyToText(await mailHost.getBody(item).catch(() => ({ kind: 'text' as const, content: '' }))) : '';
      return draftClientFromParticipant(participant, text);
    },
    createClient: (input: NewClientInput) => createClient(deps, input),
    saveClient: (client: Client) => saveClient(deps, client),
    saveContact: (contact: Parameters<typeof saveContact>[1]) => saveContact(deps, contact),
    deleteContact: (id: string) => store.deleteContact(id),
    recordContact: (input: RecordContactInput) => recordContact(deps, input),
    planNextContact: (input: PlanInput) => planNextContact(deps, input),
    saveReferenceItem: (item: ReferenceItem) => store.saveReferenceItem({ ...item, updatedAt: clock.now().toISOString() }),
    /** Deals, money, campaigns, service cases and picklist values in use (issue 4); see docs in each use case. */
    /** Templates, compose insertion and bulk mailings (issue 5); null without mailing ports. */
    mailings: deps.mailing ? createMailings({ ...deps, ...deps.mailing }) : null,
    /** The team store (issue 3): Connect, sync status, sign-in, conflict log, Team member roles; null without one. */
    team: deps.team ?? null,
    /** Dashboards, alarms, pay statements, marketing and queries (issue 6); null without an analytics store. */
    analytics: deps.analytics ? analyticsUseCases(deps, deps.analytics) : null,
    deals: {
      queries: dealQueries(deps),
      previewAmount: previewDealAmount,
      saveProduct: (input: ProductInput) => saveProduct(deps, input),
      create: (input: DealInput) => createDeal(deps, input),
      update: (dealId: string, changes: DealChanges) => updateDeal(deps, dealId, changes),
      moveToStage: (dealId: string, stage: string) => moveDealStage(deps, dealId, stage),
      closeAsWon: (dealId: string, note?: string) => closeDealAsWon(deps, dealId, note),
      closeAsRefused: (dealId: string, reason: string, note?: string) => closeDealAsRefused(deps, dealId, reason, note),
      reopen: (dealId: string, note?: string) => reopenClosedDeal(deps, dealId, note),
      linkHistory: (entryId: string, dealId: string) => linkHistoryToDeal(deps, entryId, dealId),
      savePlannedReceipt: (input: PlannedReceiptInput) => savePlannedReceipt(deps, input),
      deletePlannedReceipt: (invoiceId: string) => deletePlannedReceipt(deps, invoiceId),
      recordPayment: (input: PaymentInput) => recordPayment(deps, input),
      correctPayment: (paymentId: string, input: PaymentCorrection) => correctPayment(deps, paymentId, input),
      deletePayment: (paymentId: string) => deletePayment(deps, paymentId),
      saveCampaign: (input: CampaignInput) => saveCampaign(deps, input),
      tieClientToCampaign: (clientId: string, campaignId: string) => tieClientToCampaign(deps, clientId, campaignId),
      openServiceCase: (input: ServiceCaseInput) => openServiceCase(deps, input),
      updateServiceCase: (id: string, changes: ServiceCaseChanges) => updateServiceCase(deps, id, changes),
      recordDepartmentEntry: (input: DepartmentEntryInput) => recordDepartmentEntry(deps, input),
      retireReferenceValue: (input: RetireInput) => retireReferenceValue(deps, input),
      setStageProbability: (code: string, probability: number) => setStageProbability(deps, code, probability),
    },
  };
}

export type App = ReturnType<typeof createApp>;
