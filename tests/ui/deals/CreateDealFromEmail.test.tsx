/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { MessagePanel } from '../../../src/taskpane/modules/message/components/MessagePanel';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import { aReadItem } from '../../support/builders/aReadItem';

jest.setTimeout(30_000);

describe('Create a deal from an email', () => {
  it('logs the open message, opens a deal named after its subject and links the logged email to it', async () => {
    const item = aReadItem({ subject: 'Quote for 40 licences' });
    let clientId = '';
    const { user, app, route } = await renderPane(<MessagePanel item={item} />, {
      host: new FakeMailHost({ item }),
      seed: async (a) => {
        clientId = (await a.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Create a deal from this email' }));

    await waitFor(() => expect(route().screen).toBe('deal'));
    const [deal] = await app.deals.queries.allDeals();
    expect(deal).toMatchObject({ clientId, title: 'Quote for 40 licences', stage: 'qualification', status: 'open' });
    expect(route()).toEqual({ screen: 'deal', dealId: deal?.id });
    const { timeline } = await app.deals.queries.dealCard(deal!.id);
    const linked = timeline.filter((i) => i.kind === 'history');
    expect(linked).toHaveLength(1);
    expect(linked[0]).toMatchObject({ entry: { subject: 'Quote for 40 licences', dealId: deal?.id } });
    expect((await app.queries.clientCard(clientId)).history).toHaveLength(1);
  });

  it('says in Ukrainian that the deal was not created when the store refuses, with the code for the administrator, not Dexie’s English', async () => {
    const item = aReadItem({ subject: 'Quote for 40 licences' });
    const { user, app } = await renderPane(<MessagePanel item={item} />, {
      host: new FakeMailHost({ item, displayLanguage: 'uk-UA' }),
      seed: async (a) => {
        await a.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] });
      },
    });
    app.deals.create = async () => {
      throw new Dexie.AbortError('Transaction aborted', new DOMException('Disk I/O error', 'UnknownError'));
    };
    await user.click(await screen.findByRole('button', { name: 'Створити угоду з цього листа' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Не вдалося створити угоду: Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора\.Код помилки для адміністратора: UnknownError$/);
    expect(alert).not.toHaveTextContent(/Transaction|Disk I\/O|AbortError/);
  });
});
