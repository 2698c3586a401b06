/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { App } from '../../../src/app/createApp';
import type { MailSender, OutgoingMessage, Scheduler } from '../../../src/domain/mailingPorts';
import { MailingsScreen } from '../../../src/taskpane/modules/mailings/components/MailingsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

const instant: Scheduler = { sleep: async () => undefined };

class RecordingSender implements MailSender {
  readonly sent: OutgoingMessage[] = [];
  async send(message: OutgoingMessage) {
    this.sent.push(message);
  }
}

/** A mailbox that takes the first `free` messages, then each only when let go: the mailing stays under way until then. */
class HeldSender implements MailSender {
  readonly sent: OutgoingMessage[] = [];
  private release: () => void = () => undefined;
  private readonly held = new Promise<void>((resolve) => (this.release = resolve));
  constructor(private readonly free = 0) {}
  async send(message: OutgoingMessage) {
    if (this.sent.length >= this.free) await this.held;
    this.sent.push(message);
  }
  letGo() {
    this.release();
  }
}

async function aClient(app: App, name: string, consent: 'granted' | 'opted-out', region = 'kyiv') {
  const slug = name.toLowerCase();
  return app.createClient({
    client: { name, region, mailingConsent: consent, domains: [`${slug}.com`] },
    contacts: [{ name: `${name} Contact`, position: '', emails: [`info@${slug}.com`], phones: [] }],
  });
}

async function seed(app: App) {
  await aClient(app, 'Alpha', 'granted');
  await aClient(app, 'Beta', 'granted');
  await aClient(app, 'Gamma', 'granted');
  await aClient(app, 'Delta', 'opted-out');
  await aClient(app, 'Lviv', 'opted-out', 'west');
  await app.mailings!.saveTemplate({ name: 'Autumn offer', subject: 'Offer for {{client.name}}', bodyHtml: '<p>Hello</p>', attachments: [] });
}

/** The pane on its Bulk mailing tab with the template chosen: 3 can be mailed, 2 opted out. */
async function openBulk(sender: MailSender = new RecordingSender()) {
  const pane = await renderPane(<MailingsScreen />, { mailing: { sender, scheduler: instant }, seed });
  await pane.user.click(await screen.findByRole('tab', { name: 'Bulk mailing' }));
  expect(await screen.findByText('3 recipients')).toBeInTheDocument();
  await pane.user.selectOptions(screen.getByRole('combobox', { name: /Template/ }), 'Autumn offer');
  return pane;
}

/** Send mailing, then Send in the question it asks. */
async function sendConfirmed(user: UserEvent, title = 'Send “Autumn offer” to 3 recipients from your mailbox?') {
  await user.click(screen.getByRole('button', { name: 'Send mailing' }));
  await user.click(within(await dialogTitled(title)).getByRole('button', { name: 'Send', hidden: true }));
}

/** The open confirmation, found by its title (Fluent hides the page behind it from the accessibility tree). */
async function dialogTitled(title: string) {
  return (await screen.findByText(title)).closest('[role="dialog"]') as HTMLElement;
}

