/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import type { App } from '../../../src/app/createApp';
import { CampaignsScreen } from '../../../src/taskpane/modules/campaigns/components/CampaignsScreen';
import { CatalogueScreen } from '../../../src/taskpane/modules/catalogue/components/CatalogueScreen';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { ServiceCasesTab } from '../../../src/taskpane/modules/service-cases/components/ServiceCasesTab';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

type Ids = { client: string; deal: string; row: string };

/** A list whose row is edited in place: how to reach the row's edit form, and what the row says once a colleague deleted it. */
type List = {
  name: string;
  table: 'payments' | 'contacts' | 'serviceCases' | 'products' | 'campaigns';
  screen: (ids: Ids) => ReactElement;
  seed: (app: App, ids: Ids) => Promise<void>;
  en: { edit: string | RegExp; form: string | RegExp; field: string | RegExp; said: string | RegExp };
  uk: { edit: string | RegExp; form: string | RegExp; field: string | RegExp; said: string | RegExp };
  /** What the row showed of the record while it stood: gone once it says it was deleted. */
  stale: { en: RegExp; uk: RegExp };
};

async function contoso(app: App, ids: Ids) {
  ids.client = (await app.createClient({ client: { name: 'Contoso' }, contacts: [{ name: 'Anna Koval', position: 'Buyer', emails: ['anna@contoso.com'], phones: [] }] })).id;
}

const lists: List[] = [
  {
    name: 'a payment',
    table: 'payments',
    screen: (ids) => <DealScreen dealId={ids.deal} />,
    seed: async (app, ids) => {
      await contoso(app, ids);
      ids.deal = (await app.deals.create({ clientId: ids.client, title: 'Valves', currency: 'UAH', amountMinor: 200_000 })).id;
      const receipt = await app.deals.savePlannedReceipt({ dealId: ids.deal, number: 'INV-7', amountMinor: 100_000, issueDate: '2026-03-01', dueDate: '2026-03-31' });
      ids.row = (await app.deals.recordPayment({ invoiceId: receipt.id, amountMinor: 40_000, date: '2026-03-05', note: 'Wire from Contoso' })).payment.id;
    },
    en: { edit: /^Correct payment /, form: /^Correct payment /, field: 'Amount', said: /^The payment of .*400\.00.* on 5 Mar 2026 was deleted by a colleague while you were editing it\.$/ },
    uk: { edit: /^Виправити оплату /, form: /^Виправити оплату /, field: 'Сума', said: /^Оплату .*400,00.* від 5 бер\. 2026 р\. видалив колега, поки ви її редагували\.$/ },
    stale: { en: /Wire from Contoso|Delete payment/, uk: /Wire from Contoso|Видалити оплату/ },
  },
  {
    name: 'a contact person',
    table: 'contacts',
    screen: (ids) => <ClientScreen clientId={ids.client} tab="contacts" />,
    seed: async (app, ids) => {
      await contoso(app, ids);
      ids.row = (await app.queries.clientCard(ids.client)).contacts[0]?.id ?? '';
    },
    en: { edit: 'Edit Anna Koval', form: 'Edit Anna Koval', field: /^Name/, said: 'Contact “Anna Koval” was deleted by a colleague while you were editing it.' },
    uk: { edit: 'Редагувати: Anna Koval', form: 'Редагувати: Anna Koval', field: /^Ім’я/, said: 'Контактну особу «Anna Koval» видалив колега, поки ви її редагували.' },
    stale: { en: /Nothing was saved/, uk: /Нічого не збережено/ },
  },
  {
    name: 'a service case',
    table: 'serviceCases',
    screen: (ids) => <ServiceCasesTab clientId={ids.client} contacts={[]} />,
    seed: async (app, ids) => {
      await contoso(app, ids);
      ids.row = (await app.deals.openServiceCase({ clientId: ids.client, title: 'Pump noise', description: '', severity: 'high', openedOn: '2026-03-02' })).id;
    },
    en: { edit: 'Edit Pump noise', form: 'Edit service case “Pump noise”', field: /^Title/, said: 'Service case “Pump noise” was deleted by a colleague while you were editing it.' },
    uk: { edit: 'Змінити «Pump noise»', form: 'Редагування звернення «Pump noise»', field: /^Тема/, said: 'Звернення «Pump noise» видалив колега, поки ви його редагували.' },
    stale: { en: /Opened 2 Mar|Details/, uk: /Відкрито 2 бер|Подробиці/ },
  },
  {
    name: 'a product',
    table: 'products',
    screen: () => <CatalogueScreen />,
    seed: async (app, ids) => {
      ids.row = (await app.deals.saveProduct({ name: 'Control valve DN50', code: 'CV-50', category: 'goods', unitPriceMinor: 1_850_00, currency: 'EUR' })).id;
    },
    en: { edit: 'Edit Control valve DN50', form: 'Edit Control valve DN50', field: /^Name/, said: 'Product “Control valve DN50” was deleted by a colleague while you were editing it.' },
    uk: { edit: 'Редагувати Control valve DN50', form: 'Редагування: Control valve DN50', field: /^Назва/, said: 'Товар «Control valve DN50» видалив колега, поки ви його редагували.' },
    stale: { en: /Nothing was saved/, uk: /Нічого не збережено/ },
  },
  {
    name: 'a campaign',
    table: 'campaigns',
    screen: () => <CampaignsScreen />,
    seed: async (app, ids) => {
      ids.row = (await app.deals.saveCampaign({ name: 'Hannover Messe 2026', channel: 'exhibition', startDate: '2026-04-20', costMinor: 12_000_00, currency: 'EUR' })).id;
    },
    en: { edit: 'Edit Hannover Messe 2026', form: /Hannover Messe 2026/, field: /^Name/, said: 'Campaign “Hannover Messe 2026” was deleted by a colleague while you were editing it.' },
    uk: { edit: 'Редагувати Hannover Messe 2026', form: /Hannover Messe 2026/, field: /^Назва/, said: 'Маркетингову акцію «Hannover Messe 2026» видалив колега, поки ви її редагували.' },
    stale: { en: /Nothing was saved/, uk: /Нічого не збережено/ },
  },
];

