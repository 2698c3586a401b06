import type { Strings } from '../../i18n/useT';

type Key =
  | 'heading'
  | 'intro'
  | 'import'
  | 'importHint'
  | 'chooseFile'
  | 'chooseFileButton'
  | 'reading'
  | 'readFailed'
  | 'fileSummary'
  | 'rowCount_one'
  | 'rowCount_few'
  | 'rowCount_many'
  | 'rowCount_other'
  | 'columnCount_one'
  | 'columnCount_few'
  | 'columnCount_many'
  | 'columnCount_other'
  | 'unreadable.not-text'
  | 'unreadable.not-xlsx'
  | 'unreadable.no-sheet'
  | 'unreadable.no-header'
  | 'unreadable.no-rows'
  | 'unreadable.unclosed-quote'
  | 'unreadable.stray-quote'
  | 'unreadable.mixed-separators'
  | 'unreadable.one-column'
  | 'separator.tab'
  | 'cellCount_one'
  | 'cellCount_few'
  | 'cellCount_many'
  | 'cellCount_other'
  | 'mapping'
  | 'mappingHint'
  | 'notImported'
  | 'check'
  | 'checking'
  | 'writing'
  | 'previewSummary'
  | 'checkedSummary'
  | 'importRows'
  | 'stopped.storage-full_one'
  | 'stopped.storage-full_few'
  | 'stopped.storage-full_many'
  | 'stopped.storage-full_other'
  | 'stopped.not-saved_one'
  | 'stopped.not-saved_few'
  | 'stopped.not-saved_many'
  | 'stopped.not-saved_other'
  | 'notStarted'
  | 'checkFailed'
  | 'reportSummary'
  | 'skippedHeading'
  | 'moreSkipped'
  | 'needName'
  | 'skip.invalid-email'
  | 'skip.unknown-value'
  | 'skip.invalid-date'
  | 'skip.invalid-domain'
  | 'skip.extra-cells'
  | 'skip.empty'
  | 'warnedHeading'
  | 'warn.missing-cells'
  | 'field.clientName'
  | 'field.domain'
  | 'field.website'
  | 'field.clientPhone'
  | 'field.street'
  | 'field.city'
  | 'field.postalCode'
  | 'field.country'
  | 'field.region'
  | 'field.industry'
  | 'field.leadSource'
  | 'field.status'
  | 'field.notes'
  | 'field.clientSince'
  | 'field.contactName'
  | 'field.position'
  | 'field.email'
  | 'field.contactPhone'
  | 'export'
  | 'exportHint'
  | 'format'
  | 'exportButton'
  | 'exporting'
  | 'exportFailed'
  | 'exported'
  | 'table.clients'
  | 'table.contacts'
  | 'table.deals'
  | 'table.history'
  | 'table.invoices'
  | 'table.payments'
  | 'person'
  | 'personHint'
  | 'personEmail'
  | 'personExport'
  | 'personErase'
  | 'reference'
  | 'referenceHint'
  | 'eraseConfirmTitle'
  | 'eraseWho'
  | 'eraseConfirm'
  | 'contactCount_one'
  | 'contactCount_few'
  | 'contactCount_many'
  | 'contactCount_other'
  | 'historyEntryCount_one'
  | 'historyEntryCount_few'
  | 'historyEntryCount_many'
  | 'historyEntryCount_other'
  | 'personalCardCount_one'
  | 'personalCardCount_few'
  | 'personalCardCount_many'
  | 'personalCardCount_other'
  | 'otherRecordCount_one'
  | 'otherRecordCount_few'
  | 'otherRecordCount_many'
  | 'otherRecordCount_other'
  | 'mentionCount_one'
  | 'mentionCount_few'
  | 'mentionCount_many'
  | 'mentionCount_other'
  | 'recordCount_one'
  | 'recordCount_few'
  | 'recordCount_many'
  | 'recordCount_other'
  | 'eraseNothing'
  | 'eraseButton'
  | 'cancel'
  | 'erased'
  | 'personFailed'
  | 'audit'
  | 'auditEmpty'
  | 'auditLine';

