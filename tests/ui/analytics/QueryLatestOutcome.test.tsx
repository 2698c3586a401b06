/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { catchDownload } from '../../support/catchDownload';
import { diskFullAt } from '../../support/diskFullAt';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane, type RenderedPane } from '../../support/renderPane';
import { writeFailsAt } from '../../support/writeFailsAt';

jest.setTimeout(30_000);
afterEach(() => jest.restoreAllMocks());

async function seedDeal(app: App) {
  const client = await app.createClient({ client: { name: 'Contoso Ltd', domains: ['contoso.com'] }, contacts: [] });
  await app.deals.create({ clientId: client.id, title: 'Small', currency: 'UAH', amountMinor: 500_00 });
}

/** The query tab with a query saved under `name`, typed and saved as a user would. */
async function withSavedQuery(name: string, host?: FakeMailHost): Promise<RenderedPane> {
  const pane = await renderPane(<AnalyticsScreen tab="query" />, { host, route: { screen: 'analytics' }, seed: seedDeal });
  const uk = host?.displayLanguage().startsWith('uk');
  await pane.user.type(await screen.findByRole('textbox', { name: uk ? 'Назва запиту' : 'Query name' }), name);
  await pane.user.click(screen.getByRole('button', { name: uk ? 'Зберегти для команди' : 'Save for the team' }));
  await within(screen.getByTestId('saved-queries')).findByRole('button', { name });
  return pane;
}

/** Types another name and saves it on a full device: the save fails. */
async function failSaveOf(pane: RenderedPane, name: string, labels: { name: string; save: string }) {
  const field = screen.getByRole('textbox', { name: labels.name });
  await pane.user.clear(field);
  await pane.user.type(field, name);
  const disk = diskFullAt(name);
  try {
    await pane.user.click(screen.getByRole('button', { name: labels.save }));
    return await screen.findByRole('alert');
  } finally {
    disk.free();
  }
}

describe('the query tab shows only its latest outcome', () => {
  it('takes a failed save’s message away once a delete succeeds', async () => {
    const pane = await withSavedQuery('Pipeline');
    expect(await failSaveOf(pane, 'Wins', { name: 'Query name', save: 'Save for the team' })).toHaveTextContent('The query was not saved: the device’s storage is full. Free some space, then try again.');
    await pane.user.click(screen.getByRole('button', { name: 'Delete Pipeline' }));
    expect(await screen.findByText('Deleted “Pipeline” for the whole team.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does so in Ukrainian', async () => {
    const pane = await withSavedQuery('Воронка', new FakeMailHost({ displayLanguage: 'uk-UA' }));
    expect(await failSaveOf(pane, 'Виграні', { name: 'Назва запиту', save: 'Зберегти для команди' })).toHaveTextContent(/^Запит не збережено: на пристрої закінчилося місце\./);
    await pane.user.click(screen.getByRole('button', { name: 'Видалити Воронка' }));
    expect(await screen.findByText('Запит «Воронка» видалено для всієї команди.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes the earlier “Saved” away when a delete fails, and says so among the saved queries', async () => {
    const pane = await withSavedQuery('Pipeline');
    expect(screen.getByText('Saved “Pipeline” for the team.')).toBeInTheDocument();
    const writes = writeFailsAt('savedQueries', 'QuotaExceededError');
    try {
      await pane.user.click(screen.getByRole('button', { name: 'Delete Pipeline' }));
      const alert = await within(screen.getByRole('region', { name: 'Saved queries' })).findByRole('alert');
      expect(alert).toHaveTextContent('The query was not deleted: the device’s storage is full. Free some space, then try again.');
    } finally {
      writes.mend();
    }
    expect(screen.queryByText('Saved “Pipeline” for the team.')).toBeNull();
  });

  it('keeps Undo after an Undo that failed, and takes the failure away once Undo brings the query back', async () => {
    const pane = await withSavedQuery('Pipeline');
    await pane.user.click(screen.getByRole('button', { name: 'Delete Pipeline' }));
    const writes = writeFailsAt('savedQueries', 'QuotaExceededError');
    try {
      await pane.user.click(await screen.findByRole('button', { name: 'Undo' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('The query was not brought back: the device’s storage is full. Free some space, then try again.');
    } finally {
      writes.mend();
    }
    await pane.user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(screen.getByTestId('saved-queries')).findByRole('button', { name: 'Pipeline' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says an export that failed in words and the code on its own line, and takes it away when the next export works', async () => {
    const pane = await withSavedQuery('Воронка', new FakeMailHost({ displayLanguage: 'uk-UA' }));
    await pane.user.click(screen.getByRole('button', { name: 'Показати результат' }));
    const exportButton = await screen.findByRole('button', { name: 'Експорт CSV' });
    const exportCsv = pane.app.analytics!.exportCsv;
    // The CSV code is a chunk loaded on first use: offline, or after an update, that load fails.
    pane.app.analytics!.exportCsv = () => Promise.reject(Object.assign(new Error('Loading chunk 812 failed.'), { name: 'ChunkLoadError' }));
    await pane.user.click(exportButton);
    const alert = await screen.findByRole('alert');
    expect(alert.firstChild?.textContent).toBe('Файл CSV не створено. Спробуйте ще раз кнопкою «Експорт CSV».');
    expect(within(alert).getByText(/^Код помилки/)).toHaveTextContent('Код помилки для адміністратора: ChunkLoadError');
    expect(alert.textContent).not.toMatch(/Loading chunk/);
    pane.app.analytics!.exportCsv = exportCsv;
    const got = catchDownload();
    await pane.user.click(exportButton);
    await waitFor(() => expect(got.name).toBe('Воронка.csv'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
