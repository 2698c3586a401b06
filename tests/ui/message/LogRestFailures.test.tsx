/** @jest-environment ./tests/support/jsdomWithFetchEnvironment.js */
/**
 * "Log the rest" of a conversation read through Graph, when Microsoft 365 fails: the conversation
 * line says what happened and what to do in the pane's language, never Graph's English, and the
 * button stays for the retry. Panes wired by openApp against the Graph emulator.
 */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { ConversationLogSection } from '../../../src/taskpane/modules/message/components/ConversationLogSection';
import type { GraphEmulator } from '../../support/graph-emulator/GraphEmulator';
import { openedInOutlook, olena, received } from '../../integration/privacy/support/graphMailFixtures';
import { eventually, SETTINGS } from '../../integration/team/support/aTeamPane';
import { emulatedPanes } from './support/emulatedPanes';

jest.setTimeout(30_000);

const panes = emulatedPanes();
let emulator: GraphEmulator;

/** A connected, signed-in pane of Maria's with Fabrikam, the third message of a three-message thread open. */
async function openThread(language: 'en-GB' | 'uk-UA') {
  const opened = await panes.open(language);
  emulator = opened.emulator;
  const { pane } = opened;
  const { app, team } = pane;
  const fabrikam = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [{ name: 'Olena Bondar', position: '', emails: [olena.address], phones: [] }] });
  await team.connect(SETTINGS);
  await app.logging.signInForConversations();
  const thread = [received('q1', '2026-11-20T09:00:00Z'), received('q2', '2026-11-21T09:00:00Z'), received('q3', '2026-11-22T09:00:00Z')];
  for (const m of thread) emulator.messages.add(m);
  const open = openedInOutlook(thread[2]!);
  // The sync Connect started is over: the failure injected next meets the click, not a sync.
  await eventually(async () => team.status().phase === 'in-sync' && (await app.queries.pendingOutboxCount()) === 0);
  const { user } = await panes.render(pane, <ConversationLogSection item={open} clientId={fabrikam.id} />);
  const line = await screen.findByTestId('conversation-log');
  await within(line).findByText(language === 'uk-UA' ? 'Записано 0 з 3' : '0 of 3 logged');
  return { line, user, app, fabrikam };
}

describe('Log the rest when Microsoft 365 fails', () => {
  it('says Microsoft 365 is getting too many requests and to wait, and Log the rest then logs the rest', async () => {
    const { line, user } = await openThread('en-GB');
    panes.failNextMailCall({ status: 429, retryAfterSeconds: 1 });

    await user.click(within(line).getByRole('button', { name: 'Log the rest' }));

    const alert = await within(line).findByText(/^The rest of the conversation could not be logged/);
    expect(alert).toHaveTextContent(/^The rest of the conversation could not be logged: Microsoft 365 is getting too many requests\. Wait a minute, then choose Log the rest again\.$/);
    // A known reason says what to do: no code, and none of Graph's own words.
    expect(line).not.toHaveTextContent(/Injected failure|429|GET |administrator/);

    await user.click(within(line).getByRole('button', { name: 'Log the rest' }));
    expect(await within(line).findByText('Logged 3; already logged 0; never logged by a rule 0; could not be read 0.')).toBeInTheDocument();
    expect(within(line).queryByText(/could not be logged/)).not.toBeInTheDocument();
  });

  it('says in Ukrainian that there is no connection to Microsoft 365, with no English from the library in it', async () => {
    const { line, user } = await openThread('uk-UA');
    emulator.offline = true;

    await user.click(within(line).getByRole('button', { name: 'Записати решту' }));

    const alert = await within(line).findByText(/^Не вдалося записати решту листування/);
    expect(alert).toHaveTextContent('Не вдалося записати решту листування: немає з’єднання з Microsoft 365. Перевірте мережу і знову натисніть «Записати решту».');
    expect(alert.textContent?.replace('Microsoft 365', '')).not.toMatch(/[A-Za-z]/);
    expect(within(line).getByRole('button', { name: 'Записати решту' })).toBeEnabled();
  });

  it('says so in words when Microsoft 365 refuses access to the mailbox, without a code', async () => {
    const { line, user } = await openThread('en-GB');
    panes.failNextMailCall({ status: 403 });

    await user.click(within(line).getByRole('button', { name: 'Log the rest' }));

    expect(await within(line).findByText(/^The rest of the conversation could not be logged/)).toHaveTextContent(
      /^The rest of the conversation could not be logged: Microsoft 365 did not let Clientbook read your mail\. Ask your Microsoft 365 administrator to allow it\.$/,
    );
  });

  it('gives an unknown failure as what to do, and its code for the administrator on a line of its own', async () => {
    const { line, user } = await openThread('uk-UA');
    panes.failNextMailCall({ status: 400 });

    await user.click(within(line).getByRole('button', { name: 'Записати решту' }));

    const alert = await within(line).findByText(/^Не вдалося записати решту листування/);
    expect(alert).toHaveTextContent(/^Не вдалося записати решту листування\. Знову натисніть «Записати решту»; якщо знову не вийде, зверніться до адміністратора\./);
    expect(within(alert).getByText('Код помилки для адміністратора: HTTP 400 generalException')).toBeInTheDocument();
    expect(alert).not.toHaveTextContent('Injected failure');
  });
});
