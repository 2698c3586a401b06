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
  | 'foundSome_one'
  | 'foundSome_few'
  | 'foundSome_many'
  | 'foundSome_other'
  | 'foundOver_one'
  | 'foundOver_few'
  | 'foundOver_many'
  | 'foundOver_other'
  | 'showMore_one'
  | 'showMore_few'
  | 'showMore_many'
  | 'showMore_other'
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
    // More found than listed: {{shown}} is how many are listed.
    foundSome_one: '{{shown}} of {{count}} client shown — refine the search',
    foundSome_few: '{{shown}} of {{count}} clients shown — refine the search',
    foundSome_many: '{{shown}} of {{count}} clients shown — refine the search',
    foundSome_other: '{{shown}} of {{count}} clients shown — refine the search',
    // Counted no further than {{count}}.
    foundOver_one: '{{shown}} of more than {{count}} clients shown — refine the search',
    foundOver_few: '{{shown}} of more than {{count}} clients shown — refine the search',
    foundOver_many: '{{shown}} of more than {{count}} clients shown — refine the search',
    foundOver_other: '{{shown}} of more than {{count}} clients shown — refine the search',
    showMore_one: 'Show {{count}} more client',
    showMore_few: 'Show {{count}} more clients',
    showMore_many: 'Show {{count}} more clients',
    showMore_other: 'Show {{count}} more clients',
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
    foundSome_one: 'Знайдено {{count}} клієнта, показано {{shown}} — уточніть пошук',
    foundSome_few: 'Знайдено {{count}} клієнти, показано {{shown}} — уточніть пошук',
    foundSome_many: 'Знайдено {{count}} клієнтів, показано {{shown}} — уточніть пошук',
    foundSome_other: 'Знайдено {{count}} клієнта, показано {{shown}} — уточніть пошук',
    // «понад» asks the genitive: понад 100 клієнтів, понад 101 клієнта.
    foundOver_one: 'Знайдено понад {{count}} клієнта, показано {{shown}} — уточніть пошук',
    foundOver_few: 'Знайдено понад {{count}} клієнтів, показано {{shown}} — уточніть пошук',
    foundOver_many: 'Знайдено понад {{count}} клієнтів, показано {{shown}} — уточніть пошук',
    foundOver_other: 'Знайдено понад {{count}} клієнта, показано {{shown}} — уточніть пошук',
    showMore_one: 'Показати ще {{count}} клієнта',
    showMore_few: 'Показати ще {{count}} клієнти',
    showMore_many: 'Показати ще {{count}} клієнтів',
    showMore_other: 'Показати ще {{count}} клієнта',
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
