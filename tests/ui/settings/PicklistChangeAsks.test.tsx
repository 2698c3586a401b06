/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { SettingsScreen } from '../../../src/taskpane/modules/settings/components/SettingsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import type { UserEvent } from '@testing-library/user-event';

jest.setTimeout(30_000);

const stages = () => screen.getByRole('list', { name: 'Deal stages' });

/** Chooses `other` in the list picker; the question is asked, "Keep editing" answers it, and the picker still shows the deal stages. */
async function keepOnChange(user: UserEvent, picker: HTMLElement, other: string, question = 'Close without saving?', keep = 'Keep editing') {
  await user.selectOptions(picker, other);
  const dialog = await screen.findByRole('dialog', { name: question });
  await user.click(within(dialog).getByRole('button', { name: keep }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(picker).toHaveValue('dealStage');
}

describe('Changing the picklist being edited', () => {
  it('asks before it closes a rename holding typing; Keep editing keeps the list and the typing', async () => {
    const { user } = await renderPane(<SettingsScreen />);
    const picker = await screen.findByRole('combobox', { name: 'List to edit' });
    await user.selectOptions(picker, 'Deal stages');
    (await screen.findByRole('button', { name: 'Rename Qualification' })).focus();
    await user.keyboard('{Enter}');
    const english = () => within(stages()).getByRole('textbox', { name: 'English label' });
    await user.type(english(), ' stage');

    await keepOnChange(user, picker, 'Regions');
    // The rename holds what was typed.
    expect(english()).toHaveValue('Qualification stage');
    expect(screen.queryByRole('list', { name: 'Regions' })).not.toBeInTheDocument();

    // Asked again, "Close without saving" goes to the other list.
    await user.selectOptions(picker, 'Regions');
    await user.click(await screen.findByRole('button', { name: 'Close without saving' }));
    expect(await screen.findByRole('list', { name: 'Regions' })).toBeInTheDocument();
    expect(picker).toHaveValue('region');
  });

  it('asks before it drops a stage’s default probability typed and not saved', async () => {
    const { user } = await renderPane(<SettingsScreen />);
    const picker = await screen.findByRole('combobox', { name: 'List to edit' });
    await user.selectOptions(picker, 'Deal stages');
    const field = () => screen.getByRole('textbox', { name: 'Default probability of Proposal' });
    await screen.findByRole('textbox', { name: 'Default probability of Proposal' });
    await user.clear(field());
    await user.type(field(), '45');

    await keepOnChange(user, picker, 'Regions');
    expect(field()).toHaveValue('45');
  });

  it('changes the list without asking when no form holds typing', async () => {
    const { user } = await renderPane(<SettingsScreen />);
    const picker = await screen.findByRole('combobox', { name: 'List to edit' });
    await user.selectOptions(picker, 'Deal stages');
    expect(await screen.findByRole('list', { name: 'Deal stages' })).toBeInTheDocument();
    await user.selectOptions(picker, 'Regions');
    expect(await screen.findByRole('list', { name: 'Regions' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks in Ukrainian in a Ukrainian pane, and "Продовжити редагування" keeps the typing', async () => {
    const { user } = await renderPane(<SettingsScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    const picker = await screen.findByRole('combobox', { name: 'Довідник для редагування' });
    await user.selectOptions(picker, 'Етапи угод');
    (await screen.findByRole('button', { name: 'Перейменувати: Кваліфікація' })).focus();
    await user.keyboard('{Enter}');
    const list = screen.getByRole('list', { name: 'Етапи угод' });
    const ukrainian = () => within(list).getByRole('textbox', { name: 'Назва українською' });
    await user.type(ukrainian(), ' лідів');

    await keepOnChange(user, picker, 'Регіони', 'Закрити без збереження?', 'Продовжити редагування');
    expect(ukrainian()).toHaveValue('Кваліфікація лідів');
  });
});
