/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';
import { DataScreen } from '../../../src/taskpane/modules/data/components/DataScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

// jsdom leaves out the encoders browsers have; the import reads files through them.
Object.assign(globalThis, { TextDecoder, TextEncoder });

jest.setTimeout(30_000);

const csvFile = (lines: string[], name: string) => new File([lines.join('\n')], name, { type: 'text/csv' });

describe('Import, a file read as one column', () => {
  it('says the header and the rows use different separators, where the file summary goes, and offers no mapping', async () => {
    const { user } = await renderPane(<DataScreen />);
    await user.upload(screen.getByLabelText('File to import'), csvFile(['Company,Contact,Email', 'Acme;Ivan;ivan@acme.example', 'Beta;Anna;anna@beta.example'], 'mixed.csv'));
    expect(
      await screen.findByText('This file reads as one column: its header and its rows use different separators (, and ;). Nothing was imported: save it again with one separator, then choose it again.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^mixed\.csv:/)).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Client name' })).not.toBeInTheDocument();
    expect(screen.queryByText('Map at least the client name or the email column.')).not.toBeInTheDocument();
  });

  it('says so too when the header splits and every row reads as one cell holding another separator', async () => {
    const { user } = await renderPane(<DataScreen />);
    await user.upload(screen.getByLabelText('File to import'), csvFile(['Company;Email', 'Acme,ivan@acme.example', 'Beta,anna@beta.example'], 'mixed.csv'));
    expect(await screen.findByText(/^This file reads as one column: its header and its rows use different separators \(; and ,\)\./)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Client name' })).not.toBeInTheDocument();

    // A name with a comma in a file of semicolons is a name.
    await user.upload(screen.getByLabelText('File to import'), csvFile(['Company;Notes', 'Acme, Ltd;', 'Beta, Inc;'], 'names.csv'));
    expect(await screen.findByText('names.csv: 2 rows, 2 columns.')).toBeInTheDocument();
  });

  it('names a tab in the rows, and still reads a one-column file whose header holds no separator (Ukrainian)', async () => {
    const { user } = await renderPane(<DataScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    await user.upload(await screen.findByLabelText('Файл для імпорту'), csvFile(['Компанія;Контакт;Email', 'Альфа\tАнна\tanna@alpha.example', 'Бета\tБогдан\tbohdan@beta.example'], 'mixed.csv'));
    expect(
      await screen.findByText('Цей файл читається як один стовпець: заголовок і рядки в ньому мають різні роздільники (; і табуляція). Нічого не імпортовано: збережіть його знову з одним роздільником і виберіть знову.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Назва клієнта' })).not.toBeInTheDocument();

    await user.upload(screen.getByLabelText('Файл для імпорту'), csvFile(['Компанія', 'Альфа', 'Бета'], 'names.csv'));
    expect(await screen.findByText(/^names\.csv: 2 /)).toBeInTheDocument();
    expect(screen.queryByText(/читається як один стовпець/)).not.toBeInTheDocument();
  });
});

describe('Import, a row with a bad date', () => {
  const rows = ['Company;Email;Client since', 'Alpha;a@alpha.example;2025-12-31', 'Beta;b@beta.example;12/31/2025'];

  async function check(user: Awaited<ReturnType<typeof renderPane>>['user'], field: string, button: string) {
    await user.upload(await screen.findByLabelText(/File to import|Файл для імпорту/), csvFile(rows, 'clients.csv'));
    await user.selectOptions(await screen.findByRole('combobox', { name: field }), 'Client since');
    await user.click(screen.getByRole('button', { name: button }));
    return within(await screen.findByTestId('skipped-rows'));
  }

  it('says the form to write it in, as the pane writes a day (English, en-GB)', async () => {
    const { user } = await renderPane(<DataScreen />);
    const skipped = await check(user, 'Client since', 'Check rows');
    expect(skipped.getByText('Row 3: “12/31/2025” is not a date: write it like 10/03/2026.')).toBeInTheDocument();
  });

  it('gives ISO where the pane writes the month first, since the import reads the day first (en-US)', async () => {
    const { user } = await renderPane(<DataScreen />, { host: new FakeMailHost({ displayLanguage: 'en-US' }) });
    const skipped = await check(user, 'Client since', 'Check rows');
    expect(skipped.getByText('Row 3: “12/31/2025” is not a date: write it like 2026-03-10.')).toBeInTheDocument();
  });

  it('says it in Ukrainian, in the Ukrainian form', async () => {
    const { user } = await renderPane(<DataScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    const skipped = await check(user, 'Клієнт з', 'Перевірити рядки');
    expect(skipped.getByText('Рядок 3: «12/31/2025» — не дата: запишіть її як 10.03.2026.')).toBeInTheDocument();
  });
});
