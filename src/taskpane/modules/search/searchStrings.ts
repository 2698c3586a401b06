import type { Strings } from '../../i18n/useT';

type Key =
  | 'heading'
  | 'label'
  | 'placeholder'
  | 'clear'
  | 'hint'
  | 'recent'
  | 'found_one'
  | 'found_few'
  | 'found_many'
  | 'found_other'
  | 'searching'
  | 'failed'
  | 'noResults'
  | 'noResultsHint'
  | 'noClients'
  | 'createClient'
  | 'clientDeleted'
  | 'moreContacts_one'
  | 'moreContacts_few'
  | 'moreContacts_many'
  | 'moreContacts_other';

export const searchStrings = {
  ns: 'search',
  en: {
    heading: 'Find a client',
    // {{name}} comes quoted (quotedName, in DeleteClient): “Fabrikam”, ТОВ «Полісся Агро».
    clientDeleted: 'Client {{name}} deleted.',
    label: 'Name, email or domain',
    placeholder: 'e.g. Contoso, olena@contoso.com, contoso.com',
    clear: 'Clear the search',
    hint: 'A client’s name, a contact person’s name or email address, or an email domain. Enter opens the only client found.',
    recent: 'Recently changed clients',
    found_one: '{{count}} client found',
    found_few: '{{count}} clients found',
    found_many: '{{count}} clients found',
    found_other: '{{count}} clients found',
    searching: 'Searching…',
    failed: 'The search failed: {{message}}',
    noResults: 'No client matches “{{text}}”.',
    noResultsHint: 'Check the spelling, try the email domain, or create the client.',
    noClients: 'No clients yet. Create the first one, or open an email from a client.',
    createClient: 'Create client',
    moreContacts_one: '+{{count}} more contact',
    moreContacts_few: '+{{count}} more contacts',
    moreContacts_many: '+{{count}} more contacts',
    moreContacts_other: '+{{count}} more contacts',
  },
  uk: {
    heading: 'Знайти клієнта',
    clientDeleted: 'Клієнта {{name}} видалено.',
    label: 'Назва, ел. пошта або домен',
    placeholder: 'напр. Contoso, olena@contoso.com, contoso.com',
    clear: 'Очистити пошук',
    hint: 'Назва клієнта, ім’я чи email контактної особи або домен пошти. Enter відкриває єдиного знайденого клієнта.',
    recent: 'Нещодавно змінені клієнти',
    found_one: 'Знайдено {{count}} клієнта',
    found_few: 'Знайдено {{count}} клієнти',
    found_many: 'Знайдено {{count}} клієнтів',
    found_other: 'Знайдено {{count}} клієнта',
    searching: 'Шукаємо…',
    failed: 'Пошук не вдався: {{message}}',
    noResults: 'Жоден клієнт не відповідає «{{text}}».',
    noResultsHint: 'Перевірте написання, спробуйте домен пошти або створіть клієнта.',
    noClients: 'Клієнтів ще немає. Створіть першого або відкрийте лист від клієнта.',
    createClient: 'Створити клієнта',
    moreContacts_one: 'ще {{count}} контактна особа',
    moreContacts_few: 'ще {{count}} контактні особи',
    moreContacts_many: 'ще {{count}} контактних осіб',
    moreContacts_other: 'ще {{count}} контактної особи',
  },
} satisfies Strings<Key>;