describe('BulkMailing: sending', () => {
  it('asks before sending, naming the mailing and how many will get it (opt-outs not counted), with the focus on Cancel', async () => {
    const sender = new RecordingSender();
    const { user } = await openBulk(sender);
    await user.type(screen.getByRole('textbox', { name: 'Mailing name' }), 'March news');

    await user.click(screen.getByRole('button', { name: 'Send mailing' }));
    const dialog = await dialogTitled('Send “March news” to 3 recipients from your mailbox?');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel', hidden: true })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByTestId('mailing-card')).toBeNull();
    expect(sender.sent).toEqual([]);

    await sendConfirmed(user, 'Send “March news” to 3 recipients from your mailbox?');
    const card = await screen.findByTestId('mailing-card');
    await waitFor(() => expect(card).toHaveTextContent('3 of 3 sent'));
    expect(sender.sent.map((m) => m.subject).sort()).toEqual(['Offer for Alpha', 'Offer for Beta', 'Offer for Gamma']);
  });

  it('empties the form once a mailing starts, so a second click cannot send it to the same clients again, and says what it started until it is done', async () => {
    const sender = new HeldSender();
    const { user } = await openBulk(sender);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Kyiv');
    await sendConfirmed(user);

    const notice = await screen.findByText('“Autumn offer” started for 3 recipients: its progress is below.');
    await waitFor(() => expect(notice.closest('[tabindex="-1"]')).toHaveFocus());
    expect(screen.getByRole('combobox', { name: /Template/ })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Send mailing' })).toBeDisabled();

    // Only the latest outcome shows: once it is done the card says so, and the keyboard goes there.
    const card = await screen.findByTestId('mailing-card');
    sender.letGo();
    await waitFor(() => expect(card).toHaveTextContent('3 of 3 sent'));
    await waitFor(() => expect(screen.queryByText(/started for 3 recipients/)).toBeNull());
    expect(within(card).getByText('Done')).toBeInTheDocument();
    expect(card).toHaveFocus();
    expect(screen.getAllByTestId('mailing-card')).toHaveLength(1);
    expect(sender.sent).toHaveLength(3);
  });

  it('takes the line about the last mailing away when a template is chosen again: that is a new mailing', async () => {
    const sender = new HeldSender();
    const { user, app } = await openBulk(sender);
    try {
      await sendConfirmed(user);
      await screen.findByText('“Autumn offer” started for 3 recipients: its progress is below.');
      await user.selectOptions(screen.getByRole('combobox', { name: /Template/ }), 'Autumn offer');
      expect(screen.queryByText(/started for 3 recipients/)).toBeNull();
      expect(screen.getByRole('button', { name: 'Send mailing' })).toBeEnabled();
    } finally {
      sender.letGo();
      await app.mailings!.resumeQueued();
    }
  });

  it('shows when each mailing started, so two of one template look different', async () => {
    const sender = new RecordingSender();
    const { user, app, setNow } = await openBulk(sender);
    await sendConfirmed(user);
    await screen.findByTestId('mailing-card');

    setNow(new Date(2026, 2, 10, 11, 30));
    await user.selectOptions(screen.getByRole('combobox', { name: /Template/ }), 'Autumn offer');
    await sendConfirmed(user);
    await waitFor(() => expect(screen.getAllByTestId('mailing-card')).toHaveLength(2));
    const [newer, older] = screen.getAllByTestId('mailing-card');
    expect(newer).toHaveTextContent('Started today, 11:30');
    expect(older).toHaveTextContent('Started today, 09:00');
    await app.mailings!.resumeQueued();
    expect(sender.sent).toHaveLength(6);
  });

  it('says why Send is off when nobody in the audience can be mailed', async () => {
    const { user } = await openBulk();
    expect(screen.queryByText('Nobody in this audience can be mailed.')).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Western Ukraine');
    expect(await screen.findByText('0 recipients')).toBeInTheDocument();
    expect(screen.getByText('Nobody in this audience can be mailed.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send mailing' })).toBeDisabled();
  });

  it('asks before cancelling a mailing under way, which then stops sending to the rest', async () => {
    const sender = new HeldSender();
    const { user, app } = await openBulk(sender);
    try {
      await sendConfirmed(user);
      const card = await screen.findByTestId('mailing-card');
      expect(await within(card).findByText('Sending')).toBeInTheDocument();

      await user.click(within(card).getByRole('button', { name: 'Cancel mailing' }));
      let dialog = await dialogTitled('Cancel the mailing “Autumn offer”?');
      expect(dialog).toHaveTextContent('3 recipients not sent to yet will not get it. Messages already sent stay sent.');
      await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Don’t cancel', hidden: true })).toHaveFocus());
      await user.keyboard('{Enter}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(within(card).getByText('Sending')).toBeInTheDocument();

      await user.click(within(card).getByRole('button', { name: 'Cancel mailing' }));
      dialog = await dialogTitled('Cancel the mailing “Autumn offer”?');
      await user.click(within(dialog).getByRole('button', { name: 'Cancel mailing', hidden: true }));
      expect(await within(card).findByText('Cancelled')).toBeInTheDocument();
      await waitFor(() => expect(card).toHaveFocus());
      const [mailing] = await app.mailings!.mailings();
      expect((await app.mailings!.progress(mailing!.id))!.cancelled).toBeGreaterThan(0);
    } finally {
      sender.letGo();
      // The message in flight finishes before the test's document goes.
      await app.mailings!.resumeQueued();
    }
  });

  it('a cancelled mailing shows how far it got and how many were not sent, and the line saying it started goes', async () => {
    const sender = new HeldSender(1);
    const { user, app } = await openBulk(sender);
    try {
      await sendConfirmed(user);
      await screen.findByText('“Autumn offer” started for 3 recipients: its progress is below.');
      const card = await screen.findByTestId('mailing-card');
      await waitFor(() => expect(card).toHaveTextContent('1 of 3 sent'));

      await user.click(within(card).getByRole('button', { name: 'Cancel mailing' }));
      const dialog = await dialogTitled('Cancel the mailing “Autumn offer”?');
      await user.click(within(dialog).getByRole('button', { name: 'Cancel mailing', hidden: true }));
      expect(await within(card).findByText('Cancelled')).toBeInTheDocument();
      await waitFor(() => expect(Number(within(card).getByRole('progressbar').getAttribute('aria-valuenow'))).toBeCloseTo(1 / 3));
      await waitFor(() => expect(card).toHaveTextContent('1 of 3 sent · 2 not sent (cancelled)'));
      expect(screen.queryByText(/started for 3 recipients/)).toBeNull();
      await waitFor(() => expect(card).toHaveFocus());
    } finally {
      sender.letGo();
      await app.mailings!.resumeQueued();
    }
  });

  it('speaks Ukrainian', async () => {
    const sender = new HeldSender(1);
    const { user, app } = await renderPane(<MailingsScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }), mailing: { sender, scheduler: instant }, seed });
    await user.click(await screen.findByRole('tab', { name: 'Масова розсилка' }));
    expect(await screen.findByText('3 одержувачі')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: /Шаблон/ }), 'Autumn offer');
    await user.click(screen.getByRole('button', { name: 'Надіслати розсилку' }));
    const dialog = await dialogTitled('Надіслати «Autumn offer» 3 одержувачам з вашої скриньки?');
    await user.click(within(dialog).getByRole('button', { name: 'Надіслати', hidden: true }));
    expect(await screen.findByText('Розсилку «Autumn offer» розпочато для 3 одержувачів: її хід — нижче.')).toBeInTheDocument();
    const card = await screen.findByTestId('mailing-card');
    expect(card).toHaveTextContent('Розпочато сьогодні, 09:00');
    await waitFor(() => expect(card).toHaveTextContent('Надіслано 1 з 3'));
    await user.click(within(card).getByRole('button', { name: 'Скасувати розсилку' }));
    await user.click(within(await dialogTitled('Скасувати розсилку «Autumn offer»?')).getByRole('button', { name: 'Скасувати розсилку', hidden: true }));
    await waitFor(() => expect(card).toHaveTextContent('Надіслано 1 з 3 · 2 листи не надіслано (скасовано)'));
    sender.letGo();
    await app.mailings!.resumeQueued();
  });
});
