/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { SyncStatusLine } from '../../../src/taskpane/modules/sync-status/components/SyncStatusLine';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

describe('SyncStatusLine without a team store', () => {
  it('says the work is saved on this device, with no count of changes nobody waits for', async () => {
    const { app } = await renderPane(<SyncStatusLine />);
    expect(await screen.findByText('Saved on this device')).toHaveAttribute('data-phase', 'local-only');

    await app.createClient({ client: { name: 'Contoso' }, contacts: [] });

    expect(await screen.findByText('Saved on this device')).toBeInTheDocument();
    expect(screen.queryByText(/waiting/)).not.toBeInTheDocument();
  });

  it('says it in Ukrainian', async () => {
    await renderPane(<SyncStatusLine />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    expect(await screen.findByText('Збережено на цьому пристрої')).toBeInTheDocument();
  });
});
