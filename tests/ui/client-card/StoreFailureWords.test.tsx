/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { diskFullAt } from '../../support/diskFullAt';
import { FakeMailHost } from '../../support/fakeMailHost';
import { readFailsAt } from '../../support/readFailsAt';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(20_000);

function ClientScreenFor({ get }: { get: () => string }) {
  return <ClientScreen clientId={get()} />;
}

describe('the local store failing under the client card', () => {
  it('says in words that the card could not be read, with the code for the administrator, not Dexie’s English', async () => {
    let id = '';
    let reads = { mend: () => {} };
    try {
      await renderPane(<ClientScreenFor get={() => id} />, {
        seed: async (app) => {
          id = (await app.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [] })).id;
          reads = readFailsAt('clients');
        },
      });
      expect(await screen.findByText(/^The card could not be read: /)).toHaveTextContent(
        /^The card could not be read: Clientbook could not read or write its data on this device; if it happens again, tell your administrator\.Error code for your administrator: UnknownError$/,
      );
      expect(screen.queryByText(/Internal error|DexieError/)).not.toBeInTheDocument();
    } finally {
      reads.mend();
    }
  });

  it('says in Ukrainian that Edit card was not saved because the device’s storage is full, keeping the typing', async () => {
    let id = '';
    const { user } = await renderPane(<ClientScreenFor get={() => id} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (app) => {
        id = (await app.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Редагувати картку' }));
    await user.type(screen.getByLabelText('Місто'), 'Львів');
    const disk = diskFullAt('Contoso');
    try {
      await user.click(screen.getByRole('button', { name: 'Зберегти' }));
      expect(await screen.findByText(/^На пристрої/)).toHaveTextContent(/^На пристрої закінчилося місце: спершу звільніть місце\. Нічого не збережено; ваші зміни лишилися у формі\.$/);
      expect(screen.queryByText(/QuotaExceeded|disk is full|Dexie/)).not.toBeInTheDocument();
      expect(screen.getByLabelText('Місто')).toHaveValue('Львів');
    } finally {
      disk.free();
    }
  });
});
