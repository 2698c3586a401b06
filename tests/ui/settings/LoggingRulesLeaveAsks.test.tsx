/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { App } from '../../../src/taskpane/App';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

/** The pane at Settings, in `language`. */
async function openSettings(language = 'en-US', settings = 'Settings') {
  const rendered = await renderPane(<App />, { host: new FakeMailHost({ displayLanguage: language }) });
  await rendered.user.click(await screen.findByRole('button', { name: settings }));
  return rendered;
}

/** Presses Enter on `section` in the pane's header: the question is asked, and "Keep editing" answers it; Settings stays. */
async function leaveAndKeep(user: UserEvent, section: string, question: string, keep: string) {
  screen.getByRole('button', { name: section }).focus();
  await user.keyboard('{Enter}');
  const dialog = await screen.findByRole('dialog', { name: question });
  await user.click(within(dialog).getByRole('button', { name: keep }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

describe('Leaving Settings with a logging rule typed and not saved', () => {
  it.each([
    ['a domain typed in the team’s "Our other domains"', 'Our other domains', 'contoso.ua'],
    ['an address typed in the user’s own "Never log…"', 'Never log my mail with these addresses or domains', 'hr@contoso.ua'],
  ])('asks before %s is lost; Keep editing keeps it, Close without saving leaves', async (_, group, typed) => {
    const { user } = await openSettings();
    const rows = () => screen.getByRole('group', { name: group });
    await user.type(within(await screen.findByRole('group', { name: group })).getByRole('textbox'), typed);

    await leaveAndKeep(user, 'Mailings', 'Close without saving?', 'Keep editing');
    expect(within(rows()).getByRole('textbox')).toHaveValue(typed);

    screen.getByRole('button', { name: 'Mailings' }).focus();
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Close without saving' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: group })).not.toBeInTheDocument());
  });

  it('leaves without asking once the typed rule is saved', async () => {
    const { user } = await openSettings();
    await user.type(within(await screen.findByRole('group', { name: 'Our other domains' })).getByRole('textbox'), 'contoso.ua');
    await user.click(screen.getByRole('button', { name: 'Save team rules' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Mailings' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Our other domains' })).not.toBeInTheDocument());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks in Ukrainian in a Ukrainian pane, and "Продовжити редагування" keeps the typed rule', async () => {
    const { user } = await openSettings('uk-UA', 'Налаштування');
    const rules = () => screen.getByRole('group', { name: 'Не записувати листи з цими адресами чи доменами' });
    await user.type(within(await screen.findByRole('group', { name: 'Не записувати листи з цими адресами чи доменами' })).getByRole('textbox'), '@lawfirm.example');

    await leaveAndKeep(user, 'Розсилки', 'Закрити без збереження?', 'Продовжити редагування');
    expect(within(rules()).getByRole('textbox')).toHaveValue('@lawfirm.example');
  });
});
