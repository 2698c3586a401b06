import type { Strings } from '../../i18n/useT';

/** The notice on a message's card that Record contact or Plan next contact typed on another message is kept. */
export const keptDraftStrings = {
  ns: 'keptDraft',
  en: {
    record: 'Your unsaved contact note for “{{subject}}” is kept — open that message again to finish it.',
    plan: 'Your unsaved next contact for “{{subject}}” is kept — open that message again to finish it.',
    noSubject: '(no subject)',
    discard: 'Discard',
  },
  uk: {
    record: 'Ваш незбережений запис про контакт щодо листа «{{subject}}» не втрачено — відкрийте цей лист знову, щоб завершити.',
    plan: 'Ваш незбережений наступний контакт щодо листа «{{subject}}» не втрачено — відкрийте цей лист знову, щоб завершити.',
    noSubject: '(без теми)',
    discard: 'Відкинути',
  },
} satisfies Strings<'record' | 'plan' | 'noSubject' | 'discard'>;
