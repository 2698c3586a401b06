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
  dealStage: [
    ['qualification', 'Qualification', 'Кваліфікація'], ['needs-analysis', 'Needs analysis', 'Аналіз потреб'],
    ['proposal', 'Proposal', 'Комерційна пропозиція'], ['negotiation', 'Negotiation', 'Переговори'],
    ['contract', 'Contract', 'Договір'],
  ],
  refusalReason: [
    ['price', 'Price too high', 'Зависока ціна'], ['no-benefit', 'Did not understand the benefits', 'Не зрозумів переваг'],
    ['competitor', 'Chose a competitor', 'Обрав конкурента'], ['no-budget', 'No budget', 'Немає бюджету'],
    ['timing', 'Not the right time', 'Не на часі'], ['no-response', 'Stopped responding', 'Перестав відповідати'],
    ['requirements', 'Product does not fit the requirements', 'Товар не відповідає вимогам'], ['other', 'Other', 'Інше'],
  ],
  salesChannel: [
    ['direct', 'Direct sales', 'Прямі продажі'], ['online', 'Online store', 'Інтернет-магазин'],
    ['partner', 'Partner or reseller', 'Партнер або дилер'], ['tender', 'Tender', 'Тендер'], ['other', 'Other', 'Інше'],
  ],
  campaignChannel: [
    ['email', 'Email', 'Електронна пошта'], ['exhibition', 'Exhibition', 'Виставка'], ['webinar', 'Webinar', 'Вебінар'],
    ['online-ads', 'Online advertising', 'Онлайн-реклама'], ['print', 'Print', 'Друковані видання'],
    ['social', 'Social media', 'Соціальні мережі'], ['other', 'Other', 'Інше'],
  ],
  caseSeverity: [
    ['low', 'Low', 'Низька'], ['normal', 'Normal', 'Звичайна'], ['high', 'High', 'Висока'], ['critical', 'Critical', 'Критична'],
  ],
  productCategory: [
    ['goods', 'Goods', 'Товари'], ['services', 'Services', 'Послуги'], ['software', 'Software', 'Програмне забезпечення'],
    ['other', 'Other', 'Інше'],
  ],
};

/** Default probabilities of the default deal stages. */
const stageProbabilities: { [code: string]: number } = {
  qualification: 10,
  'needs-analysis': 25,
  proposal: 40,
  negotiation: 60,
  contract: 80,
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
      ...(list === 'dealStage' ? { probability: stageProbabilities[code] ?? 0 } : {}),
      createdAt: now,
      updatedAt: now,
    })),
  );
}
