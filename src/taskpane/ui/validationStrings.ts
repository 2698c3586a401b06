import type { Strings } from '../i18n/useT';

/** Messages for the app's ValidationError keys (errors.<key>). */
export const validationStrings = {
  ns: 'validation',
  en: {
    required: 'Required.',
    invalidEmail: 'This is not a valid email address.',
    invalidDomain: 'This is not a valid domain (example: contoso.com).',
    percent: 'Enter a number from 0 to 100.',
    date: 'Enter a valid date.',
    pastDate: 'The date cannot be in the past.',
    unknown: 'Check this field.',
  },
  uk: {
    required: 'Обов’язкове поле.',
    invalidEmail: 'Це не коректна адреса електронної пошти.',
    invalidDomain: 'Це не коректний домен (приклад: contoso.com).',
    percent: 'Введіть число від 0 до 100.',
    date: 'Введіть коректну дату.',
    pastDate: 'Дата не може бути в минулому.',
    unknown: 'Перевірте це поле.',
  },
} satisfies Strings<string>;
