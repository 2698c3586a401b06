/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/App';
import { aReadItem } from '../../support/builders/aReadItem';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import type { UserEvent } from '@testing-library/user-event';

jest.setTimeout(30_000);

/** Search › Northwind › History › Record contact. */
async function openRecordContact(host = new FakeMailHost()) {
  const rendered = await renderPane(<App />, { host, seed: (app) => app.createClient({ client: { name: 'Northwind' }, contacts: [] }).then(() => undefined) });
  const { user } = rendered;
  await user.click(await screen.findByRole('button', { name: 'Search clients' }));
  await user.click(await screen.findByRole('button', { name: 'Northwind' }));
  await user.click(await screen.findByRole('tab', { name: 'History' }));
  await user.click(await screen.findByRole('button', { name: 'Record contact' }));
  return rendered;
}

/** …with notes typed in "What happened". */
async function typeNotesOnNorthwind(host?: FakeMailHost) {
  const rendered = await openRecordContact(host);
  await rendered.user.type(notes(), 'Asked for the March price list');
  return rendered;
}

const notes = () => screen.getByLabelText(/What happened/);

/** Presses `control` twice: "Keep editing" keeps the notes, then "Close without saving" lets it go. */
async function keepThenClose(user: UserEvent, control: () => HTMLElement) {
  await user.click(control());
  await keepEditing(user);
  await user.click(control());
  await user.click(await screen.findByRole('button', { name: 'Close without saving' }));
}

/** Answers the question with "Keep editing": the notes are still there, and the keyboard is back in them. */
async function keepEditing(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: 'Keep editing' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(notes()).toHaveValue('Asked for the March price list');
  await waitFor(() => expect(notes()).toHaveFocus());
}

describe('Leaving a form that holds typing', () => {
  it('Back asks first; "Keep editing" keeps the notes on the card, "Close without saving" goes back', async () => {
    const { user } = await typeNotesOnNorthwind();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close without saving?' });
    expect(dialog).toHaveTextContent('Closing it loses it.');
    expect(screen.getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await keepEditing(user);
    expect(screen.getByRole('heading', { name: 'Northwind' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(await screen.findByRole('button', { name: 'Close without saving' }));
    // Back on the search, on the client it was left by.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Northwind' })).toHaveFocus());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('a header section asks the same, and Escape in the question keeps editing', async () => {
    const { user } = await typeNotesOnNorthwind();

    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(await screen.findByRole('dialog', { name: 'Close without saving?' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(notes()).toHaveValue('Asked for the March price list');

    await user.click(screen.getByRole('button', { name: 'Analytics' }));
    await user.click(await screen.findByRole('button', { name: 'Close without saving' }));
    expect(await screen.findByRole('heading', { name: 'Analytics' })).toBeInTheDocument();
  });

  it('another tab of the card asks before it replaces the form, and stays on the form if the user keeps editing', async () => {
    const { user } = await typeNotesOnNorthwind();

    await keepThenClose(user, () => {
      expect(screen.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');
      return screen.getByRole('tab', { name: 'Contacts' });
    });
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Contacts' })).toHaveAttribute('aria-selected', 'true'));
  });

  it('keeps the form when Outlook opens another message, and "Show it" asks before leaving it', async () => {
    const host = new FakeMailHost();
    const { user } = await typeNotesOnNorthwind(host);

    host.selectItem(aReadItem({ subject: 'Delivery dates for March' }));
    expect(await screen.findByText('Another message is open: Delivery dates for March')).toBeInTheDocument();
    expect(notes()).toHaveValue('Asked for the March price list');

    await keepThenClose(user, () => screen.getByRole('button', { name: 'Show it' }));
    expect(await screen.findByRole('heading', { name: 'In this conversation' })).toBeInTheDocument();
  });

  it('still asks after a save that failed, which kept nothing', async () => {
    const { user } = await openRecordContact();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Plan next contact' }));
    const form = await screen.findByRole('form', { name: 'Plan next contact' });
    await user.type(within(form).getByRole('textbox', { name: /Note/ }), 'Ask about the budget');
    await user.clear(within(form).getByLabelText('Date'));
    await user.type(within(form).getByLabelText('Date'), '01/03/2026');
    await user.click(within(form).getByRole('button', { name: 'Plan next contact' }));
    expect(await within(form).findByText('The date cannot be in the past.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('dialog', { name: 'Close without saving?' })).toBeInTheDocument();
  });

  it('asks nothing once a form that stays open has saved what was typed in it', async () => {
    const { user } = await renderPane(<App />, {
      seed: async (app) => {
        const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
        await app.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', amountMinor: 100_000 });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Search clients' }));
    await user.click(await screen.findByRole('button', { name: 'Contoso' }));
    await user.click(await screen.findByRole('tab', { name: 'Deals' }));
    await user.click(await screen.findByRole('button', { name: /Valves/ }));
    const form = await screen.findByRole('form', { name: 'Add planned receipt' });
    await user.type(within(form).getByRole('textbox', { name: 'Invoice or contract number' }), 'INV-9');
    await user.type(within(form).getByRole('textbox', { name: /Amount/ }), '100');
    await user.type(within(form).getByLabelText('Due date'), '15/04/2026');
    await user.click(within(form).getByRole('button', { name: 'Add planned receipt' }));
    expect(await screen.findByRole('button', { name: 'Delete planned receipt INV-9' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { name: 'Contoso' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('leaves at once when nothing was typed', async () => {
    const { user } = await openRecordContact();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    // Back on the search, on the client it was left by.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Northwind' })).toHaveFocus());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
