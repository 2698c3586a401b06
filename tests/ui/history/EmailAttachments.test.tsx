/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { base64FromBytes } from '../../../src/domain/base64';
import { DocumentUnavailableError } from '../../../src/domain/documentPorts';
import { HistoryPanel } from '../../../src/taskpane/modules/history/components/HistoryPanel';
import { LoggingRulesSection } from '../../../src/taskpane/modules/settings/components/LoggingRulesSection';
import { useApp } from '../../../src/taskpane/ui/AppContext';
import { useLive } from '../../../src/taskpane/ui/useLive';
import { aReadItem } from '../../support/builders/aReadItem';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(20_000);

const PNG = base64FromBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9, 9]));

/** A client's history as the card shows it; the client is made by the seed, so its id is read at render. */
function ClientHistory({ client }: { client: { id: string } }) {
  const app = useApp();
  const { data } = useLive(() => app.queries.clientCard(client.id), [client.id]);
  return data ? <HistoryPanel clientId={client.id} history={data.history} contacts={data.contacts} plans={data.plans} /> : null;
}

/** Logs a message with an inline logo, a PDF and a scan over the 1 MB cap, attachments saved. */
async function logWithAttachments(app: App, host: FakeMailHost): Promise<{ clientId: string }> {
  const client = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] });
  const item = aReadItem({
    attachments: [
      { name: 'logo.png', size: 6, contentType: 'image/png', isInline: true },
      { name: 'offer.pdf', size: 5, contentType: 'application/pdf', isInline: false },
      { name: 'scan.tif', size: 3 * 1024 * 1024, contentType: 'image/tiff', isInline: false },
    ],
  });
  host.setBody(item.itemId, { kind: 'html', content: '<p>Hello Maria,</p><img src="cid:logo.png@01DC"><p>Offer attached.</p>' });
  host.setAttachmentContent(item.itemId, 'logo.png', PNG);
  host.setAttachmentContent(item.itemId, 'offer.pdf', btoa('%PDF-'));
  await app.logging.saveTeamPolicy({ internalDomains: [], neverLog: [], storedPart: 'body', attachmentCapMb: 1 });
  await app.logging.saveMyPrefs({ neverLog: [], autoLog: false, saveAttachments: true });
  const result = await app.logEmail(item, client.id);
  if (result.status !== 'logged') throw new Error(result.status);
  return { clientId: client.id };
}

/** Opens the logged email's saved PDF, in a pane in `displayLanguage`, with the library failing with `error`; the saved files' list. */
async function openFailing(displayLanguage: string, error: unknown) {
  const host = new FakeMailHost({ displayLanguage });
  const client = { id: '' };
  const uk = displayLanguage.startsWith('uk');
  const { user, app } = await renderPane(<ClientHistory client={client} />, {
    host,
    seed: async (a) => {
      client.id = (await logWithAttachments(a, host)).clientId;
    },
  });
  app.mailings!.documentContent = async () => {
    throw error;
  };
  const saved = await screen.findByRole('list', { name: uk ? 'Збережені вкладення' : 'Saved attachments' });
  await user.click(within(saved).getByRole('button', { name: `${uk ? 'Відкрити' : 'Open'} 2026-03-10 offer.pdf` }));
  return saved;
}

describe('Attachments saved with a logged email', () => {
  it('show on the history entry: the inline image in place (not listed again), the saved files, and what was not saved and why', async () => {
    const host = new FakeMailHost();
    const client = { id: '' };
    const { user } = await renderPane(<ClientHistory client={client} />, {
      host,
      seed: async (app) => {
        client.id = (await logWithAttachments(app, host)).clientId;
      },
    });
    const image = await screen.findByRole('img', { name: '2026-03-10 logo.png' });
    expect(image.getAttribute('src')).toBe(`data:image/png;base64,${PNG}`);
    // Where the image was in the email: between the greeting and the next paragraph.
    const [before, , after] = Array.from(image.closest('p')!.childNodes);
    expect([before?.textContent?.trim(), after?.textContent?.trim()]).toEqual(['Hello Maria,', 'Offer attached.']);
    const saved = screen.getByRole('list', { name: 'Saved attachments' });
    // The logo is shown where it was, not listed again as one of the email's files.
    expect(within(saved).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['2026-03-10 offer.pdf']);
    await user.click(within(saved).getByRole('button', { name: 'Open 2026-03-10 offer.pdf' }));
    expect(await within(saved).findByRole('link', { name: '2026-03-10 offer.pdf' })).toHaveAttribute('href', `data:application/pdf;base64,${btoa('%PDF-')}`);
    expect(within(screen.getByRole('list', { name: 'Not saved' })).getByText('scan.tif — larger than the team’s limit')).toBeInTheDocument();
  });

  it('say in the user’s language why a saved file cannot be opened', async () => {
    const saved = await openFailing('uk-UA', new DocumentUnavailableError('offline', '"offer.pdf" could not be opened: the team library cannot be reached.'));
    expect(await within(saved).findByText('Недоступно: немає зв’язку з бібліотекою команди, а копії на цьому комп’ютері немає.')).toBeInTheDocument();
    expect(within(saved).queryByText(/could not be opened/)).not.toBeInTheDocument();
  });

  it('give an unknown refusal’s code for the administrator on a line of its own, never the library’s English', async () => {
    const saved = await openFailing('en-GB', new DocumentUnavailableError('failed', 'GET /drives/…/items/…: 409 Conflict (the library’s English)', { code: 'HTTP 409 nameAlreadyExists' }));
    const alert = await within(saved).findByRole('alert');
    expect(alert.firstChild?.textContent).toBe('Could not open it. Try again later; if it keeps failing, tell your administrator.');
    expect(within(alert).getByText('Error code for your administrator: HTTP 409 nameAlreadyExists')).toBeInTheDocument();
    expect(saved).not.toHaveTextContent(/English|Conflict/);
  });

  it('say an unknown failure in Ukrainian, with only its code for the administrator', async () => {
    const saved = await openFailing('uk-UA', new TypeError('Failed to fetch'));
    const alert = await within(saved).findByRole('alert');
    expect(alert.firstChild?.textContent).toBe('Не вдалося відкрити. Спробуйте пізніше; якщо не вийде й тоді, зверніться до адміністратора.');
    expect(within(alert).getByText('Код помилки для адміністратора: TypeError')).toBeInTheDocument();
    expect(saved).not.toHaveTextContent('Failed to fetch');
  });

  it('are turned on by the manager and capped by the head of sales in the logging settings', async () => {
    const { user, app } = await renderPane(<LoggingRulesSection />);
    const cap = await screen.findByRole('spinbutton', { name: /Largest attachment saved with a logged email/ });
    await user.clear(cap);
    await user.type(cap, '25');
    await user.click(screen.getByRole('button', { name: 'Save team rules' }));
    await user.click(screen.getByRole('switch', { name: 'Save attachments with logged emails' }));
    await user.click(screen.getByRole('button', { name: 'Save my rules' }));
    await waitFor(async () => expect((await app.logging.rules()).mine.saveAttachments).toBe(true));
    expect((await app.logging.rules()).team.attachmentCapMb).toBe(25);
  });

  it('refuse a cap the pane cannot hold', async () => {
    const { user } = await renderPane(<LoggingRulesSection />);
    const cap = await screen.findByRole('spinbutton', { name: /Largest attachment saved with a logged email/ });
    await user.clear(cap);
    await user.type(cap, '900');
    await user.click(screen.getByRole('button', { name: 'Save team rules' }));
    expect(await screen.findByText('Enter a number of MB from 0 to 150.')).toBeInTheDocument();
  });
});
