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
  | 'mapping'
  | 'mappingHint'
  | 'notImported'
  | 'check'
  | 'checking'
  | 'writing'
  | 'previewSummary'
  | 'importRows'
  | 'importFailed'
  | 'reportSummary'
  | 'skippedHeading'
  | 'moreSkipped'
  | 'needName'
  | 'skip.invalid-email'
  | 'skip.unknown-value'
  | 'skip.invalid-date'
  | 'skip.invalid-domain'
  | 'skip.empty'
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
  | 'eraseConfirm'
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
    rowCount_one: '{{count}} row',
    rowCount_few: '{{count}} rows',
    rowCount_many: '{{count}} rows',
    rowCount_other: '{{count}} rows',
    columnCount_one: '{{count}} column',
    columnCount_few: '{{count}} columns',
    columnCount_many: '{{count}} columns',
    columnCount_other: '{{count}} columns',
    'unreadable.not-text': 'This file is not CSV text: it may be a workbook, PDF or picture with another name. Save the spreadsheet as CSV or Excel (.xlsx) and choose it again.',
    'unreadable.not-xlsx': 'This file is not an Excel workbook Clientbook can read. Open it in Excel, save it as .xlsx or CSV, and choose it again.',
    'unreadable.no-sheet': 'This workbook has no sheet to import.',
    'unreadable.no-header': 'This file is empty: its first row should name the columns.',
    'unreadable.no-rows': 'This file names its columns but has no rows under them: nothing to import.',
    mapping: 'Which column holds what',
    mappingHint: 'Clientbook guessed from the column names; change what it got wrong. Rows match existing clients by email, then domain, then name, and merge into them.',
    notImported: '— not imported —',
    check: 'Check rows',
    checking: 'Checking rows: {{done}} of {{total}}',
    writing: 'Saving: {{done}} of {{total}}',
    previewSummary: 'Would create {{created}}, merge {{merged}}, skip {{skipped}}. Nothing is saved yet.',
    importRows: 'Import',
    importFailed: 'The import stopped: {{message}}',
    reportSummary: 'Imported: {{created}} created, {{merged}} merged, {{skipped}} skipped.',
    skippedHeading: 'Skipped rows',
    moreSkipped: '… and {{count}} more.',
    needName: 'Map at least the client name or the email column.',
    'skip.invalid-email': 'Row {{row}}: “{{value}}” is not a valid email address.',
    'skip.unknown-value': 'Row {{row}}: “{{value}}” is not a known value of “{{field}}”.',
    'skip.invalid-date': 'Row {{row}}: “{{value}}” is not a date.',
    'skip.invalid-domain': 'Row {{row}}: “{{value}}” is not a domain.',
    'skip.empty': 'Row {{row}}: no client name, email or domain.',
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
    exportHint: 'CSV gives one file per table; Excel one workbook with a sheet per table.',
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
    eraseConfirmTitle: 'Erase this person everywhere?',
    eraseConfirm: 'This deletes {{contacts}} contact(s), removes their data from {{history}} history entries, anonymises {{clients}} personal client card(s) and replaces their name, addresses and phone numbers in {{otherRecords}} other record(s) (notes, Next contacts, deals, cases). It cannot be undone.',
    eraseNothing: 'Clientbook holds nothing about this address.',
    eraseButton: 'Erase',
    cancel: 'Cancel',
    erased: 'Erased: {{contacts}} contact(s), {{history}} history entries redacted, {{clients}} client card(s) anonymised, {{otherRecords}} other record(s) rewritten. Recorded in the audit log.',
    personFailed: 'That did not work: {{message}}',
    audit: 'Audit log',
    auditEmpty: 'No erasures yet.',
    auditLine: '{{when}} — {{by}} erased a person ({{reference}}): {{contacts}} contact(s), {{history}} history entries, {{mentions}} mention(s) in {{records}} other record(s).',
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
    rowCount_one: '{{count}} рядок',
    rowCount_few: '{{count}} рядки',
    rowCount_many: '{{count}} рядків',
    rowCount_other: '{{count}} рядка',
    columnCount_one: '{{count}} стовпець',
    columnCount_few: '{{count}} стовпці',
    columnCount_many: '{{count}} стовпців',
    columnCount_other: '{{count}} стовпця',
    'unreadable.not-text': 'Цей файл — не текст CSV: можливо, це книга, PDF чи зображення з іншою назвою. Збережіть таблицю як CSV або Excel (.xlsx) і виберіть її знову.',
    'unreadable.not-xlsx': 'Цей файл — не книга Excel, яку Clientbook може прочитати. Відкрийте його в Excel, збережіть як .xlsx або CSV і виберіть знову.',
    'unreadable.no-sheet': 'У цій книзі немає аркуша для імпорту.',
    'unreadable.no-header': 'Файл порожній: його перший рядок має називати стовпці.',
    'unreadable.no-rows': 'У файлі є назви стовпців, але під ними немає рядків: імпортувати нічого.',
    mapping: 'Який стовпець що містить',
    mappingHint: 'Clientbook здогадався за назвами стовпців; виправте, де помилився. Рядки зіставляються з наявними клієнтами за email, потім за доменом, потім за назвою й об’єднуються з ними.',
    notImported: '— не імпортувати —',
    check: 'Перевірити рядки',
    checking: 'Перевіряю рядки: {{done}} з {{total}}',
    writing: 'Зберігаю: {{done}} з {{total}}',
    previewSummary: 'Буде створено {{created}}, об’єднано {{merged}}, пропущено {{skipped}}. Поки нічого не збережено.',
    importRows: 'Імпортувати',
    importFailed: 'Імпорт зупинився: {{message}}',
    reportSummary: 'Імпортовано: створено {{created}}, об’єднано {{merged}}, пропущено {{skipped}}.',
    skippedHeading: 'Пропущені рядки',
    moreSkipped: '… і ще {{count}}.',
    needName: 'Вкажіть принаймні стовпець з назвою клієнта або з email.',
    'skip.invalid-email': 'Рядок {{row}}: «{{value}}» — не коректна адреса email.',
    'skip.unknown-value': 'Рядок {{row}}: «{{value}}» — невідоме значення поля «{{field}}».',
    'skip.invalid-date': 'Рядок {{row}}: «{{value}}» — не дата.',
    'skip.invalid-domain': 'Рядок {{row}}: «{{value}}» — не домен.',
    'skip.empty': 'Рядок {{row}}: немає ні назви клієнта, ні email, ні домену.',
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
    exportHint: 'CSV — окремий файл на кожну таблицю; Excel — одна книга з аркушем на кожну таблицю.',
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
    personExport: 'Вивантажити її дані',
    personErase: 'Видалити її…',
    reference: 'Номер запиту',
    referenceHint: 'Необов’язково, напр. номер звернення; зберігається в журналі аудиту.',
    eraseConfirmTitle: 'Видалити цю людину звідусіль?',
    eraseConfirm: 'Буде видалено контактних осіб: {{contacts}}, прибрано її дані із записів історії: {{history}}, знеособлено особистих карток клієнтів: {{clients}} і замінено її ім’я, адреси й телефони в інших записах (нотатки, наступні контакти, угоди, звернення): {{otherRecords}}. Скасувати це неможливо.',
    eraseNothing: 'Clientbook нічого не зберігає про цю адресу.',
    eraseButton: 'Видалити',
    cancel: 'Скасувати',
    erased: 'Видалено контактних осіб: {{contacts}}, очищено записів історії: {{history}}, знеособлено карток клієнтів: {{clients}}, переписано інших записів: {{otherRecords}}. Записано в журнал аудиту.',
    personFailed: 'Не вдалося: {{message}}',
    audit: 'Журнал аудиту',
    auditEmpty: 'Видалень ще не було.',
    auditLine: '{{when}} — {{by}} видалив(ла) дані людини ({{reference}}): контактних осіб — {{contacts}}, записів історії — {{history}}, згадок — {{mentions}} в інших записах ({{records}}).',
  },
};
