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
  | 'retired'
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
    retireTitle: 'Replace {{label}}',
    inUse: 'Records using “{{label}}”: {{count}}. Choose the value they move to; “{{label}}” is then archived.',
    replacement: 'Replace with',
    replacementRequired: 'Choose a value to replace it with.',
    retire: 'Replace and archive',
    retired: '“{{label}}” archived; records moved: {{count}}.',
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
    retireTitle: 'Замінити «{{label}}»',
    inUse: 'Записів із «{{label}}»: {{count}}. Оберіть значення, на яке їх перенести; «{{label}}» потім піде в архів.',
    replacement: 'Замінити на',
    replacementRequired: 'Оберіть значення на заміну.',
    retire: 'Замінити й архівувати',
    retired: '«{{label}}» в архіві; перенесено записів: {{count}}.',
    stageProbability: 'Типова ймовірність: {{label}}',
    saveProbability: 'Зберегти ймовірність: {{label}}',
    probabilityRange: 'Введіть число від 0 до 100.',
    probabilitySaved: '{{label}}: угоди на цьому етапі отримують {{percent}}.',
    salesSetup: 'Продажі та маркетинг',
    openCatalogue: 'Каталог товарів',
    openCampaigns: 'Маркетингові акції',
  },
} satisfies Strings<Key>;
