/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { SettingsScreen } from '../../../src/taskpane/modules/settings/components/SettingsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import { writeFailsAt } from '../../support/writeFailsAt';

jest.setTimeout(30_000);

const full = 'The change was not saved: the device’s storage is full. Free some space, then try again.';

/** The picklist editor's writes, each refused by a full device: the sentence stands (in the notice, and in the form that asked), with none of Dexie's English. */
async function expectWorded() {
  expect((await screen.findAllByText(full)).length).toBeGreaterThan(0);
  expect(document.body).not.toHaveTextContent(/QuotaExceeded|disk is full|Dexie/);
}

describe('Settings: a picklist change the local store refuses', () => {
  /** Each write of the editor, from the Regions list as Settings opens it, up to the moment the store is asked. */
  const writes: [string, (user: Awaited<ReturnType<typeof renderPane>>['user']) => Promise<void>][] = [
    [
      'adding a value, keeping the labels typed',
      async (user) => {
        const add = screen.getByRole('region', { name: 'Add a value' });
        await user.type(within(add).getByRole('textbox', { name: 'English label' }), 'Moldova');
        await user.type(within(add).getByRole('textbox', { name: 'Ukrainian label' }), 'Молдова');
        await user.click(within(add).getByRole('button', { name: 'Add' }));
        expect(await within(add).findByText(full)).toBeInTheDocument();
        expect(within(add).getByRole('textbox', { name: 'English label' })).toHaveValue('Moldova');
      },
    ],
    [
      'renaming a value, keeping the label typed',
      async (user) => {
        await user.click(screen.getByRole('button', { name: 'Rename Kyiv' }));
        const rename = screen.getByDisplayValue('Kyiv').closest('form') as HTMLElement;
        await user.type(within(rename).getByRole('textbox', { name: 'English label' }), ' city');
        await user.click(within(rename).getByRole('button', { name: 'Save' }));
        expect(await within(rename).findByText(full)).toBeInTheDocument();
        expect(within(rename).getByRole('textbox', { name: 'English label' })).toHaveValue('Kyiv city');
      },
    ],
    ['moving a value down', (user) => user.click(screen.getByRole('button', { name: 'Move Kyiv down' }))],
    ['archiving a value no record holds', (user) => user.click(screen.getByRole('button', { name: 'Archive Kyiv' }))],
  ];

  it.each(writes)('says in words that the device’s storage is full on %s', async (_, write) => {
    const { user } = await renderPane(<SettingsScreen />);
    await screen.findByRole('button', { name: 'Rename Kyiv' });
    const disk = writeFailsAt('referenceItems', 'QuotaExceededError');
    try {
      await write(user);
      await expectWorded();
    } finally {
      disk.mend();
    }
  });

  it('says in words that a deal stage’s probability was not saved on a full device', async () => {
    const { user } = await renderPane(<SettingsScreen />);
    await user.selectOptions(await screen.findByRole('combobox', { name: /Picklist|List/ }), 'Deal stages');
    const field = await screen.findByRole('textbox', { name: 'Default probability of Proposal' });
    await user.clear(field);
    await user.type(field, '45');
    const disk = writeFailsAt('referenceItems', 'QuotaExceededError');
    try {
      await user.click(screen.getByRole('button', { name: 'Save probability of Proposal' }));
      await expectWorded();
      expect(field).toHaveValue('45');
    } finally {
      disk.mend();
    }
  });

  it('says in Ukrainian that Clientbook could not write its data, with the code for the administrator on a line of its own', async () => {
    const { user } = await renderPane(<SettingsScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    await screen.findByRole('button', { name: 'Перейменувати: Київ' });
    const store = writeFailsAt('referenceItems', 'UnknownError');
    try {
      await user.click(screen.getByRole('button', { name: 'Перемістити вниз: Київ' }));
      const code = await screen.findByText('Код помилки для адміністратора: UnknownError');
      expect(code.parentElement).toHaveTextContent(
        /^Зміну не збережено: Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора\.Код помилки для адміністратора: UnknownError$/,
      );
      expect(document.body).not.toHaveTextContent(/Disk I\/O|AbortError|Transaction aborted/);
    } finally {
      store.mend();
    }
  });
});
