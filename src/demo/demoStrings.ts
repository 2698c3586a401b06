import type { DemoLanguage } from '../adapters/office/demo/DemoMailbox';

const en = {
  title: 'Clientbook demo mailbox',
  language: 'Display language',
  darkTheme: 'Dark theme',
  openEml: 'Open .eml',
  messages: 'Messages',
  showMessages: 'Show the message list',
  inbox: 'Inbox',
  sent: 'Sent',
  folders: 'Folders',
  noMessages: 'No messages in this folder.',
  noSubject: '(no subject)',
  noSender: '(no sender)',
  from: 'From',
  to: 'To',
  cc: 'Cc',
  date: 'Date',
  attachments: 'Attachments',
  nothingSelected: 'Select a message to read it. The Clientbook pane on the right follows your selection, as it does in Outlook.',
  imagesBlocked: 'Pictures from the internet are blocked to protect your privacy.',
  showImages: 'Show images',
  messageBody: 'Message body',
  taskPane: 'Clientbook task pane',
  dropHere: 'Drop .eml files to open them',
  notEml: (name: string) => `"${name}" is not an .eml file.`,
  unreadable: (name: string) => `"${name}" could not be read as an email.`,
  opened: (count: number) => (count === 1 ? 'Opened 1 message.' : `Opened ${count} messages.`),
  dismiss: 'Dismiss',
  fromAddin: 'Clientbook',
};

export type DemoStrings = typeof en;

const uk: DemoStrings = {
  title: 'Демо-поштова скринька Clientbook',
  language: 'Мова інтерфейсу',
  darkTheme: 'Темна тема',
  openEml: 'Відкрити .eml',
  messages: 'Листи',
  showMessages: 'Показати список листів',
  inbox: 'Вхідні',
  sent: 'Надіслані',
  folders: 'Папки',
  noMessages: 'У цій папці немає листів.',
  noSubject: '(без теми)',
  noSender: '(без відправника)',
  from: 'Від',
  to: 'Кому',
  cc: 'Копія',
  date: 'Дата',
  attachments: 'Вкладення',
  nothingSelected: 'Виберіть лист, щоб прочитати його. Панель Clientbook праворуч стежить за вибором, як в Outlook.',
  imagesBlocked: 'Зображення з інтернету заблоковано, щоб захистити вашу приватність.',
  showImages: 'Показати зображення',
  messageBody: 'Текст листа',
  taskPane: 'Панель Clientbook',
  dropHere: 'Перетягніть сюди файли .eml, щоб відкрити їх',
  notEml: (name) => `«${name}» — не файл .eml.`,
  unreadable: (name) => `«${name}» не вдалося прочитати як лист.`,
  opened: (count) => {
    const rule = new Intl.PluralRules('uk-UA').select(count);
    return `Відкрито ${count} ${rule === 'one' ? 'лист' : rule === 'few' ? 'листи' : 'листів'}.`;
  },
  dismiss: 'Закрити',
  fromAddin: 'Clientbook',
};

/** The demo page's own words, in the display language it gives the pane. */
export function demoStrings(language: DemoLanguage): DemoStrings {
  return language === 'uk-UA' ? uk : en;
}
