/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { SyncStatusLine } from '../../../src/taskpane/modules/sync-status/components/SyncStatusLine';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

describe('SyncStatusLine', () => {
  it('says the work is saved on this device and how many changes wait for the team store', async () => {
    const { app } = await renderPane(<SyncStatusLine />);
    const before = await app.queries.pendingOutboxCount();
    expect(await screen.findByText(`Saved on this device · ${before} changes waiting for the team store`)).toBeInTheDocument();

    await app.createClient({ client: { name: 'Contoso' }, contacts: [] });

    expect(await screen.findByText(`Saved on this device · ${before + 1} changes waiting for the team store`)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveAttribute('data-phase', 'local-only');
  });

  it('counts waiting changes with Ukrainian plurals', async () => {
    const { app } = await renderPane(<SyncStatusLine />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    // Bring the count to a number ending in 1, then to one ending in 2..4: "зміна", "зміни".
    let count = await app.queries.pendingOutboxCount();
    while (count % 10 !== 1 || count % 100 === 11) {
      await app.createClient({ client: { name: `Клієнт ${count}` }, contacts: [] });
      count++;
    }
    expect(await screen.findByText(`Збережено на цьому пристрої · ${count} зміна чекає на спільне сховище`)).toBeInTheDocument();

    await app.createClient({ client: { name: 'Альфа' }, contacts: [] });
    expect(await screen.findByText(`Збережено на цьому пристрої · ${count + 1} зміни чекають на спільне сховище`)).toBeInTheDocument();
  });
});
