import type { Strings } from '../../i18n/useT';

type Key =
  | 'heading'
  | 'hint'
  | 'team'
  | 'teamReadOnly'
  | 'internalDomains'
  | 'internalDomainsHint'
  | 'addDomain'
  | 'teamNeverLog'
  | 'neverLogHint'
  | 'addRule'
  | 'storedPart'
  | 'storedPart.metadata'
  | 'storedPart.subject'
  | 'storedPart.body'
  | 'storedPartHint'
  | 'saveTeam'
  | 'mine'
  | 'myNeverLog'
  | 'autoLog'
  | 'autoLogHint'
  | 'saveMine'
  | 'saving'
  | 'saved'
  | 'saveFailed'
  | 'fixErrors'
  | 'invalidRule'
  | 'invalidDomain'
  | 'autoLogged'
  | 'autoLoggedEmpty'
  | 'autoLoggedLine'
  | 'undo'
  | 'undone'
  | 'undoFailed'
  | 'data'
  | 'dataHint'
  | 'openData';

/** Settings of logging rules, privacy and data (issue 7). */
export const loggingSettingsStrings: Strings<Key> = {
  ns: 'loggingSettings',
  en: {
    heading: 'Logging and privacy',
    hint: 'Mail that must never be logged, and how much of a logged email the history keeps. What is not kept is never stored anywhere, not even hidden.',
    team: 'Team rules (head of sales)',
    teamReadOnly: 'Only the head of sales changes the team rules.',
    internalDomains: 'Our other domains',
    internalDomainsHint: 'Mail only among your own domain and these is internal and never logged.',
    addDomain: 'Add domain',
    teamNeverLog: 'Never log mail with these addresses or domains',
    neverLogHint: 'An address (name@example.com) or a domain (example.com, subdomains included). A message with anyone on the list is never logged.',
    addRule: 'Add address or domain',
    storedPart: 'A logged email keeps at most',
    // As the open message's choice (messageLoggingStrings), short enough for a 320 px pane's select.
    'storedPart.metadata': 'Who, when and thread only',
    'storedPart.subject': 'Also the subject',
    'storedPart.body': 'Also text, attachment names',
    storedPartHint: 'Managers can keep less for a single email, never more.',
    saveTeam: 'Save team rules',
    mine: 'My rules',
    myNeverLog: 'Never log my mail with these addresses or domains',
    autoLog: 'Log received mail from known clients when I open it',
    autoLogHint: 'Mail you send to known clients is logged too, from Sent Items, from the moment this is turned on. Never-log rules still apply. Everything logged automatically is listed below with Undo.',
    saveMine: 'Save my rules',
    saving: 'Saving…',
    saved: 'Saved.',
    saveFailed: 'Could not save: {{message}}',
    fixErrors: 'Some fields need attention; nothing you typed was lost.',
    invalidRule: 'Enter an address or a domain.',
    invalidDomain: 'Enter a domain such as example.com.',
    autoLogged: 'Logged automatically',
    autoLoggedEmpty: 'Nothing has been logged automatically.',
    autoLoggedLine: '{{when}}: {{subject}}',
    undo: 'Undo',
    undone: 'Undone.',
    undoFailed: 'Could not undo: {{message}}',
    data: 'Data',
    dataHint: 'Import clients and contacts, export the team’s data, answer a person’s request about their data.',
    openData: 'Import, export and personal data',
  },
  uk: {
    heading: 'Запис листів і приватність',
    hint: 'Пошта, яку ніколи не можна записувати, і скільки із записаного листа зберігає історія. Те, що не зберігається, не потрапляє нікуди — навіть прихованим.',
    team: 'Правила команди (керівник відділу продажів)',
    teamReadOnly: 'Правила команди змінює лише керівник відділу продажів.',
    internalDomains: 'Інші наші домени',
    internalDomainsHint: 'Листування лише між вашим доменом і цими — внутрішнє і ніколи не записується.',
    addDomain: 'Додати домен',
    teamNeverLog: 'Не записувати листи з цими адресами чи доменами',
    neverLogHint: 'Адреса (name@example.com) або домен (example.com, разом із субдоменами). Лист, у якому є хтось зі списку, ніколи не записується.',
    addRule: 'Додати адресу чи домен',
    storedPart: 'Записаний лист зберігає щонайбільше',
    'storedPart.metadata': 'Лише хто, коли і листування',
    'storedPart.subject': 'Також тему',
    'storedPart.body': 'Також текст і назви вкладень',
    storedPartHint: 'Менеджер може зберегти менше для окремого листа, але не більше.',
    saveTeam: 'Зберегти правила команди',
    mine: 'Мої правила',
    myNeverLog: 'Не записувати мої листи з цими адресами чи доменами',
    autoLog: 'Записувати отримані листи від відомих клієнтів, коли я їх відкриваю',
    autoLogHint: 'Листи, які ви надсилаєте відомим клієнтам, теж записуються — з «Надісланих», відтоді як це ввімкнено. Правила «Не записувати» діють і тут. Усе, що записано автоматично, показано нижче з кнопкою «Скасувати».',
    saveMine: 'Зберегти мої правила',
    saving: 'Зберігаємо…',
    saved: 'Збережено.',
    saveFailed: 'Не вдалося зберегти: {{message}}',
    fixErrors: 'Деякі поля потребують уваги; нічого з уведеного не втрачено.',
    invalidRule: 'Введіть адресу або домен.',
    invalidDomain: 'Введіть домен, напр. example.com.',
    autoLogged: 'Записано автоматично',
    autoLoggedEmpty: 'Автоматично ще нічого не записано.',
    autoLoggedLine: '{{when}}: {{subject}}',
    undo: 'Скасувати',
    undone: 'Скасовано.',
    undoFailed: 'Не вдалося скасувати: {{message}}',
    data: 'Дані',
    dataHint: 'Імпорт клієнтів і контактних осіб, експорт даних команди, відповідь на запит людини щодо її даних.',
    openData: 'Імпорт, експорт і персональні дані',
  },
};
