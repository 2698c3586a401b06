/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { MessagePanel } from '../../../src/taskpane/modules/message/components/MessagePanel';
import type { ReadItem } from '../../../src/domain/ports';
import { useNavigation } from '../../../src/taskpane/ui/Route';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import { aReadItem } from '../../support/builders/aReadItem';

jest.setTimeout(30_000);

/** The open message's card, and the deal it opens, one at a time as the pane shows them, with Back. */
function Screens({ item }: { item: ReadItem }) {
  const { route, back } = useNavigation();
  return (
    <>
      <button onClick={back}>Back</button>
      {route.screen === 'deal' ? <DealScreen dealId={route.dealId} /> : <MessagePanel item={item} />}
    </>
  );
}

describe('Create a deal from this email, pressed again', () => {
  it('offers to open the deal the email already belongs to, and neither makes a second deal nor moves the email', async () => {
    const item = aReadItem({ subject: 'Demo next week?' });
    const { user, app } = await renderPane(<Screens item={item} />, {
      host: new FakeMailHost({ item }),
      seed: async (a) => {
        await a.createClient({ client: { name: 'Northwind', domains: ['fabrikam.ua'] }, contacts: [] });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Create a deal from this email' }));
    await screen.findByRole('heading', { level: 1, name: 'Demo next week?' });
    const timeline = () => screen.getByRole('list', { name: 'Timeline' });
    expect(within(timeline()).getByText('Email: Demo next week?')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    const open = await screen.findByRole('button', { name: 'Open deal “Demo next week?”' });
    expect(screen.queryByRole('button', { name: 'Create a deal from this email' })).not.toBeInTheDocument();
    await user.click(open);

    await screen.findByRole('heading', { level: 1, name: 'Demo next week?' });
    expect(within(timeline()).getByText('Email: Demo next week?')).toBeInTheDocument();
    const deals = await app.deals.queries.allDeals();
    expect(deals).toHaveLength(1);
  });

  it('is worded in Ukrainian', async () => {
    const item = aReadItem({ subject: 'Демо наступного тижня?' });
    const { user } = await renderPane(<Screens item={item} />, {
      host: new FakeMailHost({ item, displayLanguage: 'uk-UA' }),
      seed: async (a) => {
        await a.createClient({ client: { name: 'Northwind', domains: ['fabrikam.ua'] }, contacts: [] });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Створити угоду з цього листа' }));
    await screen.findByRole('heading', { level: 1, name: 'Демо наступного тижня?' });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('button', { name: 'Відкрити угоду «Демо наступного тижня?»' })).toBeInTheDocument();
  });

  it('does not let any caller move a logged email off its deal without asking to', async () => {
    const item = aReadItem({ subject: 'Demo next week?' });
    const { app } = await renderPane(<div />, {
      host: new FakeMailHost({ item }),
      seed: async (a) => {
        await a.createClient({ client: { name: 'Northwind', domains: ['fabrikam.ua'] }, contacts: [] });
      },
    });
    const [client] = (await app.recognizeMessage(item)).clients;
    const logged = await app.logEmail(item, client!.id);
    if (logged.status !== 'logged') throw new Error(logged.status);
    const first = await app.deals.create({ clientId: client!.id, title: 'First' });
    const second = await app.deals.create({ clientId: client!.id, title: 'Second' });
    await app.deals.linkHistory(logged.entry.id, first.id);

    await expect(app.deals.linkHistory(logged.entry.id, second.id)).rejects.toMatchObject({ errors: [{ field: 'dealId', key: 'errors.otherDeal' }] });
    expect((await app.deals.queries.dealCard(first.id)).timeline.filter((i) => i.kind === 'history')).toHaveLength(1);

    await app.deals.linkHistory(logged.entry.id, second.id, { move: true });
    expect((await app.deals.queries.dealCard(second.id)).timeline.filter((i) => i.kind === 'history')).toHaveLength(1);
  });
});
