import type { Strings } from '../../i18n/useT';

type Plural<B extends string> = `${B}_one` | `${B}_few` | `${B}_many` | `${B}_other`;

type Key =
  | 'deleteClient'
  | 'confirmDeleteClient'
  | 'goesWith'
  | Plural<'contacts'>
  | Plural<'history'>
  | Plural<'plans'>
  | Plural<'deals'>
  | Plural<'receipts'>
  | Plural<'serviceCases'>
  | 'queuedMailing'
  | 'cannotUndo'
  | 'cancel'
  | 'hasPayments'
  | 'notAllowed'
  | 'deleteFailed';

/**
 * Delete client: the button, the question with what goes with the client, and why it may be refused.
 * `{{name}}` comes quoted by quotedName (“Fabrikam”, ТОВ «Полісся Агро»), so the strings add no quotes.
 */
export const clientDeletionStrings = {
  ns: 'clientDeletion',
  en: {
    deleteClient: 'Delete client',
    confirmDeleteClient: 'Delete the client {{name}}?',
    goesWith: 'This also deletes:',
    contacts_one: '{{count}} contact person',
    contacts_few: '{{count}} contact persons',
    contacts_many: '{{count}} contact persons',
    contacts_other: '{{count}} contact persons',
    history_one: '{{count}} history entry',
    history_few: '{{count}} history entries',
    history_many: '{{count}} history entries',
    history_other: '{{count}} history entries',
    plans_one: '{{count}} next contact',
    plans_few: '{{count}} next contacts',
    plans_many: '{{count}} next contacts',
    plans_other: '{{count}} next contacts',
    deals_one: '{{count}} deal',
    deals_few: '{{count}} deals',
    deals_many: '{{count}} deals',
    deals_other: '{{count}} deals',
    receipts_one: '{{count}} planned receipt',
    receipts_few: '{{count}} planned receipts',
    receipts_many: '{{count}} planned receipts',
    receipts_other: '{{count}} planned receipts',
    serviceCases_one: '{{count}} service case',
    serviceCases_few: '{{count}} service cases',
    serviceCases_many: '{{count}} service cases',
    serviceCases_other: '{{count}} service cases',
    queuedMailing: 'Any mailing messages still queued for it are cancelled.',
    cannotUndo: 'This cannot be undone.',
    cancel: 'Cancel',
    hasPayments: '{{name}} has deals with recorded payments: to delete the client, delete those payments first.',
    notAllowed: "Only the head of sales or the client's own manager can delete a client.",
    deleteFailed: 'The client could not be deleted: {{message}}',
  },
  uk: {
    deleteClient: 'Видалити клієнта',
    confirmDeleteClient: 'Видалити клієнта {{name}}?',
    goesWith: 'Разом із ним буде видалено:',
    contacts_one: '{{count}} контактну особу',
    contacts_few: '{{count}} контактні особи',
    contacts_many: '{{count}} контактних осіб',
    contacts_other: '{{count}} контактної особи',
    history_one: '{{count}} запис історії',
    history_few: '{{count}} записи історії',
    history_many: '{{count}} записів історії',
    history_other: '{{count}} запису історії',
    plans_one: '{{count}} наступний контакт',
    plans_few: '{{count}} наступні контакти',
    plans_many: '{{count}} наступних контактів',
    plans_other: '{{count}} наступного контакту',
    deals_one: '{{count}} угоду',
    deals_few: '{{count}} угоди',
    deals_many: '{{count}} угод',
    deals_other: '{{count}} угоди',
    receipts_one: '{{count}} планове надходження',
    receipts_few: '{{count}} планові надходження',
    receipts_many: '{{count}} планових надходжень',
    receipts_other: '{{count}} планового надходження',
    serviceCases_one: '{{count}} звернення',
    serviceCases_few: '{{count}} звернення',
    serviceCases_many: '{{count}} звернень',
    serviceCases_other: '{{count}} звернення',
    queuedMailing: 'Якщо для нього в черзі ще є листи розсилок, їх не буде надіслано.',
    cannotUndo: 'Це не можна скасувати.',
    cancel: 'Скасувати',
    hasPayments: 'У клієнта {{name}} є угоди із записаними оплатами: щоб видалити клієнта, спершу видаліть ці оплати.',
    notAllowed: 'Видалити клієнта може лише керівник відділу продажів або менеджер, відповідальний за цього клієнта.',
    deleteFailed: 'Не вдалося видалити клієнта: {{message}}',
  },
} satisfies Strings<Key>;
