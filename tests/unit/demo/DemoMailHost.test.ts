import { DemoMailbox, LOGGED_CATEGORY, type CategoryStorage } from '../../../src/adapters/office/demo/DemoMailbox';
import { DemoMailHost, DemoMessageMissingError } from '../../../src/adapters/office/demo/DemoMailHost';
import { demoMessages } from '../../../src/adapters/office/demo/demoMessages';
import type { MailItem, ReadItem } from '../../../src/domain/ports';

const now = new Date('2026-11-27T10:00:00Z');

function aDemoHost(options: { categoryStorage?: CategoryStorage } = {}) {
  const mailbox = new DemoMailbox({ messages: demoMessages(now), ...options });
  return { mailbox, host: new DemoMailHost(mailbox) };
}

function memoryStorage(): CategoryStorage {
  const values = new Map<string, string>();
  return { getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v) };
}

describe('DemoMailHost', () => {
  it('has no current item while nothing is selected, like a pinned pane in Outlook', () => {
    const { host } = aDemoHost();
    expect(host.kind).toBe('demo');
    expect(host.currentItem()).toBeNull();
  });

  it('fires ItemChanged with the selected message as a read item', () => {
    const { host, mailbox } = aDemoHost();
    const seen: (MailItem | null)[] = [];
    host.onItemChanged((item) => seen.push(item));
    mailbox.select('demo-unknown-litware');
    expect(seen).toEqual([
      expect.objectContaining({
        mode: 'read',
        itemId: 'demo-unknown-litware',
        subject: 'Request for proposal: 40 workstations',
        from: { name: 'Mark Davies', email: 'mark.davies@litware.com' },
        to: [{ name: 'Maria Koval', email: 'maria.koval@clientbook.example' }],
      }),
    ]);
    expect(host.currentItem()).toEqual(seen[0]);
  });

  it('fires ItemChanged with null when the selection is cleared, and not for the same message twice', () => {
    const { host, mailbox } = aDemoHost();
    const seen: (MailItem | null)[] = [];
    host.onItemChanged((item) => seen.push(item));
    mailbox.select('demo-free-gmail');
    mailbox.select('demo-free-gmail');
    mailbox.select(null);
    expect(seen.map((i) => i?.itemId ?? null)).toEqual(['demo-free-gmail', null]);
  });

  it('stops telling a listener once it unsubscribed or the pane disconnected', () => {
    const { host, mailbox } = aDemoHost();
    const first = jest.fn();
    const second = jest.fn();
    const off = host.onItemChanged(first);
    host.onItemChanged(second);
    off();
    mailbox.select('demo-free-gmail');
    host.disconnect();
    mailbox.select('demo-free-outlook');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('gives the body of the message as it was sent', async () => {
    const { host, mailbox } = aDemoHost();
    mailbox.select('demo-unknown-volyn');
    const body = await host.getBody(host.currentItem() as ReadItem);
    expect(body.kind).toBe('html');
    expect(body.content).toContain('www.volyn-bud.com.ua');
  });

  it('marks a message logged with the Clientbook category, which the mailbox list shows', async () => {
    const { host, mailbox } = aDemoHost();
    mailbox.select('demo-attachments');
    const item = host.currentItem() as ReadItem;
    expect(await host.isMarkedLogged(item)).toBe(false);
    const changed = jest.fn();
    mailbox.on('messages', changed);
    await host.markLogged(item);
    await host.markLogged(item);
    expect(await host.isMarkedLogged(item)).toBe(true);
    expect(mailbox.message('demo-attachments')?.categories).toEqual([LOGGED_CATEGORY]);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('keeps categories over a reload of the demo page', async () => {
    const categoryStorage = memoryStorage();
    const before = aDemoHost({ categoryStorage });
    before.mailbox.select('demo-free-ukrnet');
    await before.host.markLogged(before.host.currentItem() as ReadItem);
    const after = aDemoHost({ categoryStorage });
    expect(after.mailbox.isLogged('demo-free-ukrnet')).toBe(true);
    expect(after.mailbox.isLogged('demo-free-gmail')).toBe(false);
  });

  it('shows the last notification on the message', async () => {
    const { host, mailbox } = aDemoHost();
    mailbox.select('demo-fabrikam-demo');
    const item = host.currentItem() as ReadItem;
    await host.notify(item, 'Logged to Fabrikam Logistics');
    await host.notify(item, 'Already logged');
    expect(mailbox.message('demo-fabrikam-demo')?.notification).toBe('Already logged');
  });

  it('rejects with a typed error for a message that is no longer in the mailbox', async () => {
    const { host, mailbox } = aDemoHost();
    mailbox.select('demo-free-gmail');
    const item = { ...(host.currentItem() as ReadItem), itemId: 'gone' };
    await expect(host.getBody(item)).rejects.toThrow(DemoMessageMissingError);
    await expect(host.markLogged(item)).rejects.toThrow(DemoMessageMissingError);
  });

  it('reports the display language and theme the demo page sets, and tells the page to reload the pane', () => {
    const { host, mailbox } = aDemoHost();
    expect(host.displayLanguage()).toBe('en-US');
    expect(host.theme()).toBe('light');
    const settings = jest.fn();
    mailbox.on('settings', settings);
    mailbox.setLanguage('uk-UA');
    mailbox.setTheme('dark');
    mailbox.setTheme('dark');
    expect(host.displayLanguage()).toBe('uk-UA');
    expect(host.theme()).toBe('dark');
    expect(settings).toHaveBeenCalledTimes(2);
  });

  it('tells the open pane when the page switches the theme, as Outlook\'s OfficeThemeChanged, until it unsubscribes', async () => {
    const { host, mailbox } = aDemoHost();
    const seen: string[] = [];
    const unsubscribe = await host.onThemeChanged((theme) => seen.push(theme));

    mailbox.setTheme('dark');
    mailbox.setLanguage('uk-UA');
    mailbox.setTheme('light');
    unsubscribe();
    mailbox.setTheme('dark');

    expect(seen).toEqual(['dark', 'light']);
  });

  it('signs in as the demo user of our own domain', () => {
    const { host } = aDemoHost();
    expect(host.userProfile()).toEqual({ displayName: 'Maria Koval', email: 'maria.koval@clientbook.example' });
  });

  it('keeps the page working when a listener of a reloaded pane throws', () => {
    const { host, mailbox } = aDemoHost();
    const dead = jest.fn(() => {
      throw new TypeError("can't access dead object");
    });
    const alive = jest.fn();
    mailbox.on('selection', dead);
    host.onItemChanged(alive);
    const reported: unknown[] = [];
    const original = globalThis.queueMicrotask;
    globalThis.queueMicrotask = (task) => {
      try {
        task();
      } catch (error) {
        reported.push(error);
      }
    };
    try {
      mailbox.select('demo-free-gmail');
      mailbox.select('demo-free-outlook');
    } finally {
      globalThis.queueMicrotask = original;
    }
    expect(alive).toHaveBeenCalledTimes(2);
    expect(dead).toHaveBeenCalledTimes(1);
    expect(reported).toHaveLength(1);
  });
});

describe('DemoMailbox', () => {
  it('lists the inbox newest first and keeps the user\'s own mail in Sent', () => {
    const { mailbox } = aDemoHost();
    const inbox = mailbox.messages('inbox');
    const dates = inbox.map((m) => m.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(inbox.length).toBeGreaterThanOrEqual(20);
    expect(mailbox.messages('sent').every((m) => m.from?.email === 'maria.koval@clientbook.example')).toBe(true);
    expect(mailbox.messages('sent').length).toBeGreaterThan(0);
  });

  it('holds a thread of several messages sharing one conversation', () => {
    const { mailbox } = aDemoHost();
    const all = [...mailbox.messages('inbox'), ...mailbox.messages('sent')];
    const byConversation = new Map<string, number>();
    for (const m of all) byConversation.set(m.conversationId, (byConversation.get(m.conversationId) ?? 0) + 1);
    expect(Math.max(...byConversation.values())).toBeGreaterThanOrEqual(3);
  });

  it('keeps each message\'s identity when the demo is opened again later, so a logged message stays logged', () => {
    const today = demoMessages(now);
    const tomorrow = demoMessages(new Date(now.getTime() + 24 * 60 * 60 * 1000));
    expect(tomorrow.map((m) => m.internetMessageId)).toEqual(today.map((m) => m.internetMessageId));
    expect(new Set(today.map((m) => m.internetMessageId)).size).toBe(today.length);
  });

  it('keeps one message when the same file is opened twice, with its category', () => {
    const { mailbox } = aDemoHost();
    const [template] = demoMessages(now);
    if (!template) throw new Error('no demo message');
    const opened = { ...template, id: 'eml-1', categories: [] };
    mailbox.addMessage(opened);
    mailbox.markLogged('eml-1');
    mailbox.addMessage(opened);
    expect(mailbox.messages('inbox').filter((m) => m.id === 'eml-1')).toHaveLength(1);
    expect(mailbox.isLogged('eml-1')).toBe(true);
  });

  it('puts sent mailings into the Sent folder', () => {
    const { mailbox } = aDemoHost();
    const [template] = demoMessages(now);
    if (!template) throw new Error('no demo message');
    mailbox.send({ ...template, id: 'mailing-1', subject: 'Winter offer' });
    expect(mailbox.messages('sent').map((m) => m.subject)).toContain('Winter offer');
    expect(mailbox.messages('inbox').map((m) => m.id)).not.toContain('mailing-1');
  });
});
