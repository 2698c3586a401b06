/** @jest-environment ./tests/support/jsdomWithFetchEnvironment.js */
/**
 * Auto-log in Outlook when Microsoft 365 or the device fails: the Sent Items read and Undo say what
 * happened and what to do in the pane's language, never Graph's or the browser's English, and an
 * undo that did not happen can be asked again. Panes wired by openApp against the Graph emulator.
 */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { AutoLogNotice } from '../../../src/taskpane/modules/message/components/AutoLogNotice';
import type { GraphEmulator } from '../../support/graph-emulator/GraphEmulator';
import { openedInOutlook, olena, received } from '../../integration/privacy/support/graphMailFixtures';
import { eventually, SETTINGS, type TeamPane } from '../../integration/team/support/aTeamPane';
import { emulatedPanes } from './support/emulatedPanes';

jest.setTimeout(30_000);

const panes = emulatedPanes();
let emulator: GraphEmulator;
let pane: TeamPane;

/** A connected, signed-in pane of Maria's with Fabrikam and auto-log on, Sent Items read once already. */
async function autoLogPane(language: 'en-GB' | 'uk-UA') {
  ({ emulator, pane } = await panes.open(language));
  const { app, host, team } = pane;
  const fabrikam = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [{ name: 'Olena Bondar', position: '', emails: [olena.address], phones: [] }] });
  await app.logging.saveMyPrefs({ neverLog: [], autoLog: true });
  await team.connect(SETTINGS);
  await app.logging.signInForConversations();
  // The first round of Sent Items' delta; the one the pane starts on opening a message continues it.
  await app.logging.autoLogSentMail();
  await eventually(async () => team.status().phase === 'in-sync' && (await app.queries.pendingOutboxCount()) === 0);
  return { app, host, team, fabrikam };
}

/** A message from someone who is no client: opening it logs nothing, only Sent Items are read. */
const fromStranger = openedInOutlook(received('stranger', '2026-11-22T09:00:00Z', { from: { name: 'Someone', address: 'someone@unknown.example' }, conversationId: 'conv-stranger' }));
const fromOlena = openedInOutlook(received('q1', '2026-11-22T09:00:00Z'));

describe('auto-log of sent mail when Microsoft 365 fails', () => {
  it('says Microsoft 365 is not answering and that Clientbook tries again by itself, without Graph’s words', async () => {
    await autoLogPane('en-GB');
    panes.failNextMailCall({ status: 503, retryAfterSeconds: 1 });

    await panes.render(pane, <AutoLogNotice item={fromStranger} clients={[]} />);

    const notice = await screen.findByText(/^Sent Items could not be read/);
    expect(notice).toHaveTextContent(/^Sent Items could not be read for auto-log: Microsoft 365 is not answering right now\. Clientbook tries again after the next sync\.$/);
    expect(notice).not.toHaveTextContent(/Injected failure|503|delta/);
  });

  it('says in Ukrainian that there is no connection to Microsoft 365, with no English from the library in it', async () => {
    await autoLogPane('uk-UA');
    emulator.offline = true;

    await panes.render(pane, <AutoLogNotice item={fromStranger} clients={[]} />);

    const notice = await screen.findByText(/^Не вдалося прочитати «Надіслані»/);
    expect(notice).toHaveTextContent('Не вдалося прочитати «Надіслані» для автоматичного запису: немає з’єднання з Microsoft 365. Clientbook спробує ще раз, щойно з’єднання відновиться.');
    expect(notice.textContent?.replace(/Microsoft 365|Clientbook/g, '')).not.toMatch(/[A-Za-z]/);
  });

  it('gives an unknown failure with its code for the administrator on a line of its own', async () => {
    await autoLogPane('en-GB');
    panes.failNextMailCall({ status: 400 });

    await panes.render(pane, <AutoLogNotice item={fromStranger} clients={[]} />);

    const notice = await screen.findByText(/^Sent Items could not be read/);
    expect(notice).toHaveTextContent(/^Sent Items could not be read for auto-log\. Clientbook tries again after the next sync; if this stays, tell your administrator\./);
    expect(within(notice).getByText('Error code for your administrator: HTTP 400 generalException')).toBeInTheDocument();
  });
});

describe('undo of an automatic log when it cannot finish', () => {
  it('undoes the entry and says in Ukrainian why the category stayed and what to do, when Microsoft 365 does not answer', async () => {
    const { app, host, fabrikam } = await autoLogPane('uk-UA');
    // An Outlook without the categories API: the category comes off through Graph.
    Object.assign(host, { unmarkLogged: undefined });
    const { user } = await panes.render(pane, <AutoLogNotice item={fromOlena} clients={[fabrikam]} />);
    const logged = await screen.findByTestId('auto-logged');
    // Sent Items were read: the failure meets the undo.
    await app.logging.autoLogSentMail();
    panes.failNextMailCall({ status: 503, retryAfterSeconds: 1 });

    await user.click(within(logged).getByRole('button', { name: 'Скасувати' }));

    const kept = await screen.findByTestId('undo-category-kept');
    expect(kept).toHaveTextContent('Автоматичний запис скасовано. Microsoft 365 зараз не відповідає, тож категорія «Clientbook» лишилася на листі: зніміть її в Outlook.');
    expect(kept.textContent?.replace(/Microsoft 365|Clientbook|Outlook/g, '')).not.toMatch(/[A-Za-z]/);
    expect(await app.logging.autoLoggedEntries()).toEqual([]);
  });

  it('says in words when the device refuses the undo, keeps the entry, and Undo asked again undoes it', async () => {
    const { app, fabrikam } = await autoLogPane('en-GB');
    const { user } = await panes.render(pane, <AutoLogNotice item={fromOlena} clients={[fabrikam]} />);
    const logged = await screen.findByTestId('auto-logged');
    const remove = IDBObjectStore.prototype.delete;
    IDBObjectStore.prototype.delete = () => {
      throw new DOMException('Transaction aborted', 'UnknownError');
    };
    const restore = panes.afterwards(() => (IDBObjectStore.prototype.delete = remove));

    await user.click(within(logged).getByRole('button', { name: 'Undo' }));

    const alert = await screen.findByText(/^The automatic log could not be undone/);
    expect(alert).toHaveTextContent(/^The automatic log could not be undone\. Clientbook could not read or write its data on this device; if it happens again, tell your administrator\./);
    expect(within(alert).getByText('Error code for your administrator: UnknownError')).toBeInTheDocument();
    expect(alert).not.toHaveTextContent('Transaction aborted');
    expect(await app.logging.autoLoggedEntries()).toHaveLength(1);

    restore();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('The automatic log was undone.')).toBeInTheDocument();
    expect(await app.logging.autoLoggedEntries()).toEqual([]);
  });
});

describe('auto-log of the opened message when the device refuses it', () => {
  it('says in Ukrainian that the message was not logged automatically and why, not that an undo failed', async () => {
    const { fabrikam } = await autoLogPane('uk-UA');
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((args[0] as { email?: unknown }).email) throw new DOMException('The disk is full.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    panes.afterwards(() => (IDBObjectStore.prototype.put = put));

    await panes.render(pane, <AutoLogNotice item={fromOlena} clients={[fabrikam]} />);

    const said = await screen.findByText(/^Цей лист не записано автоматично/);
    expect(said).toHaveTextContent('Цей лист не записано автоматично. Натисніть «Записати в історію», щоб записати його. На пристрої закінчилося місце: спершу звільніть місце.');
    expect(said.textContent).not.toMatch(/[A-Za-z]/);
  });
});

