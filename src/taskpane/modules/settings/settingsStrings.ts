import type { Strings } from '../../i18n/useT';

type Key =
  | 'heading'
  | 'profile'
  | 'name'
  | 'email'
  | 'language'
  | 'languageName'
  | 'languageHint'
  | 'picklists'
  | 'picklistsHint'
  | 'list'
  | 'list.region'
  | 'list.industry'
  | 'list.leadSource'
  | 'list.trigger'
  | 'list.historyType'
  | 'list.dealStage'
  | 'list.refusalReason'
  | 'list.salesChannel'
  | 'list.campaignChannel'
  | 'list.caseSeverity'
  | 'list.productCategory'
  | 'loading'
  | 'failed'
  | 'labelEn'
  | 'labelUk'
  | 'code'
  | 'archived'
  | 'rename'
  | 'renameItem'
  | 'save'
  | 'cancel'
  | 'archive'
  | 'archiveItem'
  | 'restore'
  | 'restoreItem'
  | 'moveUp'
  | 'moveDown'
  | 'addHeading'
  | 'add'
  | 'labelRequired'
  | 'duplicate'
  | 'saveFailed'
  | 'saved'
  | 'retireTitle'
  | 'inUse'
  | 'replacement'
  | 'replacementRequired'
  | 'retire'
  | 'retireAndMove'
  | 'retired'
  | 'archivedDone'
  | 'archivedKept'
  | 'restored'
  | 'moveAlso_one'
  | 'moveAlso_few'
  | 'moveAlso_many'
  | 'moveAlso_other'
  | 'moveWarning'
  | 'missingEn'
  | 'missingUk'
  | 'useOther'
  | 'stageProbability'
  | 'saveProbability'
  | 'probabilityRange'
  | 'probabilitySaved'
  | 'salesSetup'
  | 'openCatalogue'
  | 'openCampaigns';

