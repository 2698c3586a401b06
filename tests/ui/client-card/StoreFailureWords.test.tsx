/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import Dexie from 'dexie';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { diskFullAt } from '../../support/diskFullAt';
import { FakeMailHost } from '../../support/fakeMailHost';
import { readFailsAt } from '../../support/readFailsAt';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(20_000);

function ClientScreenFor({ get, tab }: { get: () => string; tab?: 'plans' }) {
  return <ClientScreen clientId={get()} tab={tab} />;
}

/** Dexie's rejection when IndexedDB fails a transaction for a reason of its own. */
const refused = () => new Dexie.AbortError('Transaction aborted', new DOMException('Disk I/O error', 'UnknownError'));

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

  it('says in words that the client could not be deleted, with the code for the administrator on a line of its own', async () => {
    let id = '';
    const { user, app } = await renderPane(<ClientScreenFor get={() => id} />, {
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [] })).id;
      },
    });
    app.deleteClient = async () => {
      throw refused();
    };
    await user.click(await screen.findByRole('button', { name: 'Delete client' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete client' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /^The client could not be deleted: Clientbook could not read or write its data on this device; if it happens again, tell your administrator\.Error code for your administrator: UnknownError$/,
    );
    expect(alert).not.toHaveTextContent(/Transaction|Disk I\/O|AbortError/);
  });

  it('says in Ukrainian that a planned contact could not be removed, with the code for the administrator', async () => {
    let id = '';
    const { user, app } = await renderPane(<ClientScreenFor get={() => id} tab="plans" />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
        await seeded.planNextContact({ clientId: id, due: '2026-03-20', kind: 'call', note: 'Ask about the budget' });
      },
    });
    app.removePlannedContact = async () => {
      throw refused();
    };
    const plan = (await screen.findByText('Ask about the budget')).closest('li') as HTMLElement;
    await user.click(within(plan).getByRole('button', { name: 'Прибрати' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Прибрати план' }));
    expect(await screen.findByText(/^Не вдалося прибрати запланований контакт: /)).toHaveTextContent(/^Не вдалося прибрати запланований контакт: Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора\.Код помилки для адміністратора: UnknownError$/);
    expect(screen.queryByText(/Transaction|Disk I\/O|AbortError/)).not.toBeInTheDocument();
  });
});
