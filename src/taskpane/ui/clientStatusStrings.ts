import type { Strings } from '../i18n/useT';

/** Labels of a client's status and mailing consent, shared by every screen that shows a client. */
export const clientStatusStrings = {
  ns: 'clientStatus',
  en: {
    lead: 'Lead',
    prospect: 'Prospect',
    customer: 'Customer',
    inactive: 'Inactive',
    consentUnknown: 'Not asked',
    consentGranted: 'Agreed to mailings',
    consentOptedOut: 'Opted out of mailings',
  },
  uk: {
    lead: 'Лід',
    prospect: 'Потенційний клієнт',
    customer: 'Діючий клієнт',
    inactive: 'Неактивний',
    consentUnknown: 'Не запитували',
    consentGranted: 'Погодився на розсилки',
    consentOptedOut: 'Відмовився від розсилок',
  },
} satisfies Strings<string>;
