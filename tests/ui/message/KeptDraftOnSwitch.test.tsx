/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/App';
import { aReadItem } from '../../support/builders/aReadItem';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

// Flows that type into several fields and switch messages; jsdom on a shared 2-core machine is slow.
jest.setTimeout(30_000);

const quote = aReadItem({ subject: 'Quote for 40 licences' });
const delivery = aReadItem({ subject: 'Delivery dates for March', from: { name: 'Olena Bondar', email: 'olena.bondar@fabrikam.ua' } });

/** The pane on home with Fabrikam's message about the quote open, as Outlook shows it. */
async function openQuote(language: 'en' | 'uk' = 'en') {
  const host = new FakeMailHost({ item: quote, displayLanguage: language === 'uk' ? 'uk-UA' : 'en-GB' });
  const rendered = await renderPane(<App />, {
    host,
    seed: async (app) => {
      await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] });
    },
  });
  return { ...rendered, host };
}

/** …with notes typed in Record contact on it. */
async function typeNotesOnQuote(language: 'en' | 'uk' = 'en') {
  const rendered = await openQuote(language);
  await rendered.user.click(await screen.findByRole('button', { name: language === 'uk' ? 'Записати контакт' : 'Record contact' }));
  await rendered.user.type(screen.getByLabelText(language === 'uk' ? /Що відбулося/ : /What happened/), 'Asked for the March price list');
  return rendered;
}

const keptNotice = 'Your unsaved contact note for “Quote for 40 licences” is kept — open that message again to finish it.';

/** Outlook moves back to the message about the quote, and its card has drawn. */
async function selectQuote(host: FakeMailHost) {
  host.selectItem(quote);
  expect(await screen.findByText(/Taras Shevchuk/)).toBeInTheDocument();
}

/** Outlook moves to another message, and the card of that one has drawn. */
async function selectDelivery(host: FakeMailHost) {
  host.selectItem(delivery);
  expect(await screen.findByText(/Olena Bondar/)).toBeInTheDocument();
  await screen.findByRole('button', { name: 'Record contact' });
}

/** To the other message and back: the typed notes are there again. */
async function leaveAndComeBack(host: FakeMailHost) {
  await selectDelivery(host);
  host.selectItem(quote);
  expect(await screen.findByLabelText(/What happened/)).toHaveValue('Asked for the March price list');
}

describe('Record contact on a message Outlook moves away from', () => {
  it('is kept: the other message says so, and coming back finds the form as left, the focus back in its field', async () => {
    const { host } = await typeNotesOnQuote();

    await selectDelivery(host);
    expect(await screen.findByText(keptNotice)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record contact' })).not.toBeInTheDocument();

    host.selectItem(quote);
    const form = await screen.findByRole('form', { name: 'Record contact' });
    expect(within(form).getByLabelText(/What happened/)).toHaveValue('Asked for the March price list');
    expect(screen.queryByText(keptNotice)).not.toBeInTheDocument();
    // The manager comes back to the pane (a click on its background): the keyboard is where it was.
    window.dispatchEvent(new FocusEvent('focus'));
    await waitFor(() => expect(within(form).getByLabelText(/What happened/)).toHaveFocus());
  });

  it('still asks before leaving home once it is back, since it is still not saved', async () => {
    const { host, user } = await typeNotesOnQuote();
    await selectDelivery(host);
    host.selectItem(quote);
    await screen.findByRole('form', { name: 'Record contact' });

    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(await screen.findByRole('dialog', { name: 'Close without saving?' })).toBeInTheDocument();
  });

  it('outlives a visit to another screen while the other message is open', async () => {
    const { host, user } = await typeNotesOnQuote();
    await selectDelivery(host);
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.click(await screen.findByRole('button', { name: 'Back' }));
    expect(await screen.findByText(keptNotice)).toBeInTheDocument();

    host.selectItem(quote);
    expect(await screen.findByLabelText(/What happened/)).toHaveValue('Asked for the March price list');
  });

  it('Discard on the other message lets it go', async () => {
    const { host, user } = await typeNotesOnQuote();
    await selectDelivery(host);
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    expect(screen.queryByText(keptNotice)).not.toBeInTheDocument();
    // The button went with its notice: the keyboard moves on to the card.
    await waitFor(() => expect(screen.getByRole('main')).toContainElement(document.activeElement as HTMLElement));

    await selectQuote(host);
    expect(await screen.findByRole('button', { name: 'Record contact' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record contact' })).not.toBeInTheDocument();
  });

  it.each(['Save', 'Cancel'])('%s once it is back keeps nothing more', async (button) => {
    const { host, user } = await typeNotesOnQuote();
    await leaveAndComeBack(host);
    await user.click(within(screen.getByRole('form', { name: 'Record contact' })).getByRole('button', { name: button }));
    // The notes kept are still typing: Cancel asks first, as leaving does.
    if (button === 'Cancel') await user.click(await screen.findByRole('button', { name: 'Close without saving' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Record contact' })).not.toBeInTheDocument());

    await selectDelivery(host);
    expect(screen.queryByText(/is kept/)).not.toBeInTheDocument();
    await selectQuote(host);
    expect(await screen.findByRole('button', { name: 'Record contact' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record contact' })).not.toBeInTheDocument();
  });

  it('leaving home and throwing the typing away, as asked, keeps nothing either', async () => {
    const { host, user } = await typeNotesOnQuote();
    await leaveAndComeBack(host);
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.click(await screen.findByRole('button', { name: 'Close without saving' }));
    await user.click(await screen.findByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('button', { name: 'Record contact' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record contact' })).not.toBeInTheDocument();
  });
});

describe('Plan next contact on a message Outlook moves away from', () => {
  it('is kept with its note', async () => {
    const { host, user } = await openQuote();
    await user.click(await screen.findByRole('button', { name: 'Plan next contact' }));
    await user.type(within(screen.getByRole('form', { name: 'Plan next contact' })).getByRole('textbox', { name: /Note/ }), 'Bring the spring catalogue');

    await selectDelivery(host);
    expect(await screen.findByText('Your unsaved next contact for “Quote for 40 licences” is kept — open that message again to finish it.')).toBeInTheDocument();
    host.selectItem(quote);
    const form = await screen.findByRole('form', { name: 'Plan next contact' });
    expect(within(form).getByRole('textbox', { name: /Note/ })).toHaveValue('Bring the spring catalogue');
  });
});

describe('in Ukrainian', () => {
  it('the other message says the note is kept and offers to discard it', async () => {
    const { host } = await typeNotesOnQuote('uk');
    host.selectItem(delivery);
    expect(
      await screen.findByText('Ваш незбережений запис про контакт щодо листа «Quote for 40 licences» не втрачено — відкрийте цей лист знову, щоб завершити.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Відкинути' })).toBeInTheDocument();
  });
});
