/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { App } from '../../../src/taskpane/App';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import { aReadItem } from '../../support/builders/aReadItem';

describe('App', () => {
  it('moves between home, search and settings from the header with the keyboard, focus following to each screen (Search: to its box, to type at once)', async () => {
    const { user } = await renderPane(<App />);
    expect(await screen.findByRole('heading', { name: 'Today’s plan' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();

    await user.tab();
    expect(screen.getByRole('button', { name: 'Search clients' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('searchbox', { name: /Name, email or domain/ })).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Search clients' })).toHaveAttribute('aria-current', 'page');

    screen.getByRole('button', { name: 'Settings' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Settings' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(screen.getByRole('searchbox', { name: /Name, email or domain/ })).toHaveFocus());
    screen.getByRole('button', { name: 'Back' }).focus();
    await user.keyboard(' ');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Today’s plan' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
  });

  it('going home with a message open puts the focus on the message’s part, not on the day’s plan below it', async () => {
    const host = new FakeMailHost();
    const { user } = await renderPane(<App />, { host });
    host.selectItem(aReadItem());
    await screen.findByRole('heading', { name: 'In this conversation' });
    screen.getByRole('button', { name: 'Search clients' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('searchbox', { name: /Name, email or domain/ })).toHaveFocus());
    screen.getByRole('button', { name: 'Back' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'In this conversation' })).toHaveFocus());
  });

  it('always shows where the work is saved', async () => {
    await renderPane(<App />);
    expect(await screen.findByText('Saved on this device')).toBeInTheDocument();
  });

  it('shows the open message above the day’s plan and follows the selection', async () => {
    const host = new FakeMailHost();
    await renderPane(<App />, { host });
    expect(await screen.findByRole('heading', { name: 'Today’s plan' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'In this conversation' })).not.toBeInTheDocument();

    host.selectItem(aReadItem());
    const participants = await screen.findByRole('heading', { name: 'In this conversation' });
    const plan = screen.getByRole('heading', { name: 'Today’s plan' });
    expect(participants.compareDocumentPosition(plan) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    host.selectItem(null);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'In this conversation' })).not.toBeInTheDocument());
  });

  it('keeps a half-filled screen when Outlook’s selection moves, and says which message is open now', async () => {
    const host = new FakeMailHost();
    const { user } = await renderPane(<App />, { host });
    host.selectItem(aReadItem({ subject: 'First message' }));
    await screen.findByRole('heading', { name: 'In this conversation' });
    await user.click(screen.getByRole('button', { name: 'Search clients' }));
    await user.click(await screen.findByRole('button', { name: 'Create client' }));
    await user.type(await screen.findByRole('textbox', { name: /Client name/ }), 'Northwind');
    expect(screen.queryByText(/Another message is open/)).not.toBeInTheDocument();

    host.selectItem(aReadItem({ subject: 'Delivery dates for March' }));

    expect(await screen.findByText('Another message is open: Delivery dates for March')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Client name/ })).toHaveValue('Northwind');
    await user.click(screen.getByRole('button', { name: 'Show it' }));
    // The typed name is not saved: the pane asks before leaving it (LeaveGuard.test).
    await user.click(await screen.findByRole('button', { name: 'Close without saving' }));
    expect(await screen.findByRole('heading', { name: 'In this conversation' })).toBeInTheDocument();
    expect(screen.queryByText(/Another message is open/)).not.toBeInTheDocument();

    // Back on a card, the message home just showed is no news.
    await user.click(screen.getByRole('button', { name: 'Search clients' }));
    await screen.findByRole('heading', { name: 'Find a client' });
    expect(screen.queryByText(/Another message is open/)).not.toBeInTheDocument();
  });

  it('returns from a newly created client’s card to where the client was created, not to the spent form', async () => {
    const { user } = await renderPane(<App />);
    await user.click(await screen.findByRole('button', { name: 'Search clients' }));
    await user.click(await screen.findByRole('button', { name: 'Create client' }));
    await user.type(await screen.findByRole('textbox', { name: /Client name/ }), 'Northwind');
    await user.click(screen.getByRole('button', { name: 'Save client' }));
    expect(await screen.findByRole('heading', { name: 'Northwind' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back' }));

    // Back to the search, the focus is on the button the client was created from, as it was left.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create client' })).toHaveFocus());
    expect(screen.getByRole('searchbox', { name: /Name, email or domain/ })).toBeInTheDocument();
  });

  it('goes back to the search it came from rather than stacking searches', async () => {
    const { user } = await renderPane(<App />, {
      seed: async (app) => {
        await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Search clients' }));
    await user.click(await screen.findByRole('button', { name: 'Contoso' }));
    expect(await screen.findByRole('heading', { name: 'Contoso' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Search clients' }));
    await screen.findByRole('heading', { name: 'Find a client' });
    await user.click(screen.getByRole('button', { name: 'Back' }));

    await waitFor(() => expect(screen.getByRole('heading', { name: 'Today’s plan' })).toHaveFocus());
  });

  it('speaks Ukrainian when Outlook’s display language is Ukrainian', async () => {
    const { user } = await renderPane(<App />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });

    expect(await screen.findByRole('heading', { name: 'План на сьогодні' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Вітаємо в Clientbook' })).toBeInTheDocument();
    expect(await screen.findByText(/^Збережено на цьому пристрої/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Налаштування' }));
    expect(await screen.findByRole('heading', { name: 'Довідники' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Пошук клієнтів' }));
    expect(await screen.findByRole('heading', { name: 'Знайти клієнта' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Назад' })).toBeInTheDocument();
  });
});
