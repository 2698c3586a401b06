import type { Strings } from '../../i18n/useT';

type Key =
  | 'loading'
  | 'loadFailed'
  | 'notFound'
  | 'back'
  | 'deals'
  | 'openDeals'
  | 'closedDeals'
  | 'noOpenDeals'
  | 'newDeal'
  | 'newDealTitle'
  | 'editDealTitle'
  | 'edit'
  | 'title'
  | 'amount'
  | 'currency'
  | 'owner'
  | 'ownerHint'
  | 'stage'
  | 'probability'
  | 'probabilityFact'
  | 'probabilityDefault'
  | 'expectedClose'
  | 'salesChannel'
  | 'campaign'
  | 'noCampaign'
  | 'notes'
  | 'notSet'
  | 'create'
  | 'save'
  | 'saving'
  | 'cancel'
  | 'fixErrors'
  | 'saveFailed'
  | 'saved'
  | 'status.open'
  | 'status.won'
  | 'status.refused'
  | 'dealOf'
  | 'openDeal'
  | 'closesOn'
  | 'closedDay'
  | 'lines'
  | 'linesHint'
  | 'addLine'
  | 'removeLine'
  | 'line'
  | 'product'
  | 'noProduct'
  | 'description'
  | 'quantity'
  | 'unitPrice'
  | 'discount'
  | 'lineAmount'
  | 'total'
  | 'amountFromLines'
  | 'amountDirect'
  | 'otherCurrency'
  | 'receivables'
  | 'receivablesIn'
  | 'invoiced'
  | 'paid'
  | 'outstanding'
  | 'overdue'
  | 'overpaid'
  | 'noReceivables'
  | 'receipts'
  | 'noReceipts'
  | 'addReceipt'
  | 'receiptNumber'
  | 'issueDate'
  | 'dueDate'
  | 'receiptAdded'
  | 'receiptLabel'
  | 'receiptStatus.paid'
  | 'receiptStatus.partly-paid'
  | 'receiptStatus.unpaid'
  | 'overdueBadge'
  | 'deleteReceipt'
  | 'editReceipt'
  | 'receiptNote'
  | 'receiptSaved'
  | 'editPayment'
  | 'paymentCorrected'
  | 'confirmDeleteReceipt'
  | 'delete'
  | 'payments'
  | 'noPayments'
  | 'recordPayment'
  | 'paymentFor'
  | 'paymentDate'
  | 'paymentNote'
  | 'paymentRecorded'
  | 'paymentAboveInvoice'
  | 'receiptsAboveDeal'
  | 'refusedTakesNoMoney'
  | 'refusalKeepsPayments'
  | 'refusalKeepsReceipts'
  | 'closedOn'
  | 'paymentLabel'
  | 'deletePayment'
  | 'confirmDeletePayment'
  | 'cannotUndo'
  | 'deleted'
  | 'moveStage'
  | 'move'
  | 'stageMoved'
  | 'closeWon'
  | 'closeRefused'
  | 'confirmWon'
  | 'refusalTitle'
  | 'refusalReason'
  | 'refusalNote'
  | 'confirmRefusal'
  | 'reopen'
  | 'reopenNote'
  | 'confirmReopen'
  | 'wonOn'
  | 'wonRelative'
  | 'refusedOn'
  | 'refusedRelative'
  | 'refusedAt'
  | 'closedHint'
  | 'timeline'
  | 'noTimeline'
  | 'change.opened'
  | 'change.stage'
  | 'change.won'
  | 'change.refused'
  | 'change.reopened'
  | 'changeBy'
  | 'changeNote'
  | 'timePerStage'
  | 'durationDays_one'
  | 'durationDays_few'
  | 'durationDays_many'
  | 'durationDays_other'
  | 'durationHours_one'
  | 'durationHours_few'
  | 'durationHours_many'
  | 'durationHours_other'
  | 'lessThanHour'
  | 'problem.closed'
  | 'problem.refused'
  | 'problem.not-closed'
  | 'problem.unknown-stage'
  | 'problem.archived-stage'
  | 'problem.same-stage'
  | 'notAllowed'
  | 'amountEmpty'
  | 'amountNotNumber'
  | 'amountNegative'
  | 'amountTooPrecise'
  | 'amountTooLarge'
  | 'fromEmail'
  | 'fromEmailCreating'
  | 'fromEmailFailed'
  | 'fromEmailOpen'
  | 'recordContact'
  | 'recordContactTitle'
  | 'deleteDeal'
  | 'confirmDeleteDeal'
  | 'deleteDealReceipts_one'
  | 'deleteDealReceipts_few'
  | 'deleteDealReceipts_many'
  | 'deleteDealReceipts_other'
  | 'deleteDealHistory_one'
  | 'deleteDealHistory_few'
  | 'deleteDealHistory_many'
  | 'deleteDealHistory_other'
  | 'deleteDealHasPayments'
  | 'deleteFailed'
  | 'dealDeleted'
  | 'deleteReceiptFailed'
  | 'deletePaymentFailed'
  | 'moveFailed'
  | 'closeWonFailed'
  | 'refusalFailed'
  | 'reopenFailed';

