/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import type { AnalyticsWorkerConnection } from '../../../src/app/connectAnalyticsWorker';
import type { App } from '../../../src/app/createApp';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { channelWorkers } from '../../support/channelWorkers';
import { FakeMailHost } from '../../support/fakeMailHost';
import { readFailsAt } from '../../support/readFailsAt';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

let workers: ReturnType<typeof channelWorkers>;
// The worker the pane started last, to stop it as a crash would.
let connection: AnalyticsWorkerConnection | null = null;
const startWorker = async () => (connection = await workers.start());
let mends: (() => void)[] = [];
beforeEach(() => {
  workers = channelWorkers();
  connection = null;
});
afterEach(() => {
  mends.forEach((mend) => mend());
  mends = [];
  workers.close();
});
const breakReads = (table: string) => mends.push(readFailsAt(table).mend);

async function seedWonDeal(app: App) {
  const client = await app.createClient({ client: { name: 'Contoso Ltd', domains: ['contoso.com'] }, contacts: [] });
  const deal = await app.deals.create({ clientId: client.id, title: '40 seats', currency: 'UAH', amountMinor: 1200_00 });
  await app.deals.closeAsWon(deal.id);
  await app.recordContact({ clientId: client.id, type: 'call', at: '2026-03-09T09:00:00.000Z', text: 'Renewal', outcome: '' });
}

/** Analytics opened on a store whose deals IndexedDB cannot read, in the worker as in the pane. */
const openWithDealsUnreadable = (host?: FakeMailHost) =>
  renderPane(<AnalyticsScreen />, {
    host,
    route: { screen: 'analytics' },
    startAnalyticsWorker: startWorker,
    seed: async (app) => {
      await seedWonDeal(app);
      breakReads('deals');
    },
  });

// IndexedDB failing in the worker reaches the pane as its message only; Dexie's class and inner error stay behind.
const noLibraryEnglish = /Internal error|DatabaseClosed|OpenFailed|analytics worker|Error:/;

describe('analytics when the worker fails', () => {
  it('says the figures could not be computed because the store refused, what to do, and the code on its own line', async () => {
    await openWithDealsUnreadable();
    const alert = await screen.findByRole('alert');
    expect(alert.firstChild?.textContent).toBe('The figures could not be computed. Refresh tries again. Clientbook could not read or write its data on this device; if it happens again, tell your administrator.');
    expect(within(alert).getByText(/^Error code for your administrator: /)).toHaveTextContent('Error code for your administrator: UnknownError');
    expect(alert.textContent).not.toMatch(noLibraryEnglish);
  });

  it('says so in Ukrainian', async () => {
    await openWithDealsUnreadable(new FakeMailHost({ displayLanguage: 'uk-UA' }));
    const alert = await screen.findByRole('alert');
    expect(alert.firstChild?.textContent).toBe('Не вдалося обчислити показники. Спробуйте ще раз кнопкою «Оновити». Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора.');
    expect(within(alert).getByText(/^Код помилки для адміністратора: /)).toHaveTextContent('Код помилки для адміністратора: UnknownError');
    expect(alert.textContent).not.toMatch(noLibraryEnglish);
  });

  it('says why a query over History could not run, and Show the result runs it once the store reads again', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, startAnalyticsWorker: startWorker, seed: seedWonDeal });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Records' }), 'History');
    // The worker read the records without the history entries; the first query over them reads them all.
    const broken = readFailsAt('history');
    try {
      await user.click(screen.getByRole('button', { name: 'Show the result' }));
      const alert = await screen.findByRole('alert');
      expect(alert.firstChild?.textContent).toBe('The query could not run. Show the result tries again. Clientbook could not read or write its data on this device; if it happens again, tell your administrator.');
      expect(alert).toHaveTextContent('Error code for your administrator: UnknownError');
      expect(alert.textContent).not.toMatch(noLibraryEnglish);
    } finally {
      broken.mend();
    }
    await user.click(screen.getByRole('button', { name: 'Show the result' }));
    expect((await screen.findAllByText('1 matching record')).length).toBeGreaterThan(0);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a drill-down could not be listed when the worker stopped, with Refresh as the way on, and Refresh lists it', async () => {
    const { user } = await renderPane(<AnalyticsScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }), route: { screen: 'analytics' }, startAnalyticsWorker: startWorker, seed: seedWonDeal });
    const won = await screen.findByRole('button', { name: /Виграні угоди\s*1/ });
    connection!.fail(new Error('The worker script failed to load'));
    await user.click(won);
    const alert = await within(await screen.findByTestId('drill-list')).findByRole('alert');
    expect(alert).toHaveTextContent(/^Не вдалося показати записи за цим показником\. Аналітика перестала працювати у фоновому режимі\. Спробуйте ще раз кнопкою «Оновити»\.$/);
    expect(alert.textContent).not.toMatch(/[A-Za-z]/);
    await user.click(screen.getByRole('button', { name: 'Оновити' }));
    expect(await within(screen.getByTestId('drill-list')).findByRole('button', { name: 'Відкрити угоду «40 seats» клієнта Contoso Ltd' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('a query when the worker stopped', () => {
  it('says Refresh is the way on: Show the result would ask the stopped worker again', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' }, startAnalyticsWorker: startWorker, seed: seedWonDeal });
    const show = await screen.findByRole('button', { name: 'Show the result' });
    connection!.fail(new Error('The worker script failed to load'));
    await user.click(show);
    expect(await screen.findByRole('alert')).toHaveTextContent(/^The query could not run\. Analytics stopped working in the background\. Choose Refresh at the top, then try again\.$/);
  });
});
