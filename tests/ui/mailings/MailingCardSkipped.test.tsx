/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { App } from '../../../src/app/createApp';
import type { Client } from '../../../src/domain/model/Client';
import type { MailSender, OutgoingMessage, Scheduler } from '../../../src/domain/mailingPorts';
import { MailingsScreen } from '../../../src/taskpane/modules/mailings/components/MailingsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

const instant: Scheduler = { sleep: async () => undefined };

/** A mailbox that holds every message until the test lets it go, so the test acts while one is in flight. */
class GatedSender implements MailSender {
  readonly sent: OutgoingMessage[] = [];
  private readonly waiting: (() => void)[] = [];
  async send(message: OutgoingMessage) {
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.sent.push(message);
  }
  /** Waits for the next message to reach the mailbox, then lets it through. */
  async next() {
    await waitFor(() => expect(this.waiting.length).toBeGreaterThan(0));
    this.waiting.shift()!();
  }
  /** Waits until a message is being sent. */
  async holding() {
    await waitFor(() => expect(this.waiting.length).toBeGreaterThan(0));
  }
}

const clients: Record<string, Client> = {};

function seedOf(names: string[]) {
  return async (app: App) => {
    for (const name of names) {
      const slug = name.toLowerCase();
      clients[name] = await app.createClient({
        client: { name, region: 'kyiv', mailingConsent: 'granted', domains: [`${slug}.com`] },
        contacts: [{ name: `${name} Contact`, position: '', emails: [`info@${slug}.com`], phones: [] }],
      });
    }
    await app.mailings!.saveTemplate({ name: 'Autumn offer', subject: 'Offer for {{client.name}}', bodyHtml: '<p>Hello</p>', attachments: [] });
  };
}

async function dialogTitled(title: string) {
  return (await screen.findByText(title)).closest('[role="dialog"]') as HTMLElement;
}

/** The words a language's pane uses to start and cancel the mailing. */
const words = {
  en: { tab: 'Bulk mailing', template: /Template/, send: 'Send mailing', confirm: 'Send', cancel: 'Cancel mailing', cancelTitle: 'Cancel the mailing “Autumn offer”?' },
  uk: { tab: 'Масова розсилка', template: /Шаблон/, send: 'Надіслати розсилку', confirm: 'Надіслати', cancel: 'Скасувати розсилку', cancelTitle: 'Скасувати розсилку «Autumn offer»?' },
};

/** Starts "Autumn offer" to everyone from the Bulk mailing tab, confirming the question whose title is given. */
async function startMailing(user: UserEvent, lang: keyof typeof words, question: string) {
  const w = words[lang];
  await user.click(await screen.findByRole('tab', { name: w.tab }));
  await user.selectOptions(await screen.findByRole('combobox', { name: w.template }), 'Autumn offer');
  await user.click(screen.getByRole('button', { name: w.send }));
  await user.click(within(await dialogTitled(question)).getByRole('button', { name: w.confirm, hidden: true }));
}

/** Cancel mailing on the card, confirmed. */
async function cancelMailing(user: UserEvent, lang: keyof typeof words, card: HTMLElement) {
  const w = words[lang];
  await user.click(within(card).getByRole('button', { name: w.cancel }));
  await user.click(within(await dialogTitled(w.cancelTitle)).getByRole('button', { name: w.cancel, hidden: true }));
}

describe('MailingCard: messages skipped told apart from those the Cancel stopped', () => {
  it('a finished mailing says how many were skipped because the client opted out or was deleted', async () => {
    const sender = new GatedSender();
    // Queued by name: Alpha, Beta, Delta, Gamma.
    const { user, app } = await renderPane(<MailingsScreen />, { mailing: { sender, scheduler: instant }, seed: seedOf(['Alpha', 'Beta', 'Delta', 'Gamma']) });
    await startMailing(user, 'en', 'Send “Autumn offer” to 4 recipients from your mailbox?');

    await sender.holding();
    await app.mailings!.optOut(clients.Beta!.id);
    await app.deleteClient(clients.Delta!.id);
    await sender.next();
    await sender.next();
    await app.mailings!.resumeQueued();

    const card = await screen.findByTestId('mailing-card');
    expect(await within(card).findByText('Done')).toBeInTheDocument();
    await waitFor(() => expect(card).toHaveTextContent('2 of 4 sent'));
    expect(within(card).getByText('1 skipped (opted out)')).toBeInTheDocument();
    expect(within(card).getByText('1 skipped (client or contact deleted)')).toBeInTheDocument();
    expect(card).not.toHaveTextContent('not sent');
    expect(sender.sent.map((m) => m.subject)).toEqual(['Offer for Alpha', 'Offer for Gamma']);
  });

  it('a cancelled mailing counts as not sent only those the Cancel stopped, in Ukrainian with its plurals', async () => {
    const sender = new GatedSender();
    // Queued by name: Alpha, Beta, Bravo, Delta, Epsilon, Gamma.
    const { user, app } = await renderPane(<MailingsScreen />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      mailing: { sender, scheduler: instant },
      seed: seedOf(['Alpha', 'Beta', 'Bravo', 'Delta', 'Epsilon', 'Gamma']),
    });
    await startMailing(user, 'uk', 'Надіслати «Autumn offer» 6 одержувачам з вашої скриньки?');

    await sender.holding();
    await app.mailings!.optOut(clients.Beta!.id);
    await app.mailings!.optOut(clients.Bravo!.id);
    await app.deleteClient(clients.Delta!.id);
    await sender.next();
    // Epsilon's message is in flight: the Cancel stops only Gamma's.
    await sender.holding();
    const card = await screen.findByTestId('mailing-card');
    await cancelMailing(user, 'uk', card);
    await sender.next();
    await app.mailings!.resumeQueued();

    expect(await within(card).findByText('Скасовано')).toBeInTheDocument();
    await waitFor(() => expect(card).toHaveTextContent('Надіслано 2 з 6 · 1 лист не надіслано (скасовано)'));
    expect(within(card).getByText('2 листи пропущено (відмова від розсилок)')).toBeInTheDocument();
    expect(within(card).getByText('1 лист пропущено (клієнта чи контактну особу видалено)')).toBeInTheDocument();
  });

  it('a cancelled mailing in English: sent, skipped and not sent each with their own count', async () => {
    const sender = new GatedSender();
    const { user, app } = await renderPane(<MailingsScreen />, { mailing: { sender, scheduler: instant }, seed: seedOf(['Alpha', 'Beta', 'Delta', 'Gamma']) });
    await startMailing(user, 'en', 'Send “Autumn offer” to 4 recipients from your mailbox?');

    await sender.holding();
    await app.mailings!.optOut(clients.Beta!.id);
    await sender.next();
    // Delta's message is in flight: the Cancel stops only Gamma's.
    await sender.holding();
    const card = await screen.findByTestId('mailing-card');
    await cancelMailing(user, 'en', card);
    await sender.next();
    await app.mailings!.resumeQueued();

    expect(await within(card).findByText('Cancelled')).toBeInTheDocument();
    await waitFor(() => expect(card).toHaveTextContent('2 of 4 sent · 1 not sent (cancelled)'));
    expect(within(card).getByText('1 skipped (opted out)')).toBeInTheDocument();
  });
});
