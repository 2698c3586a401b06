/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { SettingsScreen } from '../../../src/taskpane/modules/settings/components/SettingsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

describe('Settings: a picklist value’s labels in both languages', () => {
  it('asks for the Ukrainian label of a new value instead of copying the English one into it', async () => {
    const { user, app } = await renderPane(<SettingsScreen />);
    const add = await screen.findByRole('region', { name: 'Add a value' });
    await user.type(within(add).getByRole('textbox', { name: 'English label' }), 'Moldova');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(
      await within(add).findByText('No Ukrainian label yet: Ukrainian users would see “Moldova”. Type it in Ukrainian, or use the same text.'),
    ).toBeInTheDocument();
    expect(within(add).getByRole('textbox', { name: 'Ukrainian label' })).toHaveFocus();
    expect((await app.queries.referenceItems()).some((i) => i.labels.en === 'Moldova')).toBe(false);

    await user.type(within(add).getByRole('textbox', { name: 'Ukrainian label' }), 'Молдова');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Saved “Moldova”.')).toBeInTheDocument();
    expect((await app.queries.referenceItems()).find((i) => i.labels.en === 'Moldova')?.labels.uk).toBe('Молдова');

    // The same text in both languages stays possible, as the head of sales' own choice.
    await user.type(within(add).getByRole('textbox', { name: 'English label' }), 'Benelux');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    await user.click(await within(add).findByRole('button', { name: 'Use “Benelux”' }));
    expect(within(add).getByRole('textbox', { name: 'Ukrainian label' })).toHaveValue('Benelux');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Saved “Benelux”.')).toBeInTheDocument();
    expect((await app.queries.referenceItems()).find((i) => i.labels.en === 'Benelux')?.labels.uk).toBe('Benelux');
  });

  it('in a Ukrainian pane asks for the English label of a value typed only in Ukrainian', async () => {
    const { user, app } = await renderPane(<SettingsScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    const english = await screen.findByRole('textbox', { name: 'Назва англійською' });
    await user.type(screen.getByRole('textbox', { name: 'Назва українською' }), 'Молдова');
    await user.click(screen.getByRole('button', { name: 'Додати' }));
    expect(
      await screen.findByText('Ще немає назви англійською: англомовні користувачі бачитимуть «Молдова». Введіть її англійською або залиште той самий текст.'),
    ).toBeInTheDocument();
    expect(english).toHaveFocus();
    expect((await app.queries.referenceItems()).some((i) => i.labels.uk === 'Молдова')).toBe(false);
  });
});
