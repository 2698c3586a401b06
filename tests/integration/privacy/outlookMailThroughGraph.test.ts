/**
 * In Outlook, whole conversations, auto-log of sent mail and undo reach the mailbox through Graph
 * with the connected team's sign-in: panes wired by openApp against the Graph emulator, with a
 * token source that needs the user's consent for mail until they sign in.
 */
import 'fake-indexeddb/auto';
import { AuthError } from '../../../src/adapters/auth/AuthError';
import type { AccessTokenSource } from '../../../src/adapters/auth/AccessTokenSource';
import type { GraphEmulator } from '../../support/graph-emulator/GraphEmulator';
import type { NewMessage } from '../../support/graph-emulator/MailMessagesState';
import { me, olena, openedInOutlook, received } from './support/graphMailFixtures';
import { eventually, openTeamPane, SETTINGS, startEmulator, type TeamPane } from '../team/support/aTeamPane';

// Connect provisions the team's lists and runs a first sync against a real HTTP server.
jest.setTimeout(30_000);

const MAIL_READ = 'https://graph.microsoft.com/Mail.Read';
const MAIL_WRITE = 'https://graph.microsoft.com/Mail.ReadWrite';

/** The team's sign-in: the site scopes were granted at Connect; mail needs the user's consent, once. */
function consentingTokens() {
  const asked: { scopes: string[]; interactive: boolean }[] = [];
  const state = { mailConsented: false };
  const tokens: AccessTokenSource = {
    configured: true,
    async getToken(scopes, options) {
      const interactive = options?.interactive ?? true;
      asked.push({ scopes: [...scopes], interactive });
      const mail = scopes.some((s) => s.includes('/Mail.'));
      if (mail && !state.mailConsented) {
        if (!interactive) throw new AuthError('interaction-required', 'Consent for mail is needed');
        state.mailConsented = true;
      }
      return 'test-token';
    },
  };
  return { tokens, asked, state };
}


const sentTo = (id: string, to: { name: string; address: string }, at: string, extra: Partial<NewMessage> = {}): NewMessage => ({
  id,
  internetMessageId: `<${id}@clientbook.example>`,
  conversationId: `conv-${id}`,
  subject: `Follow-up ${id}`,
  from: me,
  to: [to],
  receivedDateTime: at,
  folder: 'sentitems',
  body: { contentType: 'text', content: `Maria writes (${id}).` },
  ...extra,
});

let emulator: GraphEmulator;
let pane: TeamPane | null = null;

beforeEach(async () => {
  emulator = await startEmulator();
});

afterEach(async () => {
  await pane?.team.disconnect();
  pane = null;
  await emulator.stop();
});

const categoriesOf = (id: string) => emulator.messages.messages.get(id)?.categories;

describe('whole conversations in Outlook', () => {
  it('shows what the pane knows until the team is connected and signed in, then the whole thread without reopening the pane', async () => {
    const { tokens, asked } = consentingTokens();
    pane = await openTeamPane(emulator, { tokens });
    const { app, host } = pane;
    const fabrikam = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [{ name: 'Olena Bondar', position: '', emails: ['olena.bondar@fabrikam.com'], phones: [] }] });
    const thread = [
      received('q1', '2026-11-20T09:00:00Z'),
      sentTo('q2', olena, '2026-11-20T11:00:00Z', { conversationId: 'conv-quote', subject: 'RE: Quote for 40 licences' }),
      received('q3', '2026-11-21T09:00:00Z'),
      sentTo('q4', olena, '2026-11-21T10:00:00Z', { conversationId: 'conv-quote', subject: 'RE: Quote for 40 licences' }),
      received('q5', '2026-11-22T09:00:00Z'),
    ];
    for (const m of thread) emulator.messages.add(m);
    const open = openedInOutlook(thread[4]!);
    host.selectItem(open);
    await app.logEmail(open, fabrikam.id);

    // A single-user pane in Outlook: only the open message is known, and the pane says why.
    expect(await app.logging.conversationStatus(open)).toMatchObject({ total: 1, logged: 1, rest: [], coverage: 'not-connected' });

    await pane.team.connect(SETTINGS);
    expect(await app.logging.conversationStatus(open)).toMatchObject({ total: 1, logged: 1, coverage: 'sign-in-needed' });
    expect(await app.logging.logRestOfConversation(open, fabrikam.id)).toEqual({ logged: 0, alreadyLogged: 0, neverLogged: 0, failed: 0 });

    await app.logging.signInForConversations();
    expect(asked).toContainEqual({ scopes: [MAIL_READ, MAIL_WRITE], interactive: true });
    expect(await app.logging.conversationStatus(open)).toMatchObject({ total: 5, logged: 1, coverage: 'whole' });

    expect(await app.logging.logRestOfConversation(open, fabrikam.id)).toEqual({ logged: 4, alreadyLogged: 0, neverLogged: 0, failed: 0 });
    expect(await app.logging.conversationStatus(open)).toMatchObject({ total: 5, logged: 5, rest: [] });
    // The other four were marked through Graph; the open one through Outlook itself.
    for (const id of ['q1', 'q2', 'q3', 'q4']) expect(categoriesOf(id)).toEqual(['Clientbook']);
    expect(categoriesOf('q5')).toEqual([]);
    expect(host.logged.has('q5')).toBe(true);
    // Reads asked for Mail.Read only, the category changes for Mail.ReadWrite, and never with a window.
    const background = asked.filter((a) => !a.interactive && a.scopes.some((s) => s.includes('/Mail.')));
    expect(new Set(background.map((a) => a.scopes.join(' ')))).toEqual(new Set([MAIL_READ, MAIL_WRITE]));
    const { history } = await app.queries.clientCard(fabrikam.id);
    const logged = history.filter((h) => h.email?.conversationId === 'conv-quote');
    expect(logged.map((h) => h.email?.direction).sort()).toEqual(['received', 'received', 'received', 'sent', 'sent']);
    // Bodies of the other messages were read through Graph.
    expect(logged.find((h) => h.email?.internetMessageId === '<q2@clientbook.example>')?.text).toBe('Maria writes (q2).');
  });
});

