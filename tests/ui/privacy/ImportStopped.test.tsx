/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { DataScreen } from '../../../src/taskpane/modules/data/components/DataScreen';
import { diskFullAt } from '../../support/diskFullAt';
import { FakeMailHost } from '../../support/fakeMailHost';
import { readFailsAt } from '../../support/readFailsAt';
import { renderPane } from '../../support/renderPane';

// jsdom leaves out the encoders browsers have; the import reads files through them.
Object.assign(globalThis, { TextDecoder, TextEncoder });

jest.setTimeout(60_000);

/** 1,200 rows, one of them with a bad email (row 4 of the sheet). */
function clientsCsv(): File {
  const lines = ['Company;Contact;Email'];
  for (let i = 0; i < 1200; i++) lines.push(i === 2 ? `Broken ${i};Person ${i};person@@broken` : `Company ${i};Person ${i};person${i}@company${i}.example`);
  return new File([lines.join('\n')], 'clients.csv', { type: 'text/csv' });
}

describe('an import the storage stops', () => {
  let disk: { free: () => void } | undefined;
  afterEach(() => disk?.free());

  it('keeps the file, the mapping and the checked rows, says once how far it got, and Import goes on from there', async () => {
    const { user, dbName } = await renderPane(<DataScreen />);
    await user.upload(screen.getByLabelText('File to import'), clientsCsv());
    expect(await screen.findByText('clients.csv: 1,200 rows, 3 columns.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check rows' }));
    expect(await screen.findByText('Would create 1,199, merge 0, skip 1. Nothing is saved yet.')).toBeInTheDocument();

    disk = diskFullAt('Company 700'); // in the second chunk of 500 rows
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^The import stopped after 500 of 1,200 rows: the device’s storage is full\. Free some space and choose Import again — rows already imported are not imported twice\.$/);
    expect(screen.queryByText(/QuotaExceeded|disk is full/)).not.toBeInTheDocument();
    // Nothing to choose or map again: the file, its mapping and the check's findings stay.
    expect(screen.getByText('clients.csv: 1,200 rows, 3 columns.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Client name' })).toHaveDisplayValue('Company');
    expect(screen.getByRole('combobox', { name: 'Contact email' })).toHaveDisplayValue('Email');
    expect(screen.getByText('The check found: create 1,199, merge 0, skip 1.')).toBeInTheDocument();
    expect(within(screen.getByTestId('skipped-rows')).getByText('Row 4: “person@@broken” is not a valid email address.')).toBeInTheDocument();

    disk.free();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    // It goes on from the rows already imported, and says so while it writes.
    expect(await screen.findByText(/^Imported (500|1,000) of 1,200…$/)).toBeInTheDocument();
    expect(await screen.findByText('Imported: 1,199 created, 0 merged, 1 skipped.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const db = new ClientbookDb(dbName);
    const clients = await db.clients.toArray();
    expect(clients).toHaveLength(1199);
    expect(new Set(clients.map((c) => c.name)).size).toBe(1199);
    expect(await db.contacts.count()).toBe(1199);
  });

  it('says it in Ukrainian, with the numbers as Ukrainian writes them', async () => {
    const { user } = await renderPane(<DataScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    await user.upload(await screen.findByLabelText('Файл для імпорту'), clientsCsv());
    await user.click(await screen.findByRole('button', { name: 'Перевірити рядки' }));
    await screen.findByText(/^Буде створено 1\s199, об’єднано 0, пропущено 1\. Поки нічого не збережено\.$/);
    disk = diskFullAt('Company 700');
    await user.click(screen.getByRole('button', { name: 'Імпортувати' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Імпорт зупинився після 500 з 1\s200 рядків: на пристрої закінчилося місце\. Звільніть місце й знову натисніть «Імпортувати» — уже імпортовані рядки вдруге не імпортуються\.$/,
    );
    expect(screen.getByRole('combobox', { name: 'Назва клієнта' })).toHaveDisplayValue('Company');
  });

  it('says why rows could not be checked when the clients already stored cannot be read, in words and with a code, not the store’s English', async () => {
    const { user } = await renderPane(<DataScreen />);
    await user.upload(screen.getByLabelText('File to import'), clientsCsv());
    await screen.findByText('clients.csv: 1,200 rows, 3 columns.');
    const reads = readFailsAt('clients');
    try {
      await user.click(screen.getByRole('button', { name: 'Check rows' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        /^The rows could not be checked\. Choose Check rows again\. Clientbook could not read or write its data on this device; if it happens again, tell your administrator\.Error code for your administrator: UnknownError$/,
      );
      expect(alert).not.toHaveTextContent(/Details|Internal error|DexieError|reading the database/);
    } finally {
      reads.mend();
    }
    expect(screen.getByRole('combobox', { name: 'Client name' })).toHaveDisplayValue('Company');
  });

  it('says in Ukrainian that the import did not start when the clients already stored cannot be read', async () => {
    const { user } = await renderPane(<DataScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    await user.upload(await screen.findByLabelText('Файл для імпорту'), clientsCsv());
    await user.click(await screen.findByRole('button', { name: 'Перевірити рядки' }));
    await screen.findByText(/^Буде створено 1\s199/);
    const reads = readFailsAt('clients');
    try {
      await user.click(screen.getByRole('button', { name: 'Імпортувати' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        /^Імпорт не розпочався, нічого не збережено\. Знову натисніть «Імпортувати»\. Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора\.Код помилки для адміністратора: UnknownError$/,
      );
      expect(alert).not.toHaveTextContent(/Подробиці|Internal error|Dexie|reading the database/);
    } finally {
      reads.mend();
    }
  });
});
