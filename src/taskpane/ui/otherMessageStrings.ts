import type { Strings } from '../i18n/useT';

/** The notice on a screen other than home that Outlook's selection has moved to another message. */
export const otherMessageStrings = {
  ns: 'otherMessage',
  en: {
    read: 'Another message is open: {{subject}}',
    readNoSubject: 'Another message is open.',
    compose: 'A message you are writing is open.',
    show: 'Show it',
  },
  uk: {
    read: 'Відкрито інший лист: {{subject}}',
    readNoSubject: 'Відкрито інший лист.',
    compose: 'Відкрито лист, який ви пишете.',
    show: 'Показати',
  },
} satisfies Strings<'read' | 'readNoSubject' | 'compose' | 'show'>;
