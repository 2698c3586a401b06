/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';
import { DataScreen } from '../../../src/taskpane/modules/data/components/DataScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { readFailsAt } from '../../support/readFailsAt';
import { renderPane } from '../../support/renderPane';

// jsdom leaves out the encoders browsers have; the import reads files through them.
Object.assign(globalThis, { TextDecoder, TextEncoder });

jest.setTimeout(30_000);

const downloads: string[] = [];
beforeAll(() => {
  Object.assign(URL, { createObjectURL: () => 'blob:clientbook', revokeObjectURL: () => undefined });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});

describe('DataScreen', () => {
  it('imports a CSV: maps columns, previews without saving, imports, and reports the skipped rows with reasons', async () => {
    const { user, app } = await renderPane(<DataScreen />);
    const csv = ['Company;Email;Region', 'Alpha;a@alpha.example;Kyiv', 'Beta;b@@beta;Kyiv', 'Gamma;g@gamma.example;Mars', 'Delta;d@delta.example;'].join('\n');
    await user.upload(screen.getByLabelText('File to import'), new File([`\ufeff${csv}`], 'clients.csv', { type: 'text/csv' }));
    expect(await screen.findByText('clients.csv: 4 rows, 3 columns.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Client name' })).toHaveDisplayValue('Company');
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveDisplayValue('Region');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Check rows' }));
    expect(await screen.findByText('Would create 2, merge 0, skip 2. Nothing is saved yet.')).toBeInTheDocument();
    const skipped = screen.getByTestId('skipped-rows');
    expect(within(skipped).getByText('Row 3: “b@@beta” is not a valid email address.')).toBeInTheDocument();
    expect(within(skipped).getByText('Row 4: “Mars” is not a known value of “Region”.')).toBeInTheDocument();
    expect(await app.queries.searchClients('alpha')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Import' }));
    const report = await screen.findByText('Imported: 2 created, 0 merged, 2 skipped.');
    // The Import button went with the import: the keyboard user is on its report, not on the page.
    expect(report.closest('[tabindex="-1"]')).toHaveFocus();
    expect((await app.queries.searchClients('alpha.example'))[0]?.client).toMatchObject({ name: 'Alpha', region: 'kyiv' });
  });

  it('says why a file cannot be imported, in the user’s words, and counts rows as English does', async () => {
    const { user } = await renderPane(<DataScreen />);
    const workbook = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])], 'clients.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('File to import'), workbook);
    expect(await screen.findByText(/This file is not CSV text: it may be a workbook, PDF or picture with another name/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Client name' })).not.toBeInTheDocument();

    await user.upload(screen.getByLabelText('File to import'), new File(['Company;Email\nAlpha;a@alpha.example'], 'one.csv', { type: 'text/csv' }));
    expect(await screen.findByText('one.csv: 1 row, 2 columns.')).toBeInTheDocument();
  });

  it('refuses a CSV whose quote never closes, saying on which row and line, and maps nothing', async () => {
    const { user } = await renderPane(<DataScreen />);
    const csv = ['Company;Contact;Email;City;Notes', '"Acme;John;john@acme.example;Kyiv;', 'Beta Ltd;Anna;anna@beta.example;Lviv;', 'Gamma;Ivan;ivan@gamma.example;Odesa;'].join('\n');
    await user.upload(screen.getByLabelText('File to import'), new File([csv], 'broken.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/^Row 2 \(line 2 of the file\) opens a quote \(“?"\)? that is never closed/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing was imported/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Client name' })).not.toBeInTheDocument();
  });

  it('lists a row with cells past the header as skipped and a shorter row as one to check (Ukrainian)', async () => {
    const { user } = await renderPane(<DataScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    const csv = ['Компанія;Контакт;Email;Місто;Примітки', 'Альфа;Анна;anna@alpha.example;Київ;', 'Бета;Богдан;bohdan@beta.example', 'Гамма;Іван;ivan@gamma.example;Київ; Поділ;VIP'].join('\n');
    await user.upload(await screen.findByLabelText('Файл для імпорту'), new File([csv], 'clients.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('combobox', { name: 'Контактна особа' })).toHaveDisplayValue('Контакт');
    await user.click(screen.getByRole('button', { name: 'Перевірити рядки' }));
    expect(await screen.findByText('Буде створено 2, об’єднано 0, пропущено 1. Поки нічого не збережено.')).toBeInTheDocument();
    expect(within(screen.getByTestId('skipped-rows')).getByText(/^Рядок 4: 6 клітинок, а в заголовку 5 стовпців\./)).toBeInTheDocument();
    expect(within(screen.getByTestId('rows-to-check')).getByText(/^Рядок 3: 3 клітинки, а в заголовку 5 стовпців; останні прочитано як порожні\./)).toBeInTheDocument();
  });

  it('names the address and its person in the erase confirmation and counts in English plurals', async () => {
    const { user } = await renderPane(<DataScreen />, {
      seed: async (a) => {
        const contoso = await a.createClient({ client: { name: 'Contoso Ltd', domains: ['contoso.com'] }, contacts: [{ name: 'Olivia Bennett', position: '', emails: ['olivia.bennett@contoso.com'], phones: [] }] });
        await a.recordContact({ clientId: contoso.id, contactIds: [], type: 'call', at: '2026-03-01T10:00:00.000Z', text: 'Call with Olivia about delivery times.', outcome: '' });
      },
    });
    await user.type(await screen.findByLabelText('The person’s email address'), 'olivia.bennett@contoso.com');
    await user.click(screen.getByRole('button', { name: 'Erase them…' }));
    const dialog = (await screen.findByText('Erase olivia.bennett@contoso.com everywhere?')).closest('[role="dialog"]') as HTMLElement;
    expect(within(dialog).getByText('Clientbook has this address for Olivia Bennett (Contoso Ltd).')).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'This deletes 1 contact, removes their data from 1 history entry, anonymises 0 personal client cards and replaces their name, addresses and phone numbers in 0 other records (notes, Next contacts, deals, cases). It cannot be undone.',
      ),
    ).toBeInTheDocument();
    // Cancel has the focus, so an Enter out of habit erases nothing.
    expect(within(dialog).getByRole('button', { name: 'Cancel', hidden: true })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Erase', hidden: true }));
    expect(await screen.findByText('Erased: 1 contact, 1 history entry redacted, 0 personal client cards anonymised, 0 other records rewritten. Recorded in the audit log.')).toBeInTheDocument();
    expect(await screen.findByTestId('audit-log')).toHaveTextContent(/me@clientbook\.example erased a person \(—\): 1 contact, 1 history entry, 1 mention replaced in 1 record\.$/);
  });

  it('exports the chosen tables as CSV files', async () => {
    const { user } = await renderPane(<DataScreen />);
    await user.click(await screen.findByRole('checkbox', { name: 'Deals' }));
    await user.selectOptions(screen.getByLabelText('Format'), 'CSV');
    downloads.length = 0;
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText(/^Exported:/)).toBeInTheDocument();
    expect(downloads).toEqual(['clientbook-clients-2026-03-10.csv', 'clientbook-contacts-2026-03-10.csv', 'clientbook-history-2026-03-10.csv', 'clientbook-invoices-2026-03-10.csv', 'clientbook-payments-2026-03-10.csv']);
  });

  it('says in words why the export failed when the store cannot be read, with the code for the administrator, not Dexie’s English', async () => {
    const { user } = await renderPane(<DataScreen />);
    await screen.findByRole('checkbox', { name: 'Deals' });
    const reads = readFailsAt('clients');
    try {
      await user.click(screen.getByRole('button', { name: 'Export' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(/^The export failed: Clientbook could not read or write its data on this device; if it happens again, tell your administrator\.Error code for your administrator: UnknownError$/);
      expect(alert).not.toHaveTextContent(/Internal error|Dexie/);
    } finally {
      reads.mend();
    }
  });

  it('says in Ukrainian why one person’s data could not be exported when the store cannot be read', async () => {
    const { user } = await renderPane(<DataScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    await user.type(await screen.findByLabelText('Email людини'), 'olena@polissia-agro.ua');
    await user.type(screen.getByLabelText('Номер запиту'), 'DSR-17');
    const reads = readFailsAt('contacts');
    try {
      await user.click(screen.getByRole('button', { name: 'Вивантажити дані людини' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(/^Не вдалося: Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора\.Код помилки для адміністратора: UnknownError$/);
      expect(alert).not.toHaveTextContent(/Internal error|Dexie/);
    } finally {
      reads.mend();
    }
  });

  it('exports one person’s data and erases them after confirmation, recorded in the audit log (Ukrainian)', async () => {
    const { user, app } = await renderPane(<DataScreen />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (a) => {
        await a.createClient({ client: { name: 'Полісся Агро', domains: ['polissia-agro.ua'] }, contacts: [{ name: 'Олена Шевчук', position: '', emails: ['olena@polissia-agro.ua'], phones: [] }] });
      },
    });
    // The import's file button speaks the pane's language, not the browser's ("Choose File").
    expect(await screen.findByRole('button', { name: 'Вибрати файл…' })).toBeInTheDocument();
    await user.type(await screen.findByLabelText('Email людини'), 'olena@polissia-agro.ua');
    await user.type(screen.getByLabelText('Номер запиту'), 'DSR-17');
    downloads.length = 0;
    await user.click(screen.getByRole('button', { name: 'Вивантажити дані людини' }));
    await screen.findByText(/^Експортовано:/);
    expect(downloads).toEqual(['clientbook-person-olena@polissia-agro.ua-2026-03-10.json']);

    await user.click(screen.getByRole('button', { name: 'Видалити дані людини…' }));
    // Tabster may keep a just-opened dialog aria-hidden in jsdom until focus lands in it (see ClientScreen's test).
    const dialog = (await screen.findByText('Видалити дані olena@polissia-agro.ua звідусіль?')).closest('[role="dialog"]') as HTMLElement;
    expect(within(dialog).getByText('З цією адресою в Clientbook: Олена Шевчук (Полісся Агро).')).toBeInTheDocument();
    expect(within(dialog).getByText(/Буде видалено контактних осіб — 1; очищено від даних цієї людини записів історії — \d+;/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Видалити', hidden: true }));
    expect(await screen.findByText(/^Видалено контактних осіб: 1/)).toBeInTheDocument();
    expect(await screen.findByTestId('audit-log')).toHaveTextContent('DSR-17');
    expect(await app.queries.searchClients('olena@polissia-agro.ua')).toEqual([]);
  });
});
