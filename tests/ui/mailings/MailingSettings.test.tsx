/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import Dexie from 'dexie';
import { App } from '../../../src/taskpane/App';
import { MailingsScreen } from '../../../src/taskpane/modules/mailings/components/MailingsScreen';
import { layOutPane } from '../../support/layOutPane';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

afterEach(() => jest.restoreAllMocks());

async function openSettings() {
  layOutPane(600);
  const pane = await renderPane(<MailingsScreen />);
  await pane.user.click(await screen.findByRole('tab', { name: 'Mailing settings' }));
  return { ...pane, domains: await screen.findByRole('textbox', { name: /Never-mail domains/ }), phone: screen.getByRole('textbox', { name: /Phone/ }) };
}

describe('Mailing settings', () => {
  it('says in Ukrainian that the mailing settings could not be read, with the code for the administrator, not Dexie’s English', async () => {
    layOutPane(600);
    const { user, app } = await renderPane(<MailingsScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    jest.spyOn(app.mailings!.loaded()!, 'settings').mockRejectedValue(new Dexie.DatabaseClosedError('Database has been closed'));
    await user.click(await screen.findByRole('tab', { name: 'Налаштування розсилок' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Не вдалося прочитати налаштування розсилок: Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора\.Код помилки для адміністратора: DatabaseClosedError$/);
    expect(alert).not.toHaveTextContent(/has been closed/);
  });

  it('says in Ukrainian that the mailing settings were not saved for a failure it has no words for, with its code, not the English', async () => {
    layOutPane(600);
    const { user, app } = await renderPane(<MailingsScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    await user.click(await screen.findByRole('tab', { name: 'Налаштування розсилок' }));
    await screen.findByRole('textbox', { name: /Домени|домен/ });
    jest.spyOn(await app.mailings!.load(), 'saveSettings').mockRejectedValue(new TypeError('Failed to fetch'));
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));
    expect(await screen.findByText(/: щось пішло не так\. Спробуйте ще раз; якщо не вийде й тоді, зверніться до адміністратора\.$/)).toBeInTheDocument();
    expect(screen.getByText('Код помилки для адміністратора: TypeError')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/Failed to fetch/);
  });

  it('refuses a never-mail domain that is no domain and a phone that is no number, naming them, and keeps what was typed', async () => {
    const { app, user, domains, phone } = await openSettings();
    await user.type(domains, 'rival.com{enter}competitor');
    await user.type(phone, 'call me');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('“competitor” is not a valid domain (example: contoso.com).')).toBeInTheDocument();
    expect(screen.getByText(/This is not a phone number/)).toBeInTheDocument();
    expect(screen.getByText('Some fields need attention; nothing was lost.')).toBeInTheDocument();
    expect(screen.queryByText('Mailing settings saved.')).not.toBeInTheDocument();
    expect(domains).toHaveValue('rival.com\ncompetitor');
    expect(await app.mailings!.settings()).toMatchObject({ neverMailDomains: [], phone: '' });

    await user.type(domains, '.com');
    // Mending the domain takes its message away; the phone's stays until the phone is mended too.
    expect(screen.queryByText('“competitor” is not a valid domain (example: contoso.com).')).not.toBeInTheDocument();
    expect(screen.getByText(/This is not a phone number/)).toBeInTheDocument();
    expect(screen.getByText('Some fields need attention; nothing was lost.')).toBeInTheDocument();
    await user.clear(phone);
    await user.type(phone, '+380 44 123 4567');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Mailing settings saved.')).toBeInTheDocument();
    expect(screen.queryByText('Some fields need attention; nothing was lost.')).not.toBeInTheDocument();
    expect(await app.mailings!.settings()).toMatchObject({ neverMailDomains: ['rival.com', 'competitor.com'], phone: '+380 44 123 4567' });
  });

  it('says so when the store refuses the save, keeps the typing, and takes "Saved" away once something is typed again', async () => {
    const { app, user, domains } = await openSettings();
    await user.type(domains, 'rival.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Mailing settings saved.')).toBeInTheDocument();

    await user.type(domains, '{enter}@Competitor.com');
    expect(screen.queryByText('Mailing settings saved.')).not.toBeInTheDocument();
    jest.spyOn(await app.mailings!.load(), 'saveSettings').mockRejectedValue(new Error('The disk is full'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // No words for a bare Error: what failed, and its name for the administrator on its own line, never its English.
    expect(await screen.findByText('The mailing settings were not saved: something went wrong. Try again; if it keeps failing, tell your administrator.')).toBeInTheDocument();
    expect(screen.getByText('Error code for your administrator: Error')).toBeInTheDocument();
    expect(screen.queryByText(/The disk is full/)).not.toBeInTheDocument();
    expect(domains).toHaveValue('rival.com\n@Competitor.com');
    expect(within(screen.getByRole('form', { name: 'Mailing settings' })).getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('asks before Back throws away domains typed and not saved', async () => {
    layOutPane(600);
    const { user } = await renderPane(<App />);
    await user.click(await screen.findByRole('button', { name: 'Mailings' }));
    await user.click(await screen.findByRole('tab', { name: 'Mailing settings' }));
    await user.type(await screen.findByRole('textbox', { name: /Never-mail domains/ }), 'rival.com');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('dialog', { name: 'Close without saving?' })).toBeInTheDocument();
  });
});