export const settingsStrings = {
  ns: 'settings',
  en: {
    heading: 'Settings',
    profile: 'Your profile',
    name: 'Name',
    email: 'Email',
    language: 'Language',
    languageName: 'English',
    languageHint: 'Follows Outlook’s display language ({{outlook}}).',
    picklists: 'Picklists',
    picklistsHint: 'Renaming a value keeps every record that has it: records store the value’s code, not its label. Archived values are hidden from new choices but stay on old records.',
    list: 'List to edit',
    'list.region': 'Regions',
    'list.industry': 'Industries',
    'list.leadSource': 'Lead sources',
    'list.trigger': 'Trigger events',
    'list.historyType': 'History types',
    'list.dealStage': 'Deal stages',
    'list.refusalReason': 'Refusal reasons',
    'list.salesChannel': 'Sales channels',
    'list.campaignChannel': 'Campaign channels',
    'list.caseSeverity': 'Service case severities',
    'list.productCategory': 'Product categories',
    loading: 'Loading the picklists…',
    failed: 'The picklists could not be loaded: {{message}}',
    labelEn: 'English label',
    labelUk: 'Ukrainian label',
    code: 'Code: {{code}}',
    archived: 'Archived',
    rename: 'Rename',
    renameItem: 'Rename {{label}}',
    save: 'Save',
    cancel: 'Cancel',
    archive: 'Archive',
    archiveItem: 'Archive {{label}}',
    restore: 'Restore',
    restoreItem: 'Restore {{label}}',
    moveUp: 'Move {{label}} up',
    moveDown: 'Move {{label}} down',
    addHeading: 'Add a value',
    add: 'Add',
    labelRequired: 'Give the value a label in at least one language.',
    duplicate: '“{{label}}” is already in this list.',
    saveFailed: 'The change was not saved: {{message}}',
    saved: 'Saved “{{label}}”.',
    retireTitle: 'Archive “{{label}}”',
    inUse: 'Records using “{{label}}”: {{count}}. They keep it, and analytics keep counting it; it is only no longer offered for new records. Restore brings it back.',
    replacement: 'Move them to',
    replacementRequired: 'Choose the value to move them to.',
    retire: 'Archive',
    retireAndMove: 'Archive and move',
    retired: '“{{label}}” archived; records moved: {{count}}.',
    archivedDone: 'Archived “{{label}}”: it is no longer offered for new records.',
    archivedKept: 'Archived “{{label}}”: it is no longer offered for new records; records that have it keep it.',
    restored: 'Restored “{{label}}”: it is offered for new records again.',
    moveAlso_one: 'Also move the {{count}} record to another value',
    moveAlso_few: 'Also move the {{count}} records to another value',
    moveAlso_many: 'Also move the {{count}} records to another value',
    moveAlso_other: 'Also move the {{count}} records to another value',
    moveWarning: 'This rewrites those records: “{{label}}” disappears from them and from analytics, and Restore does not move them back.',
    missingEn: 'No English label yet: English users would see “{{label}}”. Type it in English, or use the same text.',
    missingUk: 'No Ukrainian label yet: Ukrainian users would see “{{label}}”. Type it in Ukrainian, or use the same text.',
    useOther: 'Use “{{label}}”',
    stageProbability: 'Default probability of {{label}}',
    saveProbability: 'Save probability of {{label}}',
    probabilityRange: 'Enter a number from 0 to 100.',
    probabilitySaved: '{{label}}: deals entering this stage get {{percent}}.',
    salesSetup: 'Sales and marketing',
    openCatalogue: 'Product catalogue',
    openCampaigns: 'Campaigns',
  },
  uk: {
    heading: 'Налаштування',
    profile: 'Ваш профіль',
    name: 'Ім’я',
    email: 'Ел. пошта',
    language: 'Мова',
    languageName: 'Українська',
    languageHint: 'Відповідає мові інтерфейсу Outlook ({{outlook}}).',
    picklists: 'Довідники',
    picklistsHint: 'Перейменування значення зберігає всі записи з ним: записи зберігають код значення, а не назву. Архівні значення не пропонуються для нового вибору, але лишаються в старих записах.',
    list: 'Довідник для редагування',
    'list.region': 'Регіони',
    'list.industry': 'Галузі',
    'list.leadSource': 'Джерела інформації',
    'list.trigger': 'Події-приводи',
    'list.historyType': 'Типи історії',
    'list.dealStage': 'Етапи угод',
    'list.refusalReason': 'Причини відмови',
    'list.salesChannel': 'Канали продажів',
    'list.campaignChannel': 'Канали маркетингових акцій',
    'list.caseSeverity': 'Важливість звернень',
    'list.productCategory': 'Категорії товарів',
    loading: 'Завантажуємо довідники…',
    failed: 'Не вдалося завантажити довідники: {{message}}',
    labelEn: 'Назва англійською',
    labelUk: 'Назва українською',
    code: 'Код: {{code}}',
    archived: 'В архіві',
    rename: 'Перейменувати',
    renameItem: 'Перейменувати: {{label}}',
    save: 'Зберегти',
    cancel: 'Скасувати',
    archive: 'В архів',
    archiveItem: 'В архів: {{label}}',
    restore: 'Відновити',
    restoreItem: 'Відновити: {{label}}',
    moveUp: 'Перемістити вгору: {{label}}',
    moveDown: 'Перемістити вниз: {{label}}',
    addHeading: 'Додати значення',
    add: 'Додати',
    labelRequired: 'Вкажіть назву значення хоча б однією мовою.',
    duplicate: '«{{label}}» вже є в цьому довіднику.',
    saveFailed: 'Зміну не збережено: {{message}}',
    saved: 'Збережено «{{label}}».',
    retireTitle: 'Архівувати «{{label}}»',
    inUse: 'Записів із «{{label}}»: {{count}}. Вони його збережуть, і аналітика й далі його враховує; його лише не пропонуватимуть для нових записів. «Відновити» поверне його.',
    replacement: 'Перенести на',
    replacementRequired: 'Оберіть значення, на яке їх перенести.',
    retire: 'Архівувати',
    retireAndMove: 'Архівувати й перенести',
    retired: '«{{label}}» в архіві; перенесено записів: {{count}}.',
    archivedDone: '«{{label}}» в архіві: його більше не пропонують для нових записів.',
    archivedKept: '«{{label}}» в архіві: його більше не пропонують для нових записів; записи, що його мають, його зберігають.',
    restored: '«{{label}}» відновлено: його знову пропонують для нових записів.',
    moveAlso_one: 'Також перенести {{count}} запис на інше значення',
    moveAlso_few: 'Також перенести {{count}} записи на інше значення',
    moveAlso_many: 'Також перенести {{count}} записів на інше значення',
    moveAlso_other: 'Також перенести {{count}} запису на інше значення',
    moveWarning: 'Це перепише ці записи: «{{label}}» зникне з них і з аналітики, а «Відновити» не поверне їх назад.',
    missingEn: 'Ще немає назви англійською: англомовні користувачі бачитимуть «{{label}}». Введіть її англійською або залиште той самий текст.',
    missingUk: 'Ще немає назви українською: україномовні користувачі бачитимуть «{{label}}». Введіть її українською або залиште той самий текст.',
    useOther: 'Використати «{{label}}»',
    stageProbability: 'Типова ймовірність: {{label}}',
    saveProbability: 'Зберегти ймовірність: {{label}}',
    probabilityRange: 'Введіть число від 0 до 100.',
    probabilitySaved: '{{label}}: угоди на цьому етапі отримують {{percent}}.',
    salesSetup: 'Продажі та маркетинг',
    openCatalogue: 'Каталог товарів',
    openCampaigns: 'Маркетингові акції',
  },
} satisfies Strings<Key>;
