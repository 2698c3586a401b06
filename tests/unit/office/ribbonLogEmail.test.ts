/**
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import { openApp } from '../../../src/app/openApp';
import { LOG_EMAIL_ACTION, startCommands } from '../../../src/app/startCommands';
import { FakeMailHost } from '../../support/fakeMailHost';
import { anOutlook } from './anOutlook';

type CommandEvent = { completed: () => void };

/** Outlook loading commands.html: office.js is there, and the test can press the ribbon button. */
function outlookWithCommands(options: Parameters<typeof anOutlook>[0] = {}) {
  const outlook = anOutlook(options);
  const actions = new Map<string, (event: CommandEvent) => void>();
  Object.assign(outlook.office, {
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'PC' }),
    actions: { associate: (name: string, action: (event: CommandEvent) => void) => actions.set(name, action) },
  });
  Object.assign(globalThis, { Office: outlook.office });
  startCommands();
  const press = (name: string) =>
    new Promise<void>((resolve) => {
      const action = actions.get(name);
      if (!action) throw new Error(`commands.ts registered no action "${name}"`);
      action({ completed: resolve });
    });
  return { ...outlook, press };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('the "Log email" ribbon button in Outlook', () => {
  it('logs the open message to its client, categorises it and says so, without the pane', async () => {
    // The client was created earlier in the pane; the ribbon shares its IndexedDB.
    const pane = await openApp(new FakeMailHost());
    const client = await pane.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [] });
    const outlook = outlookWithCommands({ masterCategories: [] });
    outlook.open({
      itemId: 'AAMk-ribbon',
      internetMessageId: '<ribbon@fabrikam.com>',
      subject: 'Order for May',
      from: { displayName: 'Taras Melnyk', emailAddress: 'taras@fabrikam.com' },
      to: [{ displayName: 'Anna Koval', emailAddress: 'anna@clientbook.example' }],
      html: '<p>Please confirm the <b>order</b>.</p>',
    });

    await outlook.press(LOG_EMAIL_ACTION);

    expect(outlook.state.notifications.map((n) => n.message)).toEqual(['Logged to Fabrikam.']);
    expect(outlook.state.itemCategories.get('AAMk-ribbon')).toEqual(['Clientbook']);
    const { history } = await pane.queries.clientCard(client.id);
    expect(history).toMatchObject([{ type: 'email', subject: 'Order for May', text: expect.stringContaining('Please confirm the order.') }]);

    await outlook.press(LOG_EMAIL_ACTION);

    expect(outlook.state.notifications.map((n) => n.message)).toEqual(['Already logged to Fabrikam.']);
    expect((await pane.queries.clientCard(client.id)).history).toHaveLength(1);
  });

  it('in Ukrainian Outlook, advises opening the pane for an unknown sender and marks nothing', async () => {
    const outlook = outlookWithCommands({ displayLanguage: 'uk-UA' });
    outlook.open({ itemId: 'AAMk-stranger', internetMessageId: '<stranger@ukr.net>', from: { displayName: 'Петро', emailAddress: 'petro@ukr.net' } });

    await outlook.press(LOG_EMAIL_ACTION);

    expect(outlook.state.notifications.map((n) => n.message)).toEqual(['Жоден клієнт не відповідає цьому листу. Відкрийте панель Clientbook, щоб створити клієнта.']);
    expect(outlook.state.itemCategories.get('AAMk-stranger')).toBeUndefined();
  });
});