/** Import, export, one person's data and erasure (issue 7). */
export const dataStrings: Strings<Key> = {
  ns: 'data',
  en: {
    heading: 'Import, export and personal data',
    intro: 'Bring clients and contacts in from a spreadsheet, take the team’s data out, and answer a person’s request about their data.',
    import: 'Import clients and contacts',
    importHint: 'A CSV file (commas or semicolons, UTF-8 or Windows-1251) or an Excel workbook (.xlsx, first sheet). The first row names the columns.',
    chooseFile: 'File to import',
    chooseFileButton: 'Choose a file…',
    reading: 'Reading the file…',
    readFailed: 'The file could not be read: {{message}}',
    fileSummary: '{{file}}: {{rows}}, {{columns}}.',
    rowCount_one: '{{rows}} row',
    rowCount_few: '{{rows}} rows',
    rowCount_many: '{{rows}} rows',
    rowCount_other: '{{rows}} rows',
    columnCount_one: '{{count}} column',
    columnCount_few: '{{count}} columns',
    columnCount_many: '{{count}} columns',
    columnCount_other: '{{count}} columns',
    'unreadable.not-text': 'This file is not CSV text: it may be a workbook, PDF or picture with another name. Save the spreadsheet as CSV or Excel (.xlsx) and choose it again.',
    'unreadable.not-xlsx': 'This file is not an Excel workbook Clientbook can read. Open it in Excel, save it as .xlsx or CSV, and choose it again.',
    'unreadable.no-sheet': 'This workbook has no sheet to import.',
    'unreadable.no-header': 'This file is empty: its first row should name the columns.',
    'unreadable.no-rows': 'This file names its columns but has no rows under them: nothing to import.',
    'unreadable.unclosed-quote': 'Row {{row}} (line {{line}} of the file) opens a quote (") that is never closed, so everything after it would read as one cell. Nothing was imported: close or remove that quote, save the file and choose it again.',
    'unreadable.stray-quote': 'In row {{row}} (line {{line}} of the file) a value opens with a quote (") and goes on after the closing one, as in "Acme" Ltd, so where it ends is unclear. Nothing was imported: quote the whole value, doubling the quotes inside it ("""Acme"" Ltd"), or remove them, and choose the file again.',
    'unreadable.mixed-separators': 'This file reads as one column: its header and its rows use different separators ({{header}} and {{rows}}). Nothing was imported: save it again with one separator, then choose it again.',
    'unreadable.one-column': 'This file reads as one column, though its header holds the separator {{header}}. Nothing was imported: save it again with one separator between all its columns, then choose it again.',
    'separator.tab': 'tab',
    cellCount_one: '{{count}} cell',
    cellCount_few: '{{count}} cells',
    cellCount_many: '{{count}} cells',
    cellCount_other: '{{count}} cells',
    mapping: 'Which column holds what',
    mappingHint: 'Clientbook guessed from the column names; change what it got wrong. Rows match existing clients by email, then domain, then name, and merge into them.',
    notImported: '— not imported —',
    check: 'Check rows',
    checking: 'Checking rows: {{done}} of {{total}}',
    writing: 'Imported {{done}} of {{total}}…',
    previewSummary: 'Would create {{created}}, merge {{merged}}, skip {{skipped}}. Nothing is saved yet.',
    checkedSummary: 'The check found: create {{created}}, merge {{merged}}, skip {{skipped}}.',
    importRows: 'Import',
    'stopped.storage-full_one': 'The import stopped after {{done}} of {{total}} row: the device’s storage is full. Free some space and choose Import again — rows already imported are not imported twice.',
    'stopped.storage-full_few': 'The import stopped after {{done}} of {{total}} rows: the device’s storage is full. Free some space and choose Import again — rows already imported are not imported twice.',
    'stopped.storage-full_many': 'The import stopped after {{done}} of {{total}} rows: the device’s storage is full. Free some space and choose Import again — rows already imported are not imported twice.',
    'stopped.storage-full_other': 'The import stopped after {{done}} of {{total}} rows: the device’s storage is full. Free some space and choose Import again — rows already imported are not imported twice.',
    'stopped.not-saved_one': 'The import stopped after {{done}} of {{total}} row: the browser did not save the next rows. Choose Import again — rows already imported are not imported twice.',
    'stopped.not-saved_few': 'The import stopped after {{done}} of {{total}} rows: the browser did not save the next rows. Choose Import again — rows already imported are not imported twice.',
    'stopped.not-saved_many': 'The import stopped after {{done}} of {{total}} rows: the browser did not save the next rows. Choose Import again — rows already imported are not imported twice.',
    'stopped.not-saved_other': 'The import stopped after {{done}} of {{total}} rows: the browser did not save the next rows. Choose Import again — rows already imported are not imported twice.',
    notStarted: 'The import did not start, and nothing was saved. Choose Import again.',
    checkFailed: 'The rows could not be checked. Choose Check rows again.',
    reportSummary: 'Imported: {{created}} created, {{merged}} merged, {{skipped}} skipped.',
    skippedHeading: 'Skipped rows',
    moreSkipped: '… and {{count}} more.',
    needName: 'Map at least the client name or the email column.',
    'skip.invalid-email': 'Row {{row}}: “{{value}}” is not a valid email address.',
    'skip.unknown-value': 'Row {{row}}: “{{value}}” is not a known value of “{{field}}”.',
    'skip.invalid-date': 'Row {{row}}: “{{value}}” is not a date: write it like {{example}}.',
    'skip.invalid-domain': 'Row {{row}}: “{{value}}” is not a domain.',
    'skip.extra-cells': 'Row {{row}}: {{cells}} where the header has {{columns}}. A value probably holds the separator without quotes, which moves the values after it into the wrong columns.',
    'skip.empty': 'Row {{row}}: no client name, email or domain.',
    warnedHeading: 'Rows to check',
    'warn.missing-cells': 'Row {{row}}: {{cells}} where the header has {{columns}}, read with the last ones empty. If a value in the middle is missing instead, the ones after it are under the wrong columns.',
    'field.clientName': 'Client name',
    'field.domain': 'Email domain',
    'field.website': 'Website',
    'field.clientPhone': 'Client phone',
    'field.street': 'Street',
    'field.city': 'City',
    'field.postalCode': 'Postal code',
    'field.country': 'Country',
    'field.region': 'Region',
    'field.industry': 'Industry',
    'field.leadSource': 'Lead source',
    'field.status': 'Status',
    'field.notes': 'Notes',
    'field.clientSince': 'Client since',
    'field.contactName': 'Contact name',
    'field.position': 'Position',
    'field.email': 'Contact email',
    'field.contactPhone': 'Contact phone',
    export: 'Export',
    exportHint: 'CSV gives one file per table, and deals two more for their lines and stage steps; Excel one workbook with a sheet for each. Amounts are in the currency itself, not in cents.',
    format: 'Format',
    exportButton: 'Export',
    exporting: 'Exporting…',
    exportFailed: 'The export failed: {{message}}',
    exported: 'Exported: {{files}}',
    'table.clients': 'Clients',
    'table.contacts': 'Contacts',
    'table.deals': 'Deals',
    'table.history': 'History',
    'table.invoices': 'Planned receipts',
    'table.payments': 'Payments',
    person: 'One person’s data',
    personHint: 'For a data-subject request: everything Clientbook holds about one person as one file, or erasing them everywhere. History entries stay (their date, type and client) without the person’s data.',
    personEmail: 'The person’s email address',
    personExport: 'Export their data',
    personErase: 'Erase them…',
    reference: 'Request reference',
    referenceHint: 'Optional, e.g. the ticket number; it is kept in the audit log.',
    eraseConfirmTitle: 'Erase {{address}} everywhere?',
    eraseWho: 'Clientbook has this address for {{who}}.',
    eraseConfirm: 'This deletes {{contacts}}, removes their data from {{history}}, anonymises {{clients}} and replaces their name, addresses and phone numbers in {{otherRecords}} (notes, Next contacts, deals, cases). It cannot be undone.',
    contactCount_one: '{{count}} contact',
    contactCount_few: '{{count}} contacts',
    contactCount_many: '{{count}} contacts',
    contactCount_other: '{{count}} contacts',
    historyEntryCount_one: '{{count}} history entry',
    historyEntryCount_few: '{{count}} history entries',
    historyEntryCount_many: '{{count}} history entries',
    historyEntryCount_other: '{{count}} history entries',
    personalCardCount_one: '{{count}} personal client card',
    personalCardCount_few: '{{count}} personal client cards',
    personalCardCount_many: '{{count}} personal client cards',
    personalCardCount_other: '{{count}} personal client cards',
    otherRecordCount_one: '{{count}} other record',
    otherRecordCount_few: '{{count}} other records',
    otherRecordCount_many: '{{count}} other records',
    otherRecordCount_other: '{{count}} other records',
    mentionCount_one: '{{count}} mention',
    mentionCount_few: '{{count}} mentions',
    mentionCount_many: '{{count}} mentions',
    mentionCount_other: '{{count}} mentions',
    recordCount_one: '{{count}} record',
    recordCount_few: '{{count}} records',
    recordCount_many: '{{count}} records',
    recordCount_other: '{{count}} records',
    eraseNothing: 'Clientbook holds nothing about this address.',
    eraseButton: 'Erase',
    cancel: 'Cancel',
    erased: 'Erased: {{contacts}}, {{history}} redacted, {{clients}} anonymised, {{otherRecords}} rewritten. Recorded in the audit log.',
    personFailed: 'That did not work: {{message}}',
    audit: 'Audit log',
    auditEmpty: 'No erasures yet.',
    auditLine: '{{when}} — {{by}} erased a person ({{reference}}): {{contacts}}, {{history}}, {{mentions}} replaced in {{records}}.',
  },
  uk: {
    heading: 'Імпорт, експорт і персональні дані',
    intro: 'Завантажте клієнтів і контактних осіб із таблиці, вивантажте дані команди та дайте відповідь на запит людини щодо її даних.',
    import: 'Імпорт клієнтів і контактних осіб',
    importHint: 'Файл CSV (коми або крапки з комою, UTF-8 або Windows-1251) чи книга Excel (.xlsx, перший аркуш). Перший рядок — назви стовпців.',
    chooseFile: 'Файл для імпорту',
    chooseFileButton: 'Вибрати файл…',
    reading: 'Читаю файл…',
    readFailed: 'Не вдалося прочитати файл: {{message}}',
    fileSummary: '{{file}}: {{rows}}, {{columns}}.',
    rowCount_one: '{{rows}} рядок',
    rowCount_few: '{{rows}} рядки',
    rowCount_many: '{{rows}} рядків',
    rowCount_other: '{{rows}} рядка',
    columnCount_one: '{{count}} стовпець',
    columnCount_few: '{{count}} стовпці',
    columnCount_many: '{{count}} стовпців',
    columnCount_other: '{{count}} стовпця',
    'unreadable.not-text': 'Цей файл — не текст CSV: можливо, це книга, PDF чи зображення з іншою назвою. Збережіть таблицю як CSV або Excel (.xlsx) і виберіть її знову.',
    'unreadable.not-xlsx': 'Цей файл — не книга Excel, яку Clientbook може прочитати. Відкрийте його в Excel, збережіть як .xlsx або CSV і виберіть знову.',
    'unreadable.no-sheet': 'У цій книзі немає аркуша для імпорту.',
    'unreadable.no-header': 'Файл порожній: його перший рядок має називати стовпці.',
    'unreadable.no-rows': 'У файлі є назви стовпців, але під ними немає рядків: імпортувати нічого.',
    'unreadable.unclosed-quote': 'Лапки ("), відкриті в рядку {{row}} (у тексті файлу — рядок {{line}}), ніде не закриваються, тож усе після них прочиталося б як одна клітинка. Нічого не імпортовано: закрийте чи приберіть ці лапки, збережіть файл і виберіть його знову.',
    'unreadable.stray-quote': 'У рядку {{row}} (у тексті файлу — рядок {{line}}) значення починається з лапок ("), але триває й після закривальних, як у "Acme" Ltd, тож незрозуміло, де воно закінчується. Нічого не імпортовано: візьміть усе значення в лапки, подвоївши лапки всередині ("""Acme"" Ltd"), або приберіть їх і виберіть файл знову.',
    'unreadable.mixed-separators': 'Цей файл читається як один стовпець: заголовок і рядки в ньому мають різні роздільники ({{header}} і {{rows}}). Нічого не імпортовано: збережіть його знову з одним роздільником і виберіть знову.',
    'unreadable.one-column': 'Цей файл читається як один стовпець, хоча в заголовку є роздільник {{header}}. Нічого не імпортовано: збережіть його знову з одним роздільником між усіма стовпцями і виберіть знову.',
    'separator.tab': 'табуляція',
    cellCount_one: '{{count}} клітинка',
    cellCount_few: '{{count}} клітинки',
    cellCount_many: '{{count}} клітинок',
    cellCount_other: '{{count}} клітинки',
    mapping: 'Який стовпець що містить',
    mappingHint: 'Clientbook здогадався за назвами стовпців; виправте, де помилився. Рядки зіставляються з наявними клієнтами за email, потім за доменом, потім за назвою й об’єднуються з ними.',
    notImported: '— не імпортувати —',
    check: 'Перевірити рядки',
    checking: 'Перевіряю рядки: {{done}} з {{total}}',
    writing: 'Імпортовано {{done}} з {{total}}…',
    previewSummary: 'Буде створено {{created}}, об’єднано {{merged}}, пропущено {{skipped}}. Поки нічого не збережено.',
    checkedSummary: 'Перевірка показала: створити {{created}}, об’єднати {{merged}}, пропустити {{skipped}}.',
    importRows: 'Імпортувати',
    'stopped.storage-full_one': 'Імпорт зупинився після {{done}} з {{total}} рядка: на пристрої закінчилося місце. Звільніть місце й знову натисніть «Імпортувати» — уже імпортовані рядки вдруге не імпортуються.',
    'stopped.storage-full_few': 'Імпорт зупинився після {{done}} з {{total}} рядків: на пристрої закінчилося місце. Звільніть місце й знову натисніть «Імпортувати» — уже імпортовані рядки вдруге не імпортуються.',
    'stopped.storage-full_many': 'Імпорт зупинився після {{done}} з {{total}} рядків: на пристрої закінчилося місце. Звільніть місце й знову натисніть «Імпортувати» — уже імпортовані рядки вдруге не імпортуються.',
    'stopped.storage-full_other': 'Імпорт зупинився після {{done}} з {{total}} рядка: на пристрої закінчилося місце. Звільніть місце й знову натисніть «Імпортувати» — уже імпортовані рядки вдруге не імпортуються.',
    'stopped.not-saved_one': 'Імпорт зупинився після {{done}} з {{total}} рядка: браузер не зберіг наступні рядки. Знову натисніть «Імпортувати» — уже імпортовані рядки вдруге не імпортуються.',
    'stopped.not-saved_few': 'Імпорт зупинився після {{done}} з {{total}} рядків: браузер не зберіг наступні рядки. Знову натисніть «Імпортувати» — уже імпортовані рядки вдруге не імпортуються.',
    'stopped.not-saved_many': 'Імпорт зупинився після {{done}} з {{total}} рядків: браузер не зберіг наступні рядки. Знову натисніть «Імпортувати» — уже імпортовані рядки вдруге не імпортуються.',
    'stopped.not-saved_other': 'Імпорт зупинився після {{done}} з {{total}} рядка: браузер не зберіг наступні рядки. Знову натисніть «Імпортувати» — уже імпортовані рядки вдруге не імпортуються.',
    notStarted: 'Імпорт не розпочався, нічого не збережено. Знову натисніть «Імпортувати».',
    checkFailed: 'Не вдалося перевірити рядки. Знову натисніть «Перевірити рядки».',
    reportSummary: 'Імпортовано: створено {{created}}, об’єднано {{merged}}, пропущено {{skipped}}.',
    skippedHeading: 'Пропущені рядки',
    moreSkipped: '… і ще {{count}}.',
    needName: 'Вкажіть принаймні стовпець з назвою клієнта або з email.',
    'skip.invalid-email': 'Рядок {{row}}: «{{value}}» — не коректна адреса email.',
    'skip.unknown-value': 'Рядок {{row}}: «{{value}}» — невідоме значення поля «{{field}}».',
    'skip.invalid-date': 'Рядок {{row}}: «{{value}}» — не дата: запишіть її як {{example}}.',
    'skip.invalid-domain': 'Рядок {{row}}: «{{value}}» — не домен.',
    'skip.extra-cells': 'Рядок {{row}}: {{cells}}, а в заголовку {{columns}}. Мабуть, якесь значення містить роздільник без лапок, тож значення після нього потрапили б не в ті стовпці.',
    'skip.empty': 'Рядок {{row}}: немає ні назви клієнта, ні email, ні домену.',
    warnedHeading: 'Рядки, які варто перевірити',
    'warn.missing-cells': 'Рядок {{row}}: {{cells}}, а в заголовку {{columns}}; останні прочитано як порожні. Якщо ж значення бракує посередині, то ті, що після нього, потрапили не в ті стовпці.',
    'field.clientName': 'Назва клієнта',
    'field.domain': 'Поштовий домен',
    'field.website': 'Вебсайт',
    'field.clientPhone': 'Телефон клієнта',
    'field.street': 'Вулиця',
    'field.city': 'Місто',
    'field.postalCode': 'Поштовий індекс',
    'field.country': 'Країна',
    'field.region': 'Регіон',
    'field.industry': 'Галузь',
    'field.leadSource': 'Джерело',
    'field.status': 'Статус',
    'field.notes': 'Примітки',
    'field.clientSince': 'Клієнт з',
    'field.contactName': 'Контактна особа',
    'field.position': 'Посада',
    'field.email': 'Email контактної особи',
    'field.contactPhone': 'Телефон контактної особи',
    export: 'Експорт',
    exportHint: 'CSV — окремий файл на кожну таблицю, а для угод ще два: їхні рядки та етапи; Excel — одна книга з аркушем на кожен. Суми — у самій валюті, а не в копійках чи центах.',
    format: 'Формат',
    exportButton: 'Експортувати',
    exporting: 'Експортую…',
    exportFailed: 'Експорт не вдався: {{message}}',
    exported: 'Експортовано: {{files}}',
    'table.clients': 'Клієнти',
    'table.contacts': 'Контактні особи',
    'table.deals': 'Угоди',
    'table.history': 'Історія',
    'table.invoices': 'Планові надходження',
    'table.payments': 'Оплати',
    person: 'Дані однієї людини',
    personHint: 'Для запиту суб’єкта даних: усе, що Clientbook зберігає про одну людину, одним файлом, або її видалення звідусіль. Записи історії лишаються (дата, тип, клієнт), але без даних цієї людини.',
    personEmail: 'Email людини',
    personExport: 'Вивантажити дані людини',
    personErase: 'Видалити дані людини…',
    reference: 'Номер запиту',
    referenceHint: 'Необов’язково, напр. номер звернення; зберігається в журналі аудиту.',
    eraseConfirmTitle: 'Видалити дані {{address}} звідусіль?',
    eraseWho: 'З цією адресою в Clientbook: {{who}}.',
    eraseConfirm: 'Буде видалено контактних осіб — {{contacts}}; очищено від даних цієї людини записів історії — {{history}}; знеособлено особистих карток клієнтів — {{clients}}; замінено ім’я, адреси й телефони людини в інших записах (нотатки, наступні контакти, угоди, звернення) — {{otherRecords}}. Скасувати це неможливо.',
    // Ukrainian names each count ("контактних осіб: 2"), so no noun agrees with a number: the parts are the numbers alone.
    contactCount_one: '{{count}}',
    contactCount_few: '{{count}}',
    contactCount_many: '{{count}}',
    contactCount_other: '{{count}}',
    historyEntryCount_one: '{{count}}',
    historyEntryCount_few: '{{count}}',
    historyEntryCount_many: '{{count}}',
    historyEntryCount_other: '{{count}}',
    personalCardCount_one: '{{count}}',
    personalCardCount_few: '{{count}}',
    personalCardCount_many: '{{count}}',
    personalCardCount_other: '{{count}}',
    otherRecordCount_one: '{{count}}',
    otherRecordCount_few: '{{count}}',
    otherRecordCount_many: '{{count}}',
    otherRecordCount_other: '{{count}}',
    mentionCount_one: '{{count}}',
    mentionCount_few: '{{count}}',
    mentionCount_many: '{{count}}',
    mentionCount_other: '{{count}}',
    recordCount_one: '{{count}}',
    recordCount_few: '{{count}}',
    recordCount_many: '{{count}}',
    recordCount_other: '{{count}}',
    eraseNothing: 'Clientbook нічого не зберігає про цю адресу.',
    eraseButton: 'Видалити',
    cancel: 'Скасувати',
    erased: 'Видалено контактних осіб: {{contacts}}, очищено записів історії: {{history}}, знеособлено карток клієнтів: {{clients}}, переписано інших записів: {{otherRecords}}. Записано в журнал аудиту.',
    personFailed: 'Не вдалося: {{message}}',
    audit: 'Журнал аудиту',
    auditEmpty: 'Видалень ще не було.',
    auditLine: '{{when}} — {{by}}: видалено дані людини ({{reference}}); контактних осіб — {{contacts}}, записів історії — {{history}}; замінено згадок: {{mentions}}, у записах: {{records}}.',
  },
};
