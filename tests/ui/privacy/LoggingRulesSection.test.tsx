/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import type { ReadItem } from '../../../src/domain/ports';
import { LoggingRulesSection } from '../../../src/taskpane/modules/settings/components/LoggingRulesSection';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import { aReadItem } from '../../support/builders/aReadItem';

jest.setTimeout(20_000);

describe('LoggingRulesSection', () => {
  it('saves the team’s never-log list and allowance, refusing a rule that is neither address nor domain', async () => {
    const { user, app } = await renderPane(<LoggingRulesSection />);
    const list = await screen.findByRole('group', { name: 'Never log mail with these addresses or domains' });
    await user.type(within(list).getByRole('textbox'), 'not a rule');
    await user.click(screen.getByRole('button', { name: 'Save team rules' }));
    expect(await screen.findByText('Enter an address or a domain.')).toBeInTheDocument();

    await user.clear(within(list).getByRole('textbox'));
    await user.type(within(list).getByRole('textbox'), '@LawFirm.example');
    const allowance = screen.getByLabelText('A logged email keeps at most');
    expect(allowance).toHaveAttribute('title', 'Also text, attachment names');
    await user.selectOptions(allowance, 'Also the subject');
    expect(allowance).toHaveAttribute('title', 'Also the subject');
    await user.click(screen.getByRole('button', { name: 'Save team rules' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect((await app.logging.rules()).team).toMatchObject({ neverLog: ['lawfirm.example'], storedPart: 'subject' });
  });

  it('says in Ukrainian that the team’s rules were not saved when the store refuses, with the code for the administrator, not Dexie’s English', async () => {
    const { user, app } = await renderPane(<LoggingRulesSection />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    app.logging.saveTeamPolicy = async () => {
      throw new Dexie.AbortError('Transaction aborted', new DOMException('Disk I/O error', 'UnknownError'));
    };
    await user.click(await screen.findByRole('button', { name: 'Зберегти правила команди' }));
    expect(await screen.findByText(/^Clientbook не зміг/)).toHaveTextContent(
      /^Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора\. Нічого не збережено; ваші зміни лишилися у формі\.Код помилки для адміністратора: UnknownError$/,
    );
    // The code stands on a line of its own, as in every other failure message.
    expect(screen.getByText('Код помилки для адміністратора: UnknownError')).toBeInTheDocument();
    expect(screen.queryByText(/Transaction|Disk I\/O|AbortError/)).not.toBeInTheDocument();
  });

  it('flags every field a team save refused at once, on the field, and takes the focus to the first', async () => {
    const { user, app } = await renderPane(<LoggingRulesSection />);
    const domains = await screen.findByRole('group', { name: 'Our other domains' });
    await user.type(within(domains).getByRole('textbox'), 'contoso.ua');
    await user.click(within(domains).getByRole('button', { name: 'Add domain' }));
    // The new row takes the focus, to be typed in.
    expect(within(domains).getByRole('textbox', { name: 'Our other domains 2' })).toHaveFocus();
    await user.keyboard('not a domain');
    const cap = screen.getByRole('spinbutton', { name: /Largest attachment/ });
    await user.clear(cap);
    await user.type(cap, '-5');
    await user.click(screen.getByRole('button', { name: 'Save team rules' }));

    // Announced, under the rows it is about and above Add domain.
    const message = await within(domains).findByRole('alert');
    expect(message).toHaveTextContent('Enter a domain such as example.com.');
    expect(message.compareDocumentPosition(within(domains).getByRole('button', { name: 'Add domain' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('Enter a number of MB from 0 to 150.')).toBeInTheDocument();
    expect(screen.getByText('Some fields need attention; nothing you typed was lost.')).toBeInTheDocument();
    expect(screen.queryByText(/Invalid input|errors\./)).not.toBeInTheDocument();
    // The row to mend, not the good one above it.
    expect(within(domains).getByRole('textbox', { name: 'Our other domains 2' })).toHaveFocus();
    expect(within(domains).getByRole('textbox', { name: 'Our other domains 1' })).not.toHaveAttribute('aria-invalid');
    expect(cap).toHaveAttribute('aria-invalid', 'true');
    expect((await app.logging.rules()).team.internalDomains).toEqual([]);
  });

  it('takes a message away as its own field is mended, keeping those on the others', async () => {
    const { user } = await renderPane(<LoggingRulesSection />);
    const domains = await screen.findByRole('group', { name: 'Our other domains' });
    const row = within(domains).getByRole('textbox');
    await user.type(row, 'not a domain');
    const cap = screen.getByRole('spinbutton', { name: /Largest attachment/ });
    await user.clear(cap);
    await user.type(cap, '-5');
    await user.click(screen.getByRole('button', { name: 'Save team rules' }));
    expect(await within(domains).findByText('Enter a domain such as example.com.')).toBeInTheDocument();
    expect(screen.getByText('Enter a number of MB from 0 to 150.')).toBeInTheDocument();

    await user.clear(cap);
    await user.type(cap, '10');
    expect(screen.queryByText('Enter a number of MB from 0 to 150.')).not.toBeInTheDocument();
    expect(cap).not.toHaveAttribute('aria-invalid', 'true');
    expect(within(domains).getByText('Enter a domain such as example.com.')).toBeInTheDocument();
    expect(row).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Some fields need attention; nothing you typed was lost.')).toBeInTheDocument();

    await user.clear(row);
    await user.type(row, 'contoso.ua');
    expect(within(domains).queryByText('Enter a domain such as example.com.')).not.toBeInTheDocument();
    expect(screen.queryByText('Some fields need attention; nothing you typed was lost.')).not.toBeInTheDocument();
  });

  it('says what is wrong with a rule in Ukrainian, on the field', async () => {
    const { user } = await renderPane(<LoggingRulesSection />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    const domains = await screen.findByRole('group', { name: 'Інші наші домени' });
    await user.type(within(domains).getByRole('textbox'), 'not a domain');
    await user.click(screen.getByRole('button', { name: 'Зберегти правила команди' }));
    expect(await within(domains).findByText('Введіть домен, напр. example.com.')).toBeInTheDocument();
    expect(screen.queryByText(/Invalid input|Не вдалося зберегти/)).not.toBeInTheDocument();
    expect(within(domains).getByRole('textbox')).toHaveFocus();
  });

  it('turns on auto-log and lists what it logged, with Undo', async () => {
    const item: ReadItem = aReadItem({ from: { name: 'Taras', email: 'taras@fabrikam.ua' } });
    const { user, app } = await renderPane(<LoggingRulesSection />, {
      seed: async (a) => {
        await a.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] });
      },
    });
    await user.click(await screen.findByRole('switch', { name: 'Log received mail from known clients when I open it' }));
    await user.click(screen.getByRole('button', { name: 'Save my rules' }));
    await waitFor(async () => expect((await app.logging.rules()).mine.autoLog).toBe(true));
    expect(screen.getByText('Nothing has been logged automatically.')).toBeInTheDocument();

    await app.logging.autoLogOnOpen(item);
    const listed = await screen.findByTestId('auto-logged-list');
    expect(within(listed).getByText(/Quote/)).toBeInTheDocument();
    await user.click(within(listed).getByRole('button', { name: /^Undo/ }));
    expect(await screen.findByText('Nothing has been logged automatically.')).toBeInTheDocument();
    expect((await app.recognizeMessage(item)).logged).toBe(false);
    // The message is not open and there is no team store to reach it: the user is told what is left to do.
    expect(await screen.findByTestId('undo-category-kept')).toHaveTextContent('open it and take the “Clientbook” category off in Outlook');
  });

  it('leads to the data screen, in Ukrainian too', async () => {
    const { user, route } = await renderPane(<LoggingRulesSection />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    await user.click(await screen.findByRole('button', { name: 'Імпорт, експорт і персональні дані' }));
    expect(route()).toEqual({ screen: 'data' });
  });
});
