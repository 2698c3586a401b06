/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import type { App } from '../../../src/app/createApp';
import { HomeAlarms } from '../../../src/taskpane/modules/analytics/components/HomeAlarms';
import { channelWorkers } from '../../support/channelWorkers';
import { FakeMailHost } from '../../support/fakeMailHost';
import { readFailsAt } from '../../support/readFailsAt';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

let workers: ReturnType<typeof channelWorkers>;
let mend = () => undefined as void;
beforeEach(() => (workers = channelWorkers()));
afterEach(() => {
  mend();
  workers.close();
});

/** Home's alarms, shown once the test has made the user the head of sales (only sync writes members). */
function HomeOnceReady({ ready }: { ready: Promise<void> }) {
  const [shown, setShown] = useState(false);
  useEffect(() => void ready.then(() => setShown(true)), [ready]);
  return shown ? <HomeAlarms /> : null;
}

/** Home for the head of sales, on a store whose deals IndexedDB cannot read, in the worker as in the pane. */
async function homeWithDealsUnreadable(host = new FakeMailHost()) {
  let showHome = () => undefined as void;
  const ready = new Promise<void>((resolve) => (showHome = resolve));
  const pane = await renderPane(<HomeOnceReady ready={ready} />, {
    host,
    startAnalyticsWorker: workers.start,
    seed: async (app: App) => {
      const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
      const deal = await app.deals.create({ clientId: client.id, title: '40 seats', currency: 'UAH', amountMinor: 1200_00 });
      await app.deals.closeAsWon(deal.id);
    },
  });
  const at = '2026-03-01T10:00:00.000Z';
  const email = host.user.email;
  await new ClientbookDb(pane.dbName).members.put({ id: `member:${email}`, email, name: 'Maria Koval', role: 'head-of-sales', createdAt: at, updatedAt: at });
  mend = readFailsAt('deals').mend;
  showHome();
  return pane;
}

describe('home’s alarms when they cannot be found', () => {
  it('tells the head of sales the alarms could not be checked, why, and that opening analytics tries again', async () => {
    const { route, user } = await homeWithDealsUnreadable();
    const box = await screen.findByTestId('home-alarms-failed');
    expect(within(box).getByRole('status').firstChild?.textContent).toBe('The alarms for the head of sales could not be checked. Open analytics to try again. Clientbook could not read or write its data on this device; if it happens again, tell your administrator.');
    expect(within(box).getByText(/^Error code/)).toHaveTextContent('Error code for your administrator: UnknownError');
    await user.click(within(box).getByRole('button', { name: 'Open analytics' }));
    expect(route()).toEqual({ screen: 'analytics' });
  });

  it('says so in Ukrainian', async () => {
    await homeWithDealsUnreadable(new FakeMailHost({ displayLanguage: 'uk-UA' }));
    const box = await screen.findByTestId('home-alarms-failed');
    expect(within(box).getByRole('status').firstChild?.textContent).toBe('Не вдалося перевірити тривожні показники для керівника продажів. Відкрийте аналітику, щоб спробувати ще раз. Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора.');
    expect(within(box).getByRole('button', { name: 'Відкрити аналітику' })).toBeInTheDocument();
  });
});
