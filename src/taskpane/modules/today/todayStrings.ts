import { lazyUk } from '../../i18n/lazyUk';
import type { Strings } from '../../i18n/useT';

/** The keys of home's strings; todayStringsUk must have each of them. */
export type TodayKey =
  | 'heading'
  | 'loading'
  | 'failed'
  | 'clients_one'
  | 'clients_few'
  | 'clients_many'
  | 'clients_other'
  | 'overdue_one'
  | 'overdue_few'
  | 'overdue_many'
  | 'overdue_other'
  | 'dueToday_one'
  | 'dueToday_few'
  | 'dueToday_many'
  | 'dueToday_other'
  | 'overdueSince'
  | 'due'
  | 'planOwner'
  | 'scope'
  | 'scope.mine'
  | 'scope.everyone'
  | 'openCard'
  | 'emptyHeading'
  | 'emptyText'
  | 'welcomeHeading'
  | 'welcomeText'
  | 'welcomeOpenEmail'
  | 'findClient'
  | 'createClient';

export const todayStrings = {
  ns: 'today',
  en: {
    heading: 'Today’s plan',
    loading: 'Loading the day’s plan…',
    failed: 'The day’s plan could not be loaded: {{message}}',
    clients_one: '{{count}} client to contact',
    clients_few: '{{count}} clients to contact',
    clients_many: '{{count}} clients to contact',
    clients_other: '{{count}} clients to contact',
    overdue_one: '{{count}} overdue',
    overdue_few: '{{count}} overdue',
    overdue_many: '{{count}} overdue',
    overdue_other: '{{count}} overdue',
    dueToday_one: '{{count}} today',
    dueToday_few: '{{count}} today',
    dueToday_many: '{{count}} today',
    dueToday_other: '{{count}} today',
    overdueSince: 'Overdue since {{day}}',
    due: 'Due {{day}}',
    planOwner: 'Owner: {{name}}',
    scope: 'Whose next contacts',
    'scope.mine': 'Mine',
    'scope.everyone': 'Everyone’s',
    openCard: 'Open the card of {{client}}',
    emptyHeading: 'Nothing due today',
    emptyText: 'No next contacts are due today or overdue. Plan one from a client’s card after a call or an email.',
    welcomeHeading: 'Welcome to Clientbook',
    welcomeText: 'Your clients, their contacts and history, right beside your mail.',
    welcomeOpenEmail: 'Open an email from a client: Clientbook recognises the sender and shows their card. From an unknown sender, create the client in one click.',
    findClient: 'Find a client',
    createClient: 'Create client',
  },
  // Loaded only in a Ukrainian pane, before its first render (lazyUk).
  uk: lazyUk(() => import('./todayStringsUk').then((m) => m.todayStringsUk)),
} satisfies Strings<TodayKey>;
