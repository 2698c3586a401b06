import type { Language, ReferenceItem, ReferenceList } from '../model/ReferenceItem';

type Seed = [code: string, en: string, uk: string];

const seeds: { [L in ReferenceList]: Seed[] } = {
  region: [
    ['kyiv', 'Kyiv', 'Київ'], ['west', 'Western Ukraine', 'Західна Україна'], ['east', 'Eastern Ukraine', 'Східна Україна'],
    ['south', 'Southern Ukraine', 'Південна Україна'], ['central', 'Central Ukraine', 'Центральна Україна'],
    ['eu', 'European Union', 'Європейський Союз'], ['uk-gb', 'United Kingdom', 'Велика Британія'],
    ['na', 'North America', 'Північна Америка'], ['other', 'Other', 'Інше'],
  ],
  industry: [
    ['manufacturing', 'Manufacturing', 'Виробництво'], ['retail', 'Retail', 'Роздрібна торгівля'],
    ['wholesale', 'Wholesale', 'Оптова торгівля'], ['it', 'IT and software', 'ІТ і програмне забезпечення'],
    ['finance', 'Finance', 'Фінанси'], ['construction', 'Construction', 'Будівництво'],
    ['logistics', 'Logistics', 'Логістика'], ['agriculture', 'Agriculture', 'Сільське господарство'],
    ['healthcare', 'Healthcare', 'Охорона здоров’я'], ['education', 'Education', 'Освіта'],
    ['public', 'Public sector', 'Державний сектор'], ['other', 'Other', 'Інше'],
  ],
  leadSource: [
    ['article', 'Article', 'Стаття'], ['exhibition', 'Exhibition', 'Виставка'],
    ['recommendation', 'Recommendation by a customer', 'Рекомендація клієнта'], ['website', 'Website', 'Вебсайт'],
    ['advertising', 'Advertising', 'Реклама'], ['cold-outreach', 'Cold outreach', 'Холодний контакт'],
    ['social', 'Social media', 'Соціальні мережі'], ['partner', 'Partner', 'Партнер'], ['other', 'Other', 'Інше'],
  ],
  trigger: [
    ['inbound-email', 'Wrote to us', 'Написав нам'], ['inbound-call', 'Called us', 'Зателефонував нам'],
    ['web-form', 'Website form', 'Форма на сайті'], ['event-visit', 'Visited our stand', 'Відвідав наш стенд'],
    ['tender', 'Tender', 'Тендер'], ['our-outreach', 'Answered our outreach', 'Відповів на наш контакт'],
    ['other', 'Other', 'Інше'],
  ],
  historyType: [
    ['email', 'Email', 'Лист'], ['call', 'Call', 'Дзвінок'], ['meeting', 'Meeting', 'Зустріч'],
    ['demo', 'Demonstration', 'Демонстрація'], ['note', 'Note', 'Нотатка'], ['survey', 'Survey', 'Опитування'],
    ['mailing', 'Mailing', 'Розсилка'],
  ],
};

/** The picklists a new store starts with, in both languages; ids are stable so panes seed the same records. */
export function defaultReferenceItems(now: string): ReferenceItem[] {
  return (Object.keys(seeds) as ReferenceList[]).flatMap((list) =>
    seeds[list].map(([code, en, uk], order) => ({
      id: `${list}:${code}`,
      list,
      code,
      labels: { en, uk } satisfies { [L in Language]: string },
      order,
      archived: false,
      createdAt: now,
      updatedAt: now,
    })),
  );
}