describe('auto-log of sent mail in Outlook', () => {
  it('logs new sent mail to known clients after a team sync, once, under the never-log rules, and undo takes the category off through Graph', async () => {
    const { tokens } = consentingTokens();
    pane = await openTeamPane(emulator, { tokens });
    const { app, team } = pane;
    await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [{ name: 'Olena Bondar', position: '', emails: ['olena.bondar@fabrikam.com'], phones: [] }] });
    await team.connect(SETTINGS);
    await app.logging.signInForConversations();
    const before = new Date(Date.now() - 3_600_000).toISOString();
    emulator.messages.add(sentTo('old', olena, before));
    await app.logging.saveMyPrefs({ neverLog: ['legal@fabrikam.com'], autoLog: true });
    const soon = new Date(Date.now() + 1000).toISOString();
    emulator.messages.add(sentTo('to-olena', olena, soon));
    emulator.messages.add(sentTo('to-legal', { name: 'Legal', address: 'legal@fabrikam.com' }, soon));
    emulator.messages.add(sentTo('to-stranger', { name: 'Someone', address: 'someone@unknown.example' }, soon));
    emulator.messages.add(received('inbox-only', soon, { conversationId: 'conv-inbox' }));

    // The next sync's end starts the background read of Sent Items.
    team.requestSync();
    await eventually(async () => (await app.logging.autoLoggedEntries()).length > 0 && categoriesOf('to-olena')?.length === 1);
    // A read asked for while the background one runs shares it: this waits for its end.
    await app.logging.autoLogSentMail();

    const auto = await app.logging.autoLoggedEntries();
    expect(auto).toEqual([expect.objectContaining({ subject: 'Follow-up to-olena', text: 'Maria writes (to-olena).', autoLogged: true, email: expect.objectContaining({ direction: 'sent' }) })]);
    expect(categoriesOf('to-olena')).toEqual(['Clientbook']);
    for (const id of ['old', 'to-legal', 'to-stranger', 'inbox-only']) expect(categoriesOf(id)).toEqual([]);
    // The next read continues from the delta link: nothing new, nothing logged twice.
    expect(await app.logging.autoLogSentMail()).toEqual({ logged: 0, failed: 0, retrying: 0 });
    expect((await app.logging.autoLoggedEntries()).length).toBe(1);

    expect(await app.logging.undoAutoLog(auto[0]!.id)).toEqual({ categoryRemoved: true });
    expect(categoriesOf('to-olena')).toEqual([]);
    expect(await app.logging.autoLoggedEntries()).toEqual([]);
  });

  it('reads nothing while auto-log is off, and says sign-in is needed when the mail consent is missing', async () => {
    const { tokens, asked } = consentingTokens();
    pane = await openTeamPane(emulator, { tokens });
    const { app, team } = pane;
    await team.connect(SETTINGS);
    expect(await app.logging.autoLogSentMail()).toEqual({ logged: 0, failed: 0, retrying: 0 });
    expect(emulator.messages.deltaCalls).toBe(0);

    await app.logging.saveMyPrefs({ neverLog: [], autoLog: true });
    expect(await app.logging.autoLogSentMail()).toEqual({ logged: 0, failed: 0, retrying: 0, unavailable: 'sign-in-needed' });
    expect(asked.filter((a) => a.interactive && a.scopes.some((s) => s.includes('/Mail.')))).toEqual([]);
  });
});