/** Deals, their lines, money and outcome, in both languages. */
export const dealsStrings: Strings<Key> = {
  ns: 'deals',
  en: {
    loading: 'Loading deals…',
    loadFailed: 'Could not load the deals: {{message}}',
    notFound: 'This deal no longer exists.',
    back: 'Back',
    deals: 'Deals',
    openDeals: 'Open deals',
    closedDeals: 'Won and refused',
    noOpenDeals: 'No open deals.',
    newDeal: 'New deal',
    newDealTitle: 'New deal',
    editDealTitle: 'Edit deal',
    edit: 'Edit deal',
    title: 'Title',
    amount: 'Amount',
    currency: 'Currency',
    owner: 'Owner',
    ownerHint: 'Choose a colleague or type an email address; empty means you.',
    stage: 'Stage',
    probability: 'Probability, %',
    probabilityFact: 'Probability',
    probabilityDefault: 'Stage default: {{percent}}',
    expectedClose: 'Expected close',
    salesChannel: 'Sales channel',
    campaign: 'Campaign',
    noCampaign: 'No campaign',
    notes: 'Notes',
    notSet: '—',
    create: 'Create deal',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    fixErrors: 'Some fields need attention; nothing was lost.',
    saveFailed: 'Could not save: {{message}}',
    saved: 'Deal saved.',
    'status.open': 'Open',
    'status.won': 'Success',
    'status.refused': 'Refusal',
    dealOf: 'Deal of {{client}}',
    openDeal: 'Open deal {{title}}',
    closesOn: 'closes {{date}}',
    closedDay: 'closed {{date}}',
    lines: 'What it sells',
    linesHint: 'With lines, the amount follows from them. Without lines, enter the amount directly.',
    addLine: 'Add line',
    removeLine: 'Remove line {{n}}',
    line: 'Line {{n}}',
    product: 'Product',
    noProduct: 'No catalogue item',
    description: 'Description',
    quantity: 'Quantity',
    unitPrice: 'Unit price',
    discount: 'Discount, %',
    lineAmount: 'Line amount: {{amount}}',
    total: 'Total: {{amount}}',
    amountFromLines: 'Amount from lines',
    amountDirect: 'Amount (no lines)',
    otherCurrency: '{{name}} is priced in {{currency}}: enter the price in this deal’s currency.',
    receivables: 'Receivables',
    receivablesIn: 'Receivables in {{currency}}',
    invoiced: 'Invoiced',
    paid: 'Paid',
    outstanding: 'Outstanding',
    overdue: 'Overdue',
    overpaid: 'Paid above invoiced',
    noReceivables: 'Nothing invoiced yet.',
    receipts: 'Planned receipts',
    noReceipts: 'No planned receipts yet. Add one once a contract is signed or an invoice issued.',
    addReceipt: 'Add planned receipt',
    receiptNumber: 'Invoice or contract number',
    issueDate: 'Issue date',
    dueDate: 'Due date',
    receiptAdded: 'Planned receipt {{number}} added.',
    receiptLabel: 'No. {{number}}, due {{date}}',
    'receiptStatus.paid': 'Paid',
    'receiptStatus.partly-paid': 'Partly paid',
    'receiptStatus.unpaid': 'Unpaid',
    overdueBadge: 'Overdue',
    deleteReceipt: 'Delete planned receipt {{number}}',
    editReceipt: 'Edit planned receipt {{number}}',
    receiptNote: 'Note',
    receiptSaved: 'Planned receipt {{number}} saved.',
    editPayment: 'Correct payment {{label}}',
    paymentCorrected: 'Payment corrected.',
    confirmDeleteReceipt: 'Delete planned receipt {{number}}?',
    delete: 'Delete',
    payments: 'Payments',
    noPayments: 'No payments yet.',
    recordPayment: 'Record payment',
    paymentFor: 'Planned receipt',
    paymentDate: 'Date received',
    paymentNote: 'Note',
    paymentRecorded: 'Payment recorded.',
    paymentAboveInvoice: 'Saved. This is {{excess}} more than planned receipt {{number}} asks for — check the amount.',
    paymentLabel: '{{amount}}, {{date}}, for No. {{number}}',
    receiptsAboveDeal: 'Planned receipts come to {{excess}} more than the deal’s amount of {{amount}} — check the amounts.',
    refusedTakesNoMoney: 'A refused deal takes no new planned receipts or payments. Reopen it to add them.',
    refusalKeepsPayments: '{{amount}} has already been received on this deal. The payments stay recorded and count as received.',
    refusalKeepsReceipts: 'Planned receipts still expect {{amount}}: they stay until you delete them.',
    closedOn: 'Closed',
    deletePayment: 'Delete payment {{label}}',
    confirmDeletePayment: 'Delete the payment {{label}}?',
    cannotUndo: 'This cannot be undone.',
    deleted: 'Deleted.',
    moveStage: 'Move to stage',
    move: 'Move',
    stageMoved: 'Moved to {{stage}}; probability {{percent}}.',
    closeWon: 'Close as Success',
    closeRefused: 'Close as Refusal',
    confirmWon: 'Close this deal as Success?',
    refusalTitle: 'Close as Refusal',
    refusalReason: 'Reason',
    refusalNote: 'Note (optional)',
    confirmRefusal: 'Record refusal',
    reopen: 'Reopen deal',
    reopenNote: 'Why it reopens (optional)',
    confirmReopen: 'Reopen',
    // A date takes "on"; a relative day ("today", "yesterday") takes none.
    wonOn: 'Won on {{date}}',
    wonRelative: 'Won {{date}}',
    refusedOn: 'Refused on {{date}}: {{reason}}.',
    refusedRelative: 'Refused {{date}}: {{reason}}.',
    refusedAt: 'At stage {{stage}}.',
    closedHint: 'A closed deal changes stage only after reopening.',
    timeline: 'Timeline',
    noTimeline: 'Nothing has happened yet.',
    'change.opened': 'Opened at {{to}}',
    'change.stage': 'Moved from {{from}} to {{to}}',
    'change.won': 'Closed as Success at {{to}}',
    'change.refused': 'Closed as Refusal at {{to}}: {{reason}}',
    'change.reopened': 'Reopened at {{to}}',
    changeBy: '{{when}} · {{by}}',
    changeNote: 'Note: {{note}}',
    timePerStage: 'Time per stage',
    durationDays_one: '{{count}} day',
    durationDays_few: '{{count}} days',
    durationDays_many: '{{count}} days',
    durationDays_other: '{{count}} days',
    durationHours_one: '{{count}} hour',
    durationHours_few: '{{count}} hours',
    durationHours_many: '{{count}} hours',
    durationHours_other: '{{count}} hours',
    lessThanHour: 'less than an hour',
    'problem.closed': 'The deal is closed: reopen it first.',
    'problem.refused': 'The deal is refused: reopen it to plan or record money.',
    'problem.not-closed': 'The deal is open: there is nothing to reopen.',
    'problem.unknown-stage': 'This stage is not in the list any more.',
    'problem.archived-stage': 'This stage is archived: choose another.',
    'problem.same-stage': 'The deal is already at this stage.',
    notAllowed: 'Your role does not allow this change.',
    amountEmpty: 'Enter an amount.',
    amountNotNumber: 'Enter an amount like 1 234,50 or 1,234.50.',
    amountNegative: 'The amount cannot be negative.',
    amountTooPrecise: 'Too many decimals for this currency.',
    amountTooLarge: 'This amount is too large to be real — check the digits.',
    fromEmail: 'Create a deal from this email',
    fromEmailCreating: 'Creating the deal…',
    fromEmailFailed: 'Could not create the deal: {{message}}',
    fromEmailOpen: 'Open deal “{{title}}”',
    recordContact: 'Record contact',
    recordContactTitle: 'Contact about {{title}}',
    deleteDeal: 'Delete deal',
    confirmDeleteDeal: 'Delete the deal “{{title}}”?',
    deleteDealReceipts_one: 'Its planned receipt goes with it.',
    deleteDealReceipts_few: 'Its {{count}} planned receipts go with it.',
    deleteDealReceipts_many: 'Its {{count}} planned receipts go with it.',
    deleteDealReceipts_other: 'Its {{count}} planned receipts go with it.',
    deleteDealHistory_one: "Its history entry stays on the client's history.",
    deleteDealHistory_few: "Its history entries stay on the client's history.",
    deleteDealHistory_many: "Its history entries stay on the client's history.",
    deleteDealHistory_other: "Its history entries stay on the client's history.",
    deleteDealHasPayments: 'Payments were received on this deal: to delete it, delete its payments first.',
    deleteFailed: 'The deal could not be deleted: {{message}}',
    dealDeleted: 'Deal “{{title}}” deleted.',
    deleteReceiptFailed: 'The planned receipt could not be deleted: {{message}}',
    deletePaymentFailed: 'The payment could not be deleted: {{message}}',
    moveFailed: 'The deal could not be moved to another stage: {{message}}',
    closeWonFailed: 'The deal could not be closed as Success: {{message}}',
    refusalFailed: 'The refusal could not be recorded: {{message}}',
    reopenFailed: 'The deal could not be reopened: {{message}}',
  },
  uk: {
    loading: 'Завантаження угод…',
    loadFailed: 'Не вдалося завантажити угоди: {{message}}',
    notFound: 'Цієї угоди вже немає.',
    back: 'Назад',
    deals: 'Угоди',
    openDeals: 'Відкриті угоди',
    closedDeals: 'Успішні та відмови',
    noOpenDeals: 'Відкритих угод немає.',
    newDeal: 'Нова угода',
    newDealTitle: 'Нова угода',
    editDealTitle: 'Редагування угоди',
    edit: 'Редагувати угоду',
    title: 'Назва',
    amount: 'Сума',
    currency: 'Валюта',
    owner: 'Відповідальний',
    ownerHint: 'Виберіть колегу або введіть email; порожньо — ви.',
    stage: 'Етап',
    probability: 'Ймовірність, %',
    probabilityFact: 'Ймовірність',
    probabilityDefault: 'Типово для етапу: {{percent}}',
    expectedClose: 'Очікуване закриття',
    salesChannel: 'Канал продажів',
    campaign: 'Маркетингова акція',
    noCampaign: 'Без акції',
    notes: 'Нотатки',
    notSet: '—',
    create: 'Створити угоду',
    save: 'Зберегти',
    saving: 'Зберігаємо…',
    cancel: 'Скасувати',
    fixErrors: 'Деякі поля потребують уваги; нічого не втрачено.',
    saveFailed: 'Не вдалося зберегти: {{message}}',
    saved: 'Угоду збережено.',
    'status.open': 'Відкрита',
    'status.won': 'Успіх',
    'status.refused': 'Відмова',
    dealOf: 'Угода клієнта {{client}}',
    openDeal: 'Відкрити угоду {{title}}',
    closesOn: 'закриття {{date}}',
    closedDay: 'закрито {{date}}',
    lines: 'Що продаємо',
    linesHint: 'Якщо є позиції, сума рахується з них. Без позицій введіть суму вручну.',
    addLine: 'Додати позицію',
    removeLine: 'Видалити позицію {{n}}',
    line: 'Позиція {{n}}',
    product: 'Товар',
    noProduct: 'Не з каталогу',
    description: 'Опис',
    quantity: 'Кількість',
    unitPrice: 'Ціна за одиницю',
    discount: 'Знижка, %',
    lineAmount: 'Сума позиції: {{amount}}',
    total: 'Разом: {{amount}}',
    amountFromLines: 'Сума з позицій',
    amountDirect: 'Сума (без позицій)',
    otherCurrency: 'Ціна «{{name}}» у {{currency}}: введіть ціну у валюті угоди.',
    receivables: 'Розрахунки',
    receivablesIn: 'Розрахунки в {{currency}}',
    invoiced: 'Виставлено',
    paid: 'Сплачено',
    outstanding: 'До сплати',
    overdue: 'Прострочено',
    overpaid: 'Сплачено понад рахунок',
    noReceivables: 'Ще нічого не виставлено.',
    receipts: 'Планові надходження',
    noReceipts: 'Планових надходжень ще немає. Додайте, щойно підписано договір або виставлено рахунок.',
    addReceipt: 'Додати планове надходження',
    receiptNumber: 'Номер рахунку чи договору',
    issueDate: 'Дата виставлення',
    dueDate: 'Сплатити до',
    receiptAdded: 'Планове надходження {{number}} додано.',
    receiptLabel: '№ {{number}}, до {{date}}',
    'receiptStatus.paid': 'Сплачено',
    'receiptStatus.partly-paid': 'Сплачено частково',
    'receiptStatus.unpaid': 'Не сплачено',
    overdueBadge: 'Прострочено',
    deleteReceipt: 'Видалити планове надходження {{number}}',
    editReceipt: 'Змінити планове надходження {{number}}',
    receiptNote: 'Примітка',
    receiptSaved: 'Планове надходження {{number}} збережено.',
    editPayment: 'Виправити оплату {{label}}',
    paymentCorrected: 'Оплату виправлено.',
    confirmDeleteReceipt: 'Видалити планове надходження {{number}}?',
    delete: 'Видалити',
    payments: 'Оплати',
    noPayments: 'Оплат ще немає.',
    recordPayment: 'Записати оплату',
    paymentFor: 'Планове надходження',
    paymentDate: 'Дата надходження',
    paymentNote: 'Примітка',
    paymentRecorded: 'Оплату записано.',
    paymentAboveInvoice: 'Збережено. Це на {{excess}} більше, ніж за плановим надходженням {{number}}, — перевірте суму.',
    paymentLabel: '{{amount}}, {{date}}, за № {{number}}',
    receiptsAboveDeal: 'Планові надходження перевищують суму угоди ({{amount}}) на {{excess}} — перевірте суми.',
    refusedTakesNoMoney: 'До угоди, закритої з відмовою, не додаються нові планові надходження й оплати. Щоб додати їх, відкрийте угоду знову.',
    refusalKeepsPayments: 'За цією угодою вже отримано {{amount}}. Оплати залишаться в записах і рахуватимуться як отримані.',
    refusalKeepsReceipts: 'Планові надходження ще очікують {{amount}}: вони залишаться, доки ви їх не видалите.',
    closedOn: 'Дата закриття',
    deletePayment: 'Видалити оплату {{label}}',
    confirmDeletePayment: 'Видалити оплату {{label}}?',
    cannotUndo: 'Це не можна скасувати.',
    deleted: 'Видалено.',
    moveStage: 'Перевести на етап',
    move: 'Перевести',
    stageMoved: 'Переведено на етап «{{stage}}»; ймовірність {{percent}}.',
    closeWon: 'Закрити як виграну',
    closeRefused: 'Закрити з відмовою',
    confirmWon: 'Закрити угоду як виграну?',
    refusalTitle: 'Закрити з відмовою',
    refusalReason: 'Причина',
    refusalNote: 'Примітка (необов’язково)',
    confirmRefusal: 'Записати відмову',
    reopen: 'Відкрити знову',
    reopenNote: 'Чому відкриваємо знову (необов’язково)',
    confirmReopen: 'Відкрити',
    // No full stop after a date: a Ukrainian one ends in “р.” already.
    // A date and a relative day («сьогодні») both follow the verb with no preposition.
    wonOn: 'Угоду виграно {{date}}',
    wonRelative: 'Угоду виграно {{date}}',
    refusedOn: 'Угоду закрито з відмовою {{date}}: {{reason}}.',
    refusedRelative: 'Угоду закрито з відмовою {{date}}: {{reason}}.',
    refusedAt: 'На етапі «{{stage}}».',
    closedHint: 'Закрита угода змінює етап лише після повторного відкриття.',
    timeline: 'Хронологія',
    noTimeline: 'Ще нічого не відбулося.',
    'change.opened': 'Відкрито на етапі «{{to}}»',
    'change.stage': 'З етапу «{{from}}» на «{{to}}»',
    'change.won': 'Угоду виграно на етапі «{{to}}»',
    'change.refused': 'Закрито з відмовою на етапі «{{to}}»: {{reason}}',
    'change.reopened': 'Відкрито знову на етапі «{{to}}»',
    changeBy: '{{when}} · {{by}}',
    changeNote: 'Примітка: {{note}}',
    timePerStage: 'Час на етапах',
    durationDays_one: '{{count}} день',
    durationDays_few: '{{count}} дні',
    durationDays_many: '{{count}} днів',
    durationDays_other: '{{count}} дня',
    durationHours_one: '{{count}} година',
    durationHours_few: '{{count}} години',
    durationHours_many: '{{count}} годин',
    durationHours_other: '{{count}} години',
    lessThanHour: 'менше години',
    'problem.closed': 'Угоду закрито: спершу відкрийте її знову.',
    'problem.refused': 'Угоду закрито з відмовою: щоб планувати чи записувати оплати, відкрийте її знову.',
    'problem.not-closed': 'Угода відкрита: немає чого відкривати знову.',
    'problem.unknown-stage': 'Цього етапу вже немає в списку.',
    'problem.archived-stage': 'Цей етап в архіві: оберіть інший.',
    'problem.same-stage': 'Угода вже на цьому етапі.',
    notAllowed: 'Ваша роль не дозволяє цієї зміни.',
    amountEmpty: 'Введіть суму.',
    amountNotNumber: 'Введіть суму на зразок 1 234,50 або 1,234.50.',
    amountNegative: 'Сума не може бути від’ємною.',
    amountTooPrecise: 'Забагато знаків після коми для цієї валюти.',
    amountTooLarge: 'Завелика сума, щоб бути справжньою, — перевірте цифри.',
    fromEmail: 'Створити угоду з цього листа',
    fromEmailCreating: 'Створення угоди…',
    fromEmailFailed: 'Не вдалося створити угоду: {{message}}',
    fromEmailOpen: 'Відкрити угоду «{{title}}»',
    recordContact: 'Записати контакт',
    recordContactTitle: 'Контакт щодо «{{title}}»',
    deleteDeal: 'Видалити угоду',
    confirmDeleteDeal: 'Видалити угоду «{{title}}»?',
    deleteDealReceipts_one: 'Разом з нею буде видалено {{count}} планове надходження.',
    deleteDealReceipts_few: 'Разом з нею буде видалено {{count}} планові надходження.',
    deleteDealReceipts_many: 'Разом з нею буде видалено {{count}} планових надходжень.',
    deleteDealReceipts_other: 'Разом з нею буде видалено {{count}} планового надходження.',
    deleteDealHistory_one: 'Пов’язаний із нею запис залишиться в історії клієнта.',
    deleteDealHistory_few: 'Пов’язані з нею записи залишаться в історії клієнта.',
    deleteDealHistory_many: 'Пов’язані з нею записи залишаться в історії клієнта.',
    deleteDealHistory_other: 'Пов’язані з нею записи залишаться в історії клієнта.',
    deleteDealHasPayments: 'За цією угодою вже надійшли оплати: щоб видалити угоду, спершу видаліть оплати.',
    deleteFailed: 'Не вдалося видалити угоду: {{message}}',
    dealDeleted: 'Угоду «{{title}}» видалено.',
    deleteReceiptFailed: 'Не вдалося видалити планове надходження: {{message}}',
    deletePaymentFailed: 'Не вдалося видалити оплату: {{message}}',
    moveFailed: 'Не вдалося перевести угоду на інший етап: {{message}}',
    closeWonFailed: 'Не вдалося закрити угоду як виграну: {{message}}',
    refusalFailed: 'Не вдалося записати відмову: {{message}}',
    reopenFailed: 'Не вдалося відкрити угоду знову: {{message}}',
  },
};
