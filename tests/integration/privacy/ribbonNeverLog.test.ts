import 'fake-indexeddb/auto';
import { logFromRibbon } from '../../../src/app/logFromRibbon';
import { openApp } from '../../../src/app/openApp';
import type { ReadItem } from '../../../src/domain/ports';
import { FakeMailHost } from '../../support/fakeMailHost';

const item: ReadItem = {
  mode: 'read',
  itemId: 'item-1',
  internetMessageId: '<ribbon-never@fabrikam.com>',
  conversationId: 'conv-1',
  subject: 'Private',
  from: { name: 'Taras Melnyk', email: 'taras.melnyk@fabrikam.com' },
  sender: null,
  to: [{ name: 'Maria Koval', email: 'me@clientbook.example' }],
  cc: [],
  date: '2026-11-26T08:30:00.000Z',
  attachments: [],
};

describe('the ribbon’s Log email under a never-log rule', () => {
  it.each([
    ['en-US', 'This message is never logged: a never-log rule covers it. Open the Clientbook pane to see which.'],
    ['uk-UA', 'Цей лист ніколи не записується: на нього діє правило «Не записувати». Відкрийте панель Clientbook, щоб побачити яке.'],
  ])('stores nothing, marks nothing and says why on the message (%s)', async (displayLanguage, sentence) => {
    const host = new FakeMailHost({ item, displayLanguage });
    const app = await openApp(host, { dbName: `ribbon-never-${displayLanguage}` });
    await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [] });
    await app.logging.saveMyPrefs({ neverLog: ['fabrikam.com'], autoLog: false });
    expect(await logFromRibbon(app)).toEqual({ kind: 'never-log' });
    expect(host.logged.size).toBe(0);
    expect(host.notifications).toEqual([{ itemId: 'item-1', message: sentence }]);
    expect((await app.recognizeMessage(item)).logged).toBe(false);
  });
});