function Screen({ list, ids }: { list: List; ids: Ids }) {
  return list.screen(ids);
}

describe('a row kept on screen because its edit form holds typing, after a colleague deleted its record', () => {
  for (const list of lists) {
    for (const lang of ['en', 'uk'] as const) {
      it(`${list.name} says it was deleted by a colleague, in place of its last contents, the typing kept (${lang})`, async () => {
        const words = list[lang];
        const ids: Ids = { client: '', deal: '', row: '' };
        const { user, dbName } = await renderPane(<Screen list={list} ids={ids} />, {
          host: lang === 'uk' ? new FakeMailHost({ displayLanguage: 'uk-UA' }) : undefined,
          seed: (app) => list.seed(app, ids),
        });
        await user.click(await screen.findByRole('button', { name: words.edit }));
        const form = screen.getByRole('form', { name: words.form });
        const field = within(form).getAllByRole('textbox', { name: words.field })[0] as HTMLInputElement;
        await user.type(field, '5');
        const typed = field.value;

        // The sync pulls a colleague's deletion, as the live query sees it.
        await new ClientbookDb(dbName)[list.table].delete(ids.row);
        await new Promise((settled) => setTimeout(settled, 200));

        const row = form.closest('li') as HTMLElement;
        expect(await within(row).findByText(words.said)).toBeInTheDocument();
        expect(row).not.toHaveTextContent(list.stale[lang]);
        expect(within(row).queryByRole('button', { name: words.edit })).not.toBeInTheDocument();
        expect(form).toBeInTheDocument();
        expect(field).toHaveValue(typed);
      });
    }
  }
});
