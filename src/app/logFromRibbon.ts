/**
 * The ribbon's one-click "Log email", run without the pane: log the open message to the one client
 * it matches, or tell the user, on the message's notification bar, why the pane is needed.
 */
import type { ReadItem } from '../domain/ports';
import type { App } from './createApp';
import { hostLanguage } from './hostLanguage';

export type RibbonOutcome =
  | { kind: 'logged' | 'already-logged'; clientName: string }
  | { kind: 'choose-client'; clientCount: number }
  | { kind: 'create-client' }
  | { kind: 'no-message-id' }
  | { kind: 'never-log' }
  | { kind: 'failed'; error: unknown }
  /** No message in read mode is open: there is no notification bar to answer on. */
  | { kind: 'no-message' };

/** The outcomes the user is told about on the message's notification bar. */
type AnsweredOutcome = Exclude<RibbonOutcome, { kind: 'no-message' }>;

type Strings = {
  logged: (client: string) => string;
  alreadyLogged: (client: string) => string;
  chooseClient: (count: number) => string;
  createClient: string;
  noMessageId: string;
  neverLog: string;
  failed: string;
};

// The pane's i18n is React's; the ribbon runs without React, so its few sentences live here.
const strings: Record<'en' | 'uk', Strings> = {
  en: {
    logged: (client) => `Logged to ${client}.`,
    alreadyLogged: (client) => `Already logged to ${client}.`,
    chooseClient: (count) => `This message matches ${count} clients. Open the Clientbook pane to choose one.`,
    createClient: 'No client matches this message. Open the Clientbook pane to create the client.',
    noMessageId: 'This message has no message ID yet, so it cannot be logged.',
    neverLog: 'This message is never logged: a never-log rule covers it. Open the Clientbook pane to see which.',
    failed: 'Clientbook could not log this message. Open the Clientbook pane to try again.',
  },
  uk: {
    logged: (client) => `Записано в історію клієнта «${client}».`,
    alreadyLogged: (client) => `Уже записано в історію клієнта «${client}».`,
    chooseClient: (count) => `Лист стосується кількох клієнтів (${count}). Відкрийте панель Clientbook, щоб вибрати клієнта.`,
    createClient: 'Жоден клієнт не відповідає цьому листу. Відкрийте панель Clientbook, щоб створити клієнта.',
    noMessageId: 'У цього листа ще немає ідентифікатора повідомлення, тому його не можна записати.',
    neverLog: 'Цей лист ніколи не записується: на нього діє правило «Не записувати». Відкрийте панель Clientbook, щоб побачити яке.',
    failed: 'Clientbook не вдалося записати цей лист. Відкрийте панель Clientbook і спробуйте ще раз.',
  },
};

/** The ribbon's sentences in Outlook's display language: Ukrainian for uk-*, English otherwise. */
export function ribbonStrings(displayLanguage: string): Strings {
  return strings[hostLanguage(displayLanguage)];
}

async function decide(app: App, item: ReadItem): Promise<AnsweredOutcome> {
  const recognition = await app.recognizeMessage(item);
  if (!recognition.entryId) return { kind: 'no-message-id' };
  const existing = recognition.logged ? await app.queries.historyEntry(recognition.entryId) : undefined;
  if (existing) {
    // Logging again finds the entry and puts the category back if it was lost.
    await app.logEmail(item, existing.clientId);
    const { client } = await app.queries.clientCard(existing.clientId);
    return { kind: 'already-logged', clientName: client?.name ?? '' };
  }
  const [client, ...others] = recognition.clients;
  if (!client) return { kind: 'create-client' };
  if (others.length) return { kind: 'choose-client', clientCount: recognition.clients.length };
  const contactIds = recognition.matches.flatMap((m) => (m.kind === 'contact' && m.client.id === client.id ? [m.contact.id] : []));
  const result = await app.logEmail(item, client.id, contactIds);
  if (result.status === 'no-message-id' || result.status === 'never-log') return { kind: result.status };
  return { kind: result.status, clientName: client.name };
}

function sentence(t: Strings, outcome: AnsweredOutcome): string {
  switch (outcome.kind) {
    case 'logged':
      return t.logged(outcome.clientName);
    case 'already-logged':
      return t.alreadyLogged(outcome.clientName);
    case 'choose-client':
      return t.chooseClient(outcome.clientCount);
    case 'create-client':
      return t.createClient;
    case 'no-message-id':
      return t.noMessageId;
    case 'never-log':
      return t.neverLog;
    case 'failed':
      return t.failed;
  }
}

/** Logs the open message from the ribbon and says what happened on the message itself. */
export async function logFromRibbon(app: App): Promise<RibbonOutcome> {
  const item = app.host.currentItem();
  if (item?.mode !== 'read') return { kind: 'no-message' };
  let outcome: AnsweredOutcome;
  try {
    outcome = await decide(app, item);
  } catch (error) {
    // A ribbon command has no other screen: the notification bar is where the user learns of it.
    outcome = { kind: 'failed', error };
  }
  await app.host.notify(item, sentence(ribbonStrings(app.host.displayLanguage()), outcome));
  return outcome;
}
