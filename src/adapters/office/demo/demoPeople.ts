/**
 * The people of the demo mailbox. The demo's known clients (see src/app/seedDemoData.ts) are built
 * from the same addresses, so the messages below are recognised as they would be in a real team.
 * Companies and people are invented; client domains sit under made-up names.
 */
import type { EmailParticipant } from '../../../domain/model/HistoryEntry';

const person = (name: string, email: string): EmailParticipant => ({ name, email });

export const demoPeople = {
  me: person('Maria Koval', 'maria.koval@clientbook.example'),
  // Internal colleagues: never matched to a client.
  taras: person('Taras Melnyk', 'taras.melnyk@clientbook.example'),
  oksana: person('Оксана Кравець', 'oksana.kravets@clientbook.example'),

  // Known clients' contacts.
  olivia: person('Olivia Bennett', 'olivia.bennett@contoso.com'),
  james: person('James Wright', 'james.wright@contoso.com'),
  andrii: person('Андрій Шевчук', 'a.shevchuk@polissia-agro.com.ua'),
  daniel: person('Daniel Kim', 'daniel.kim@fabrikam.com'),
  olena: person('Олена Литвиненко', 'o.lytvynenko@dniprosteel.com.ua'),
  sophie: person('Sophie Turner', 'sophie.turner@northwindtraders.com'),
  ivan: person('Іван Гнатюк', 'ivan.hnatiuk@karpaty-mebli.com.ua'),

  // New colleagues at known clients' domains: matched by domain only.
  tom: person('Tom Harris', 'tom.harris@contoso.com'),
  natalia: person('Наталія Бойко', 'n.boiko@polissia-agro.com.ua'),
  grace: person('Grace Lee', 'grace.lee@fabrikam.com'),

  // Unknown senders at business domains, with signatures.
  mark: person('Mark Davies', 'mark.davies@litware.com'),
  yulia: person('Юлія Мельник', 'y.melnyk@volyn-bud.com.ua'),
  lukas: person('Lukas Schneider', 'l.schneider@proseware.de'),
  oleh: person('Олег Бондар', 'oleh.bondar@kharkivpak.com.ua'),
  fourthCoffee: person('Fourth Coffee', 'news@fourthcoffee.com'),
  tailspin: person('Tailspin Toys orders', 'no-reply@tailspintoys.com'),

  // Free-mail senders: never matched by domain.
  iryna: person('Ірина Савчук', 'iryna.savchuk@ukr.net'),
  peter: person('Peter Novak', 'peter.novak1987@gmail.com'),
  anna: person('Anna Kowalska', 'anna.kowalska@outlook.com'),
  serhii: person('Сергій Ткаченко', 's.tkachenko@i.ua'),

  hostile: person('Accounts Department', 'billing@secure-payments-portal.net'),
} satisfies { [key: string]: EmailParticipant };

/** The known clients' business domains, by the name the demo gives each client. */
export const demoClientDomains = {
  contoso: 'contoso.com',
  polissiaAgro: 'polissia-agro.com.ua',
  fabrikam: 'fabrikam.com',
  dniproSteel: 'dniprosteel.com.ua',
  northwind: 'northwindtraders.com',
  karpatyMebli: 'karpaty-mebli.com.ua',
} as const;
