import type { Client } from '../domain/model/Client';
import type { EmailParticipant } from '../domain/model/HistoryEntry';
import type { ReferenceItem } from '../domain/model/ReferenceItem';
import { defaultReferenceItems } from '../domain/rules/defaultReferenceItems';
import type { ReadItem } from '../domain/ports';
import type { AppDeps } from './AppDeps';
import { draftClientFromParticipant } from './clientDraft';
import { createClient, saveClient, saveContact, type NewClientInput } from './clientUseCases';
import { currentAuthor } from './currentAuthor';
import { bodyToText } from './emailText';
import { planNextContact, recordContact, type PlanInput, type RecordContactInput } from './historyUseCases';
import { logEmail } from './logEmail';
import { queries } from './queries';
import { recognizeMessage } from './recognizeMessage';

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
    logEmail: (item: ReadItem, clientId: string, contactIds: string[] = []) => logEmail(deps, item, clientId, contactIds),
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
  };
}

export type App = ReturnType<typeof createApp>;
