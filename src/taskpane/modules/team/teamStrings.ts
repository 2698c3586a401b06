import type { Strings } from '../../i18n/useT';

type Key =
  | 'heading'
  | 'hint'
  | 'demoHint'
  | 'siteUrl'
  | 'siteUrlHint'
  | 'clientId'
  | 'tenant'
  | 'registrationHint'
  | 'connect'
  | 'connectAgain'
  | 'disconnect'
  | 'disconnectHint'
  | 'connectedTo'
  | 'step.signing-in'
  | 'step.provisioning'
  | 'step.uploading'
  | 'step.joining'
  | 'step.done'
  | 'retrying'
  | 'cancel'
  | 'cancelled'
  | 'created'
  | 'nothingToChange'
  | 'uploaded_one'
  | 'uploaded_few'
  | 'uploaded_many'
  | 'uploaded_other'
  | 'yourRole'
  | 'error.wrong-url'
  | 'error.no-permission'
  | 'error.sign-in-needed'
  | 'error.sign-in-cancelled'
  | 'error.sign-in-blocked'
  | 'error.sign-in-window-open'
  | 'error.not-configured'
  | 'error.offline'
  | 'error.lists-outdated'
  | 'error.failed'
  | 'roleNotChanged'
  | 'invalid.siteUrl'
  | 'invalid.clientId'
  | 'invalid.tenant'
  | 'members'
  | 'membersHint'
  | 'membersReadOnly'
  | 'role'
  | 'role.manager'
  | 'role.head-of-sales'
  | 'role.marketing'
  | 'role.after-sales'
  | 'notAllowed'
  | 'notListed'
  | 'lastHead'
  | 'progress'
  | 'signIn'
  | 'signInFailed'
  | 'conflicts'
  | 'conflictLog'
  | 'conflictLogEmpty'
  | 'conflictLogHint'
  | 'close'
  | 'restore'
  | 'restored'
  | 'kept'
  | 'lost'
  | 'wholeRecord'
  | 'field'
  | 'empty'
  | 'table.clients'
  | 'table.contacts'
  | 'table.history'
  | 'table.plannedContacts'
  | 'table.deals'
  | 'table.members';

