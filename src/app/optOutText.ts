import type { Language } from '../domain/model/ReferenceItem';

/** The opt-out line under every mailing: a reply is enough, the manager records it on the card. */
export const optOutText: Record<Language, string> = {
  en: 'You receive this email because you are a client of ours. To receive no more mailings, reply with "unsubscribe" and we will take you off our list.',
  uk: 'Ви отримали цей лист, бо є нашим клієнтом. Щоб більше не отримувати розсилок, дайте відповідь на нього словом «відписатися», і ми виключимо вас зі списку.',
};
