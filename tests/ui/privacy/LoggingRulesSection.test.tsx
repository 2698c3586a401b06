/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
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
    expect(allowance).toHaveAttribute('title', 'Also the text and attachment names');
    await user.selectOptions(allowance, 'Also the subject');
    expect(allowance).toHaveAttribute('title', 'Also the subject');
    await user.click(screen.getByRole('button', { name: 'Save team rules' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect((await app.logging.rules()).team).toMatchObject({ neverLog: ['lawfirm.example'], storedPart: 'subject' });
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