export const teamStrings = {
  ns: 'team',
  en: {
    heading: 'Team store',
    hint: 'Share clients, history and plans with your team through lists on your SharePoint site. Without it, Clientbook keeps everything on this device.',
    demoHint: 'Demo: the team store is the local Graph emulator; no sign-in is needed.',
    siteUrl: 'SharePoint site address',
    siteUrlHint: 'For example https://contoso.sharepoint.com/sites/sales',
    clientId: 'App registration (client) id',
    tenant: 'Tenant',
    registrationHint: 'Your Microsoft 365 administrator registers Clientbook in Microsoft Entra ID once, as the team setup guide in Clientbook’s documentation says, and gives you these values.',
    connect: 'Connect',
    connectAgain: 'Connect again',
    disconnect: 'Disconnect',
    disconnectHint: 'Stops syncing on this device. Your records stay here; nothing is deleted from the team store.',
    connectedTo: 'Connected to {{site}}',
    'step.signing-in': 'Signing in…',
    'step.provisioning': 'Checking the lists on the site…',
    'step.uploading': 'Uploading this device’s records…',
    'step.joining': 'Adding you to the Team members list…',
    'step.done': 'Connected.',
    retrying: 'The team store did not answer — trying again ({{attempt}}\u00a0of\u00a0{{of}})…',
    cancel: 'Cancel',
    cancelled: 'Connecting was cancelled.',
    created: 'Created on the site: {{what}}',
    nothingToChange: 'The site’s lists are up to date: nothing to change.',
    uploaded_one: '{{count}} record from this device was queued for the team store.',
    uploaded_few: '{{count}} records from this device were queued for the team store.',
    uploaded_many: '{{count}} records from this device were queued for the team store.',
    uploaded_other: '{{count}} records from this device were queued for the team store.',
    yourRole: 'Your role: {{role}}',
    'error.wrong-url': 'No SharePoint site at this address. Copy the address of the site’s home page, like https://contoso.sharepoint.com/sites/sales.',
    'error.no-permission': 'You have no permission to change this site. Ask its owner to make you a member (to create the lists the first time: an owner).',
    'error.sign-in-needed': 'Sign-in is needed. Connect again and complete the sign-in window (allow pop-ups for Outlook).',
    'error.sign-in-cancelled': 'Sign-in was cancelled. Connect again when you are ready.',
    'error.sign-in-blocked': 'The browser blocked the sign-in window. Allow pop-ups for this site, then choose Connect again.',
    'error.sign-in-window-open': 'A sign-in window is already open. Finish signing in there or close it, then choose Connect again.',
    'error.not-configured': 'Enter the app registration (client) id and the tenant first.',
    'error.offline': 'No connection to Microsoft 365. Check the network and connect again.',
    'error.lists-outdated': 'The site’s lists do not match this version of Clientbook. Reload the pane and connect again.',
    'error.failed': 'Could not connect. Try again; if it fails again, tell your Microsoft 365 administrator.',
    roleNotChanged: 'The role was not changed.',
    'invalid.siteUrl': 'Enter the site’s full web address, starting with https://, as in the example.',
    'invalid.clientId': 'Enter the client id your administrator gave you, like 11111111-2222-3333-4444-555555555555.',
    'invalid.tenant': 'Enter the tenant id or one of its domains, like contoso.onmicrosoft.com.',
    members: 'Team members',
    membersHint: 'The head of sales gives each Team member a role; the pane follows it (for example, only the head of sales edits picklists and the catalogue).',
    membersReadOnly: 'Only the head of sales changes roles.',
    role: 'Role of {{name}}',
    'role.manager': 'Manager',
    'role.head-of-sales': 'Head of sales',
    'role.marketing': 'Marketing',
    'role.after-sales': 'After-sales',
    notAllowed: 'Not allowed for your role ({{role}}): this is for {{allowed}}.',
    notListed: 'You are not in the team list yet: this is for {{allowed}}.',
    lastHead: 'The team needs a head of sales: give the role to someone else first.',
    progress: 'Sync progress',
    signIn: 'Sign in',
    signInFailed: 'Sign-in did not complete. Try again.',
    conflicts: 'Conflicts ({{count}})',
    conflictLog: 'Conflict log',
    conflictLogEmpty: 'No conflicts: nothing was overwritten.',
    conflictLogHint: 'When you and a colleague changed the same field, the later change was kept. The other value is here: restore it to make it current again.',
    close: 'Close',
    restore: 'Restore',
    restored: 'Restored {{date}}',
    kept: 'Kept',
    lost: 'Replaced',
    wholeRecord: 'whole record (deleted here)',
    field: '{{table}} · {{field}}',
    empty: '(empty)',
    'table.clients': 'A client',
    'table.contacts': 'A contact',
    'table.history': 'A history entry',
    'table.plannedContacts': 'A next contact',
    'table.deals': 'A deal',
    'table.members': 'A team member',
  },
  uk: {
    heading: 'Спільне сховище',
    hint: 'Діліться клієнтами, історією і планами з командою через списки на вашому сайті SharePoint. Без нього Clientbook зберігає все на цьому пристрої.',
    demoHint: 'Демо: спільне сховище — локальний емулятор Graph; входити не потрібно.',
    siteUrl: 'Адреса сайту SharePoint',
    siteUrlHint: 'Наприклад, https://contoso.sharepoint.com/sites/sales',
    clientId: 'Ідентифікатор реєстрації застосунку (client id)',
    tenant: 'Тенант',
    registrationHint: 'Адміністратор Microsoft 365 один раз реєструє Clientbook у Microsoft Entra ID, як описано в посібнику з налаштування команди в документації Clientbook, і дає вам ці значення.',
    connect: 'Підключити',
    connectAgain: 'Підключити знову',
    disconnect: 'Відключити',
    disconnectHint: 'Зупиняє синхронізацію на цьому пристрої. Ваші записи лишаються тут; зі спільного сховища нічого не видаляється.',
    connectedTo: 'Підключено до {{site}}',
    'step.signing-in': 'Вхід…',
    'step.provisioning': 'Перевіряємо списки на сайті…',
    'step.uploading': 'Вивантажуємо записи з цього пристрою…',
    'step.joining': 'Додаємо вас до списку співробітників…',
    'step.done': 'Підключено.',
    retrying: 'Спільне сховище не відповіло — пробуємо ще раз ({{attempt}}\u00a0з\u00a0{{of}})…',
    cancel: 'Скасувати',
    cancelled: 'Підключення скасовано.',
    created: 'Створено на сайті: {{what}}',
    nothingToChange: 'Списки сайту актуальні: нічого змінювати.',
    uploaded_one: '{{count}} запис з цього пристрою поставлено в чергу до спільного сховища.',
    uploaded_few: '{{count}} записи з цього пристрою поставлено в чергу до спільного сховища.',
    uploaded_many: '{{count}} записів з цього пристрою поставлено в чергу до спільного сховища.',
    uploaded_other: '{{count}} запису з цього пристрою поставлено в чергу до спільного сховища.',
    yourRole: 'Ваша роль: {{role}}',
    'error.wrong-url': 'За цією адресою немає сайту SharePoint. Скопіюйте адресу головної сторінки сайту, наприклад https://contoso.sharepoint.com/sites/sales.',
    'error.no-permission': 'У вас немає прав змінювати цей сайт. Попросіть власника додати вас до учасників (щоб уперше створити списки — до власників).',
    'error.sign-in-needed': 'Потрібен вхід. Підключіть знову і завершіть вхід у вікні (дозвольте спливні вікна для Outlook).',
    'error.sign-in-cancelled': 'Вхід скасовано. Підключіть знову, коли будете готові.',
    'error.sign-in-blocked': 'Браузер заблокував вікно входу. Дозвольте спливні вікна для цього сайту, а тоді знову натисніть «Підключити».',
    'error.sign-in-window-open': 'Вікно входу вже відкрите. Завершіть вхід у ньому або закрийте його, а тоді знову натисніть «Підключити».',
    'error.not-configured': 'Спершу введіть ідентифікатор реєстрації застосунку і тенант.',
    'error.offline': 'Немає з’єднання з Microsoft 365. Перевірте мережу і підключіть знову.',
    'error.lists-outdated': 'Списки сайту не відповідають цій версії Clientbook. Перезавантажте панель і підключіть знову.',
    'error.failed': 'Не вдалося підключити. Спробуйте ще раз; якщо знову не вийде, зверніться до адміністратора Microsoft 365.',
    roleNotChanged: 'Роль не змінено.',
    'invalid.siteUrl': 'Введіть повну вебадресу сайту, що починається з https://, як у прикладі.',
    'invalid.clientId': 'Введіть ідентифікатор застосунку (client id), який дав адміністратор, наприклад 11111111-2222-3333-4444-555555555555.',
    'invalid.tenant': 'Введіть ідентифікатор тенанта або один із його доменів, наприклад contoso.onmicrosoft.com.',
    members: 'Співробітники',
    membersHint: 'Керівник відділу продажів призначає кожному співробітникові роль; панель діє відповідно (наприклад, довідники і каталог змінює лише керівник).',
    membersReadOnly: 'Ролі змінює лише керівник відділу продажів.',
    role: 'Роль: {{name}}',
    'role.manager': 'Менеджер',
    'role.head-of-sales': 'Керівник відділу продажів',
    'role.marketing': 'Маркетинг',
    'role.after-sales': 'Післяпродажний сервіс',
    notAllowed: 'Недоступно для вашої ролі ({{role}}): це для ролей {{allowed}}.',
    notListed: 'Вас ще немає в списку команди: це для ролей {{allowed}}.',
    lastHead: 'У команді має бути керівник відділу продажів: спершу передайте цю роль іншому.',
    progress: 'Перебіг синхронізації',
    signIn: 'Увійти',
    signInFailed: 'Вхід не завершено. Спробуйте ще раз.',
    conflicts: 'Конфлікти ({{count}})',
    conflictLog: 'Журнал конфліктів',
    conflictLogEmpty: 'Конфліктів немає: нічого не перезаписано.',
    conflictLogHint: 'Коли ви і колега змінили те саме поле, лишилася пізніша зміна. Інше значення тут: відновіть його, щоб воно знову стало чинним.',
    close: 'Закрити',
    restore: 'Відновити',
    restored: 'Відновлено {{date}}',
    kept: 'Лишилося',
    lost: 'Замінено',
    wholeRecord: 'увесь запис (видалений тут)',
    field: '{{table}} · {{field}}',
    empty: '(порожньо)',
    'table.clients': 'Клієнт',
    'table.contacts': 'Контактна особа',
    'table.history': 'Запис історії',
    'table.plannedContacts': 'Наступний контакт',
    'table.deals': 'Угода',
    'table.members': 'Співробітник',
  },
} satisfies Strings<Key>;
