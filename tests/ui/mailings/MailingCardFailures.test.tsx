/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { GraphHttpError } from '../../../src/adapters/graph/GraphHttpError';
import type { App } from '../../../src/app/createApp';
import { DocumentUnavailableError } from '../../../src/domain/documentPorts';
import { MailSendError } from '../../../src/domain/MailSendError';
import type { MailSender, OutgoingMessage, Scheduler } from '../../../src/domain/mailingPorts';
import { MailingsScreen } from '../../../src/taskpane/modules/mailings/components/MailingsScreen';
import { FakeDocumentLibrary } from '../../support/fakeDocumentLibrary';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import '../../support/templateEditorInJsdom';

const instant: Scheduler = { sleep: async () => undefined };

/** A Graph failure as the mail sender keeps it for its cause: the status and Graph's code. */
const graphAnswer = (status: number, code = '') => new GraphHttpError(status, code, `POST /me/sendMail: ${status}`);

class SenderFailingWith implements MailSender {
  constructor(private readonly error: () => Error) {}
  async send(_message: OutgoingMessage): Promise<void> {
    throw this.error();
  }
}

/** The team library, throttling every download. */
class ThrottledLibrary extends FakeDocumentLibrary {
  override async content(): Promise<string> {
    throw new DocumentUnavailableError('throttled', 'GET /drives/…: 429 Too Many Requests');
  }
}

async function seed(app: App) {
  await app.createClient({
    client: { name: 'Alpha', region: 'kyiv', mailingConsent: 'granted', domains: ['alpha.com'] },
    contacts: [{ name: 'Alpha Contact', position: '', emails: ['info@alpha.com'], phones: [] }],
  });
}

/** Starts a mailing of "Autumn offer" (attaching `documentId` when given) to everyone, runs it, and opens its card. */
async function mailedWith(sender: MailSender, options: { library?: FakeDocumentLibrary; displayLanguage?: string } = {}) {
  const library = options.library ?? new FakeDocumentLibrary();
  const { user, app } = await renderPane(<MailingsScreen />, { host: new FakeMailHost({ displayLanguage: options.displayLanguage ?? 'en-GB' }), mailing: { sender, scheduler: instant, documents: library }, seed });
  const document = options.library ? await library.upload({ name: 'Price list.txt', contentType: 'text/plain', bytes: new TextEncoder().encode('prices') }) : null;
  const attachments = document ? [{ documentId: document.id, name: document.name, contentType: document.contentType, size: document.size }] : [];
  const template = await app.mailings!.saveTemplate({ name: 'Autumn offer', subject: 'Offer', bodyHtml: '<p>Hi</p>', attachments });
  await app.mailings!.start({ templateId: template.id, name: '', audience: { regions: [], industries: [], statuses: [] } });
  await app.mailings!.resumeQueued();
  await user.click(await screen.findByRole('tab', { name: options.displayLanguage === 'uk-UA' ? 'Масова розсилка' : 'Bulk mailing' }));
  return { user, card: await screen.findByTestId('mailing-card') };
}

describe('MailingCard: why a message failed or the mailing paused, in words', () => {
  it('a document the team library would not give: which, and what to do', async () => {
    const { user, card } = await mailedWith(new SenderFailingWith(() => new Error('not reached')), { library: new ThrottledLibrary() });
    await user.click(await within(card).findByText('Failed messages'));
    expect(within(card).getByRole('listitem')).toHaveTextContent(
      /^Alpha Contact <info@alpha\.com>: “Price list\.txt” could not be attached\. The team library asked to slow down: wait a minute, then try again\.$/,
    );
  });

  it('a message the mailbox refused, in Ukrainian, with Graph’s code for the administrator', async () => {
    const sender = new SenderFailingWith(() => new MailSendError('rejected', 'Recipient address rejected: Access denied', 0, { cause: graphAnswer(400, 'ErrorInvalidRecipients') }));
    const { user, card } = await mailedWith(sender, { displayLanguage: 'uk-UA' });
    await user.click(await within(card).findByText('Невдалі листи'));
    const item = within(card).getByRole('listitem');
    expect(item).toHaveTextContent(/^Alpha Contact <info@alpha\.com>: Скринька не прийняла цей лист: можливо, адреса неправильна або лист завеликий\./);
    // The code on a line of its own.
    expect(within(item).getByText('Код помилки для адміністратора: HTTP 400 ErrorInvalidRecipients').tagName).toBe('SPAN');
    expect(card).not.toHaveTextContent('Recipient address rejected');
  });

  it('a mailing the mailbox could not send at all pauses, saying why and what to do', async () => {
    const { card } = await mailedWith(new SenderFailingWith(() => new MailSendError('unavailable', 'POST https://graph.microsoft.com/v1.0/me/sendMail got no answer', 0, { cause: graphAnswer(0) })));
    await waitFor(() => expect(card).toHaveTextContent('Paused: no network. Choose Resume when the pane is back online.'));
    expect(card).not.toHaveTextContent('got no answer');
  });

  it('in Ukrainian, a mailbox that does not let the app send', async () => {
    const { card } = await mailedWith(new SenderFailingWith(() => new MailSendError('unavailable', 'Access is denied.', 0, { cause: graphAnswer(403, 'ErrorAccessDenied') })), { displayLanguage: 'uk-UA' });
    await waitFor(() =>
      expect(card).toHaveTextContent('Призупинено: ваша скринька не дозволяє Clientbook надсилати листи. Попросіть адміністратора дозволити надсилання, потім натисніть «Продовжити».'),
    );
    expect(card).not.toHaveTextContent('Access is denied');
  });
});
