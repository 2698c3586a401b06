/**
 * Public mail providers: a sender from one of these says nothing about their company,
 * so they are never matched to a client by domain nor offered as a client domain.
 */
export const freeMailDomains: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com',
  'yahoo.co.uk', 'ymail.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com', 'proton.me',
  'protonmail.com', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.com', 'yandex.com', 'yandex.ru',
  'mail.ru', 'zoho.com', 'ukr.net', 'i.ua', 'meta.ua', 'bigmir.net', 'online.ua', 'email.ua',
  'tutanota.com', 'fastmail.com', 'hey.com', 'qq.com', '163.com', 'wp.pl', 'o2.pl', 'seznam.cz',
]);

export function isFreeMailDomain(domain: string): boolean {
  return freeMailDomains.has(domain.toLowerCase());
}
